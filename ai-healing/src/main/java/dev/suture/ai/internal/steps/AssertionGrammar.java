package dev.suture.ai.internal.steps;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The assertion forms: "check that the page says V", "verify the Sign in button is visible", "the URL should
 * contain /cart", "there are 3 items in the cart". The body is normalised first ("should be" → "is").
 */
final class AssertionGrammar {
  private static final Pattern PREFIX = Pattern.compile("^(?:(?:check|verify|assert|ensure|confirm|validate|test|"
      + "see|expect|make sure|double[- ]check|observe) (?:that |if |whether )|(?:make sure|ensure|verify|assert|"
      + "confirm|validate|expect|double[- ]check)(?: that)? |(?:and )?(?:then )?)");
  private static final String STATE_END = "(?: on the page| on screen| on the screen| now)?$";
  private static final Pattern PAGE_TEXT = Pattern.compile("^(?:the )?(?:page|screen|site|app|body|window|"
      + "browser)(?: is)? (?:says?|shows?|displays?|contains?|includes?|reads?|has|showing|displaying|mentions?)"
      + "(?:(?: the)? (?:text|message|words?|phrase))? (.+)$");
  private static final Pattern I_SEE = Pattern.compile("^(?:i|we|you|user|the user)(?: can| will| do)? (?:see|view|"
      + "notice|read|get)(?:(?: the)? (?:text|message|words?|phrase))? (.+?)" + STATE_END);
  private static final Pattern TEXT_VISIBLE = Pattern.compile("^(?:the )?(?:text|message|words?|phrase) (.+?) "
      + "(?:is )?(?:visible|displayed|shown|present|appears)" + STATE_END);
  private static final Pattern URL = Pattern.compile("^(?:the )?(?:current |page |browser )?(?:url|address|"
      + "location|web address|path)(?: of the page)?(?: is)? (?:is|equals?|contains?|includes?|ends with|matches|"
      + "has|ends in|is now)(?: the)?(?: text| path)? (.+)$");
  private static final Pattern ON_PAGE = Pattern.compile("^(?:i am|i'm|we are|we're|user is|the user is|you are)"
      + "(?: now)? (?:on|at|redirected to|taken to|sent to) (?:the )?(.+?)(?: page| screen| view)?$");
  private static final Pattern TITLE = Pattern.compile("^(?:the )?(?:page |window |tab |document |browser )?title"
      + "(?: of the page)?(?: is)? (?:is|equals?|contains?|includes?|reads?|says?|matches)(?: the)?(?: text)? (.+)$");
  private static final Pattern THERE_ARE = Pattern.compile("^there (?:is|are) (?:exactly |only |now |precisely )?"
      + "(\\d+|no|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a single) (.+?)"
      + "(?: (?:shown|visible|displayed|listed|present))?" + STATE_END);
  private static final Pattern THERE_IN = Pattern.compile("^there (?:is|are) (?:exactly |only |now |precisely )?"
      + "(\\d+|no|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a single) (.+?) (?:in|inside|"
      + "within|on) (?:the )?(.+?)" + STATE_END);
  private static final Pattern N_SHOWN = Pattern.compile("^(\\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
      + " (.+?) (?:is|are) (?:shown|visible|displayed|listed|present)" + STATE_END);
  private static final Pattern COUNT_OF = Pattern.compile("^(?:the )?(?:number|count) of (.+?) is (\\d+|no|zero|one"
      + "|two|three|four|five|six|seven|eight|nine|ten)$");
  private static final Pattern HAS_N = Pattern.compile("^(?:the )?(.+?) (?:has|have|contains?|shows?|lists?) "
      + "(?:exactly |only )?(\\d+|no|zero|one|two|three|four|five|six|seven|eight|nine|ten) (.+)$");
  private static final Pattern HIDDEN = Pattern.compile("^(.+?) (?:is (?:not visible|not displayed|not shown|hidden|"
      + "invisible|gone|absent|not present|no longer visible|no longer shown|no longer displayed|not there|closed|"
      + "no longer there|removed)|disappears|disappeared|vanishes|vanished|does not appear|doesn't appear|"
      + "is not on the page)" + STATE_END);
  private static final Pattern NO_THING = Pattern.compile("^there is no (.+?)(?: (?:shown|visible|displayed))?"
      + STATE_END);
  private static final Pattern VISIBLE = Pattern.compile("^(.+?) (?:is (?:visible|displayed|shown|present|showing|"
      + "there|open|opened|available|rendered)|appears|shows up|pops up|is on the page|exists)" + STATE_END);
  private static final Pattern ENABLED = Pattern.compile("^(.+?) is (?:enabled|active|clickable|usable|not disabled|"
      + "editable)" + STATE_END);
  private static final Pattern DISABLED = Pattern.compile("^(.+?) is (?:disabled|not enabled|greyed out|grayed out|"
      + "inactive|not clickable|unavailable|read ?only|not editable)" + STATE_END);
  private static final Pattern UNCHECKED = Pattern.compile("^(.+?) is (?:unchecked|not checked|unticked|not ticked|"
      + "not selected|deselected|off|cleared|not on)" + STATE_END);
  private static final Pattern CHECKED = Pattern.compile("^(.+?) is (?:checked|ticked|selected|on|marked)"
      + STATE_END);
  private static final Pattern VALUE_OF = Pattern.compile("^(?:the )?value of (.+?) is (.+)$");
  private static final Pattern HAS_VALUE = Pattern.compile("^(.+?) (?:has|have|holds|contains?) (?:the )?value (.+)$");
  private static final Pattern IS = Pattern.compile("^(.+?) (?:is|is set to|is equal to|equals) (?:the )?"
      + "(?:text |value |word |message )?(.+)$");
  private static final Pattern SAYS = Pattern.compile("^(.+?) (?:contains?|says?|reads?|shows?|displays?|has text|"
      + "has the text|includes?|matches|has|states?|mentions?) (?:the )?(?:text |value |word |message )?(.+)$");

  private AssertionGrammar() {
  }

  /** Whether the clause is written as an assertion (a prefix such as "verify", or "should"/"must"). */
  static boolean looksLikeAssertion(String text) {
    return text.matches("^(?:check|verify|assert|ensure|confirm|validate|test|see|expect|observe|double[- ]check) "
        + "(?:that|if|whether) .*") || text.matches("^(?:make sure|ensure|verify|assert|confirm|validate|expect|"
        + "double[- ]check) .*") || text.matches(".*\\b(?:should|must|shall|ought to|is expected to|are expected to)"
        + "\\b.*") || text.matches("^(?:i|we|you|the user|user) (?:can |will |do )?(?:see|view|notice) .*")
        || text.matches("^there (?:is|are) .*");
  }

  /** The assertion in a clause, or null when the clause is not one this grammar knows. */
  static Intent parse(Clause clause) {
    String body = normalize(clause.text);
    Matcher m;
    if ((m = PAGE_TEXT.matcher(body)).matches() || (m = TEXT_VISIBLE.matcher(body)).matches()) {
      return page(clause, Verb.EXPECT_TEXT, m.group(1));
    }
    if ((m = I_SEE.matcher(body)).matches()) {
      Intent.Target target = TargetParser.parse(m.group(1), clause::unquote);
      boolean names = target.kind() != null && target.kind() != ElementKind.TEXT || target.scope() != null;
      return names ? new Intent(clause.original, Verb.EXPECT_VISIBLE, null, target)
          : page(clause, Verb.EXPECT_TEXT, m.group(1));
    }
    if ((m = URL.matcher(body)).matches()) {
      return page(clause, Verb.EXPECT_URL, m.group(1));
    }
    if ((m = ON_PAGE.matcher(body)).matches()) {
      return page(clause, Verb.EXPECT_URL, m.group(1).replace(' ', '-'));
    }
    if ((m = TITLE.matcher(body)).matches()) {
      return page(clause, Verb.EXPECT_TITLE, m.group(1));
    }
    if ((m = NO_THING.matcher(body)).matches()) {
      return element(clause, Verb.EXPECT_HIDDEN, m.group(1), null);
    }
    if ((m = THERE_IN.matcher(body)).matches()) {
      return hasN(clause, m.group(3), m.group(1), m.group(2));
    }
    if ((m = THERE_ARE.matcher(body)).matches() || (m = N_SHOWN.matcher(body)).matches()) {
      return count(clause, m.group(2), m.group(1));
    }
    if ((m = COUNT_OF.matcher(body)).matches()) {
      return count(clause, m.group(1), m.group(2));
    }
    if ((m = HAS_N.matcher(body)).matches() && !m.group(3).startsWith("value")) {
      return hasN(clause, m.group(1), m.group(2), m.group(3));
    }
    Verb verb = null;
    if ((m = HIDDEN.matcher(body)).matches()) {
      verb = Verb.EXPECT_HIDDEN;
    } else if ((m = ENABLED.matcher(body)).matches()) {
      verb = Verb.EXPECT_ENABLED;
    } else if ((m = DISABLED.matcher(body)).matches()) {
      verb = Verb.EXPECT_DISABLED;
    } else if ((m = UNCHECKED.matcher(body)).matches()) {
      verb = Verb.EXPECT_UNCHECKED;
    } else if ((m = CHECKED.matcher(body)).matches()) {
      verb = Verb.EXPECT_CHECKED;
    } else if ((m = VISIBLE.matcher(body)).matches()) {
      verb = Verb.EXPECT_VISIBLE;
    }
    if (verb != null) {
      if (verb == Verb.EXPECT_VISIBLE && Clause.isQuoted(TargetParser.stripArticle(m.group(1)))) {
        return page(clause, Verb.EXPECT_TEXT, m.group(1));
      }
      return element(clause, verb, m.group(1), null);
    }
    if ((m = VALUE_OF.matcher(body)).matches() || (m = HAS_VALUE.matcher(body)).matches()) {
      return element(clause, Verb.EXPECT_VALUE, m.group(1), clause.value(m.group(2)));
    }
    if ((m = IS.matcher(body)).matches() || (m = SAYS.matcher(body)).matches()) {
      return element(clause, Verb.EXPECT_TEXT_OR_VALUE, m.group(1), clause.value(m.group(2)));
    }
    return null;
  }

  /** Drops the prefix and turns modal forms into plain ones: "should be" → "is", "should not be" → "is not". */
  static String normalize(String text) {
    String body = PREFIX.matcher(text).replaceFirst("");
    return body.replaceAll("\\b(?:should|must|shall|will) not be\\b|\\b(?:isn't|is not|aren't|are not)\\b",
            "is not")
        .replaceAll("\\b(?:should|must|shall|will|ought to|is expected to|are expected to) be\\b", "is")
        .replaceAll("\\b(?:should|must|shall|will|ought to) (?:now )?(?:show|display)\\b", "shows")
        .replaceAll("\\b(?:should|must|shall|will|ought to) (?:now )?(?:contain|include)\\b", "contains")
        .replaceAll("\\b(?:should|must|shall|will|ought to) (?:now )?(?:say|read)\\b", "says")
        .replaceAll("\\b(?:should|must|shall|will|ought to) (?:now )?(?:have|has)\\b", "has")
        .replaceAll("\\b(?:should|must|shall|ought to|is expected to|are expected to) ", "")
        .replaceAll("\\bare\\b", "is").replaceAll("\\bis now\\b", "is").replaceAll("\\bis still\\b", "is")
        .replaceAll("\\bno longer is\\b", "is not").trim();
  }

  private static Intent page(Clause clause, Verb verb, String value) {
    String trimmed = value.trim().replaceFirst("^(?:the )(?=\uE000)", "");
    return new Intent(clause.original, verb, clause.value(trimmed), null);
  }

  private static Intent element(Clause clause, Verb verb, String target, String value) {
    return new Intent(clause.original, verb, value, TargetParser.parse(target, clause::unquote));
  }

  /** "the cart has 3 items", "there are 3 items in the cart": items inside the named container. */
  private static Intent hasN(Clause clause, String container, String number, String what) {
    Intent count = count(clause, what + " in the " + TargetParser.stripArticle(container), number);
    if (count == null || count.target() == null || count.target().scope() != null) {
      return count;
    }
    Intent.Target t = TargetParser.parse(what, clause::unquote);
    Intent.Scope inside = new Intent.Scope(Intent.Scope.Type.CONTAINER, "any",
        clause.unquote(TargetParser.stripArticle(container)));
    return new Intent(count.clause(), count.verb(), count.value(),
        new Intent.Target(t.text(), t.kind(), t.ordinal(), inside, t.phrase(), t.parts()));
  }

  private static Intent count(Clause clause, String target, String number) {
    Integer n = Lexicon.number(number);
    if (n == null) {
      return null;
    }
    if (n == 0) {
      return element(clause, Verb.EXPECT_HIDDEN, target, null);
    }
    return new Intent(clause.original, Verb.EXPECT_COUNT, String.valueOf(n),
        TargetParser.parse(target, clause::unquote));
  }
}
