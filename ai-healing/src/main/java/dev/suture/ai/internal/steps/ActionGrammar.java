package dev.suture.ai.internal.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The imperative forms: "type V into T", "fill T with V", "click T", "select V from T", "press Enter", ... Each
 * rule is a pattern over the clause (lower case, quotes as placeholders) with T the target and V the value.
 */
final class ActionGrammar {
  private static final String URL = "(?:https?://\\S+|/\\S*|www\\.\\S+|localhost\\S*|[\\w.-]+\\.(?:com|org|net|io|dev"
      + "|app|html?|test|local|example)(?:[/:?#]\\S*)?)";
  private static final String KEY = "(enter|return|tab|escape|esc|space|spacebar|space bar|backspace|delete|del|home"
      + "|end|page up|pageup|page down|pagedown|arrow ?(?:up|down|left|right)|(?:up|down|left|right) arrow"
      + "|f\\d{1,2}|(?:(?:ctrl|control|shift|alt|option|meta|cmd|command) ?[+-] ?)+\\S+)";
  private static final String FILL_VERBS = "(?:type|enter|input|write|put|fill in|fill|key in|insert|paste|"
      + "provide)";
  private static final String INTO = "(?:into|in|in to|inside|on|to|for|as|under|at)";
  private static final List<Rule> RULES = new ArrayList<>();

  static {
    rule("^(?:wait|pause|sleep)(?: for)? (\\d+(?:\\.\\d+)?) ?(?:seconds?|secs?|s)$", Verb.WAIT_FOR, 0, -1000);
    rule("^(?:wait|pause|sleep)(?: for)? (\\d+) ?(?:milliseconds?|ms)$", Verb.WAIT_FOR, 0, -1);
    fixed("^(?:wait|pause)(?: for| until)(?: the)? (.+?)(?: to)? (?:disappear|disappears|vanish|vanishes|be hidden"
        + "|is hidden|go away|goes away|is gone|be gone|close|closes|is closed|be closed)$", Verb.WAIT_FOR, 1, "hidden");
    fixed("^(?:wait|pause)(?: for| until)(?: the)? (.+?)(?: to)?(?: (?:appear|appears|be visible|is visible|becomes"
        + " visible|become visible|show up|shows up|load|loads|is loaded|is displayed|be displayed|is shown|be shown"
        + "|is there|exists))?$", Verb.WAIT_FOR, 1, "visible");
    closeRule();
    rule("^(?:go|navigate|browse|head|move) back(?: to the previous page| a page| one page)?$|^back$",
        Verb.GO_BACK, 0, 0);
    rule("^(?:reload|refresh)(?: the)?(?: page| browser| tab| screen)?$", Verb.RELOAD, 0, 0);
    rule("^(?:go|navigate|browse|head|jump|proceed|move|open|visit|load|surf)(?: to| on)?(?: the)?"
        + "(?: url| page| address| site| link)? (" + URL + "|\uE000\\d+\uE001)$", Verb.NAVIGATE, 0, 1);
    rule("^(?:double[- ]?click|dbl[- ]?click|dblclick|double[- ]tap)(?: on| at)? (.+)$", Verb.DOUBLE_CLICK, 1, 0);
    rule("^(?:hover(?: over| on| above)?|mouse ?over|move (?:the )?(?:mouse|cursor|pointer) (?:over|to|onto)|"
        + "point (?:at|to)|rest (?:the )?(?:mouse|cursor) on)(?: the)? (.+)$", Verb.HOVER, 1, 0);
    rule("^(?:upload|attach)(?: the)?(?: file)? (.+?) (?:to|into|in|using|for|on|via|with|as) (.+)$",
        Verb.UPLOAD_FILE, 2, 1);
    rule("^(?:upload|attach)(?: the)?(?: file)? (.+)$", Verb.UPLOAD_FILE, 0, 1);
    rule("^(?:choose|select|pick|set)(?: the)? file (.+?)(?: (?:for|in|on|to) (.+))?$", Verb.UPLOAD_FILE, 2, 1);
    rule("^(?:press|hit|push|tap|strike|send|type)(?: the)? " + KEY + "( key)?(?: (?:in|into|on|inside"
        + "|while in|from) (.+))?$", Verb.PRESS, 3, 1);
    rule("^(?:fill in|fill out|fill|populate|complete)(?: the)? (.+?) (?:with|using|=|:)(?: the)?(?: value| text)?"
        + " (.+)$", Verb.FILL, 1, 2);
    rule("^" + FILL_VERBS + "(?: in)? (.+?) " + INTO + " (.+)$", Verb.FILL, 2, 1);
    rule("^(?:fill in|fill out|fill|populate|complete)(?: the)? (.+?) as (.+)$", Verb.FILL, 1, 2);
    rule("^(?:set|change|update|make|adjust|switch)(?: the)? (.+?) (?:to|as|with|=|:)(?: the)?(?: value)? (.+)$",
        Verb.SET, 1, 2);
    rule("^(?:search|search for|look for|look up|find|query)(?: for)? (.+?)(?: (?:in|using|with) (.+))?$",
        Verb.FILL, 2, 1);
    rule("^(?:type|enter|input|write)(?: the)?(?: text| value)? (.+)$", Verb.FILL, 0, 1);
    rule("^(?:clear|empty|erase|wipe|blank|delete the text in|remove the text (?:from|in))(?: out)?"
        + "(?: the)? (.+)$", Verb.CLEAR, 1, 0);
    rule("^(?:select|choose|pick|set)(?: the)?(?: option| value| item)? (.+?) (?:from|in|on|within|for|under|as"
        + "|inside) (?:the )?(.+)$", Verb.SELECT_OPTION, 2, 1);
    rule("^(?:uncheck|untick|un-check|un-tick|unmark|disable|turn off|switch off|deactivate|deselect|unselect|"
        + "opt out of|untoggle)(?: the)? (.+)$", Verb.UNCHECK, 1, 0);
    rule("^(?:check|tick|mark|enable|turn on|switch on|activate|toggle on|opt in to|opt into|check off)"
        + "(?: the)? (.+)$", Verb.CHECK, 1, 0);
    rule("^(?:choose|pick|select|opt for|go with|accept|agree to)(?: the)? (.+)$", Verb.CHOOSE, 1, 0);
    rule("^toggle(?: the)? (.+)$", Verb.CLICK, -4, 0);
    rule("^scroll(?: down| up| all the way| the page)?(?: to| until| towards)(?: the)? (.+?)"
        + "(?: is visible| appears| is in view| comes into view)?$", Verb.SCROLL_TO, 1, 0);
    rule("^scroll (.+?) into view$|^bring (.+?) into view$", Verb.SCROLL_TO, 1, 0);
    rule("^(?:submit)(?: the)?(?: (.+?))? form$", Verb.CLICK, -2, 0);
    rule("^(?:click|click on|tap|tap on|press|hit|push|activate|follow|open|trigger|use|left[- ]click|"
        + "single[- ]click|go to|navigate to|head to|go into|toggle|expand|collapse|close|dismiss|submit|"
        + "press on|click at)(?: the)? (.+)$", Verb.CLICK, 1, 0);
  }

  private ActionGrammar() {
  }

  /** The intent of an imperative clause, or null when no rule matches. */
  static Intent parse(Clause clause) {
    String text = clause.text;
    for (Rule rule : RULES) {
      Matcher m = rule.pattern.matcher(text);
      if (!m.matches()) {
        continue;
      }
      Intent.Target target = null;
      if (rule.targetGroup > 0 && m.group(rule.targetGroup) != null) {
        target = TargetParser.parse(m.group(rule.targetGroup), clause::unquote);
      } else if (rule.targetGroup == -2) {
        target = TargetParser.parse("submit button", clause::unquote);
      } else if (rule.targetGroup == -4) {
        // "toggle Pay rent": a checkbox or switch, unless the step names another kind
        Intent.Target named = TargetParser.parse(m.group(1), clause::unquote);
        target = named.kind() != null ? named : new Intent.Target(named.text(), ElementKind.CHECKBOX,
            named.ordinal(), named.scope(), named.phrase(), named.parts(), named.spoken());
      } else if (rule.targetGroup == -3) {
        String name = m.group(1) == null ? "" : clause.unquote(TargetParser.stripArticle(m.group(1)));
        target = new Intent.Target("close", null, 0,
            new Intent.Scope(Intent.Scope.Type.CONTAINER, "dialog", name), clause.original, null);
      } else if (rule.verb == Verb.FILL && rule.pattern.pattern().startsWith("^(?:search")) {
        target = TargetParser.parse("search field", clause::unquote);
      } else if (rule.verb == Verb.SCROLL_TO && m.groupCount() >= 2 && m.group(2) != null) {
        target = TargetParser.parse(m.group(2), clause::unquote);
      }
      String value = rule.fixedValue != null ? rule.fixedValue : value(clause, m, rule);
      if (rule.verb == Verb.SELECT_OPTION && !Clause.isQuoted(m.group(1))
          && m.group(1).matches(".*\\b(?:checkbox|check box|radio|radio button|button|link|tab)\\b.*")) {
        continue; // "select the checkbox in the row for Grace": a control, not an option
      }
      if (rule.verb == Verb.SET && Clause.isQuoted(m.group(1)) && !Clause.isQuoted(m.group(2))) {
        // "set 'Express' as the shipping method": the quoted part is the value.
        target = TargetParser.parse(m.group(2), clause::unquote);
        value = clause.value(m.group(1));
      }
      if (rule.valueGroup > 0 && (value == null || value.isBlank())) {
        continue;
      }
      if (rule.verb == Verb.PRESS && target == null && m.group(2) == null
          && Lexicon.KEYS_THAT_ARE_CAPTIONS.contains(m.group(1))) {
        // "press Delete" with no "key": a Delete button on the page wins over the key.
        return new Intent(clause.original, Verb.PRESS_OR_CLICK, value, TargetParser.parse(m.group(1), clause::unquote));
      }
      return new Intent(clause.original, rule.verb, value, target);
    }
    return null;
  }

  private static String value(Clause clause, Matcher m, Rule rule) {
    if (rule.valueGroup == -1000 || rule.valueGroup == -1) {
      double amount = Double.parseDouble(m.group(1));
      return String.valueOf(Math.round(rule.valueGroup == -1000 ? amount * 1000 : amount));
    }
    if (rule.valueGroup <= 0 || m.group(rule.valueGroup) == null) {
      return null;
    }
    String raw = m.group(rule.valueGroup).trim();
    if (rule.verb == Verb.PRESS || rule.verb == Verb.PRESS_OR_CLICK) {
      return Lexicon.key(raw.replace("arrow ", "arrow").replaceAll("(up|down|left|right) arrow", "arrow$1")
          .replace(" ", ""));
    }
    if (rule.verb == Verb.NAVIGATE && !Clause.isQuoted(raw)) {
      return clause.value(raw);
    }
    if (rule.verb == Verb.SELECT_OPTION || rule.verb == Verb.FILL || rule.verb == Verb.SET) {
      raw = raw.replaceFirst("^(?:the |an? )(?=\uE000)", "");
      raw = raw.replaceFirst("^(?:the )?(?:option|value|text) (?=\uE000)", "");
      raw = raw.replaceFirst("(?<=\uE001) (?:option|value|text)$", "");
    }
    if (rule.verb == Verb.SELECT_OPTION && !Clause.isQuoted(raw)) {
      raw = raw.replaceFirst("^(?:the )", "").replaceFirst(" option$", "");
    }
    return clause.value(raw);
  }

  private static void rule(String regex, Verb verb, int targetGroup, int valueGroup) {
    RULES.add(new Rule(Pattern.compile(regex), verb, targetGroup, valueGroup, null));
  }

  private static void fixed(String regex, Verb verb, int targetGroup, String value) {
    RULES.add(new Rule(Pattern.compile(regex), verb, targetGroup, 0, value));
  }

  /** "close the dialog" clicks the dialog's close button, not the dialog. */
  private static void closeRule() {
    rule("^(?:close|dismiss|exit|shut)(?: the| this)? (?:(.+?) )?(?:dialog|modal|popup|pop-up|pop up|window|overlay"
        + "|lightbox)$", Verb.CLICK, -3, 0);
  }

  /**
   * @param targetGroup group of the target; 0 none; -2 the form's submit button; -3 the dialog's close button
   * @param valueGroup  group of the value; 0 none; -1000 seconds and -1 milliseconds of a pause (group 1)
   */
  private record Rule(Pattern pattern, Verb verb, int targetGroup, int valueGroup, String fixedValue) {
  }
}
