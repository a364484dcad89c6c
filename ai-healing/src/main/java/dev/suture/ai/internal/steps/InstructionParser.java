package dev.suture.ai.internal.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns one instruction (possibly several sentences or clauses: "check Dune and Emma, then click Buy") into intents,
 * with no page and no model. Unknown phrasing is an error that says which clause was not understood.
 */
final class InstructionParser {
  static final Set<String> VERBS = Set.of("click", "tap", "press", "hit", "push", "type", "enter", "input", "write",
      "fill", "put", "select", "choose", "pick", "check", "uncheck", "tick", "untick", "hover", "upload", "attach",
      "scroll", "wait", "go", "navigate", "open", "visit", "verify", "assert", "ensure", "confirm", "expect",
      "clear", "submit", "search", "set", "reload", "refresh", "close", "dismiss", "double-click", "doubleclick",
      "follow", "activate", "toggle", "change", "update", "empty", "erase", "mark", "unmark", "deselect",
      "unselect", "browse", "load", "mouseover", "validate", "make", "expand", "collapse", "trigger", "insert",
      "key", "paste", "populate", "complete", "enable", "disable", "turn", "switch", "pause", "dblclick", "find",
      "double", "provide", "bring", "move", "head", "point", "use", "look", "see", "test", "observe");
  private static final Pattern SENTENCES = Pattern.compile("(?<=[.;])\\s+|(?<=[!?])\\s+(?=(?:then |and |now )?(?:"
      + String.join("|", VERBS) + "|i |we |the |make sure)\\b)|\\n+|,? and then |, then | then |"
      + ", after that |, afterwards |, finally |, next |; ", Pattern.CASE_INSENSITIVE);
  private static final Pattern AND_VERB = Pattern.compile("(?:,? and |, )(?=(?:then )?(?:" + String.join("|", VERBS)
      + "|make sure|double[- ]click)\\b)", Pattern.CASE_INSENSITIVE);
  private static final Pattern FILLER = Pattern.compile("^(?:please|then|and|now|next|finally|also|after that|"
      + "afterwards|lastly|just|kindly|go ahead and|try to|let's|lets|once there|at last|so)[,:]? ");
  private static final Pattern SUBJECT = Pattern.compile("^(?:first|firstly|i|we|you|the user|user|the tester|"
      + "tester|step \\d+|\\d+[.)]|-|\\*|•)[,:]? ");

  private InstructionParser() {
  }

  /** The intents of an instruction, in order. */
  static List<Intent> parse(String instruction) {
    if (instruction == null || instruction.isBlank()) {
      throw new StepParseException("The step is empty: write an instruction such as \"click Sign in\".");
    }
    Clause whole = Clause.of(instruction);
    List<Intent> intents = new ArrayList<>();
    for (String sentence : SENTENCES.split(whole.masked)) {
      for (String part : AND_VERB.split(sentence)) {
        Clause clause = Clause.of(whole.restore(part).replaceAll("[.!;,:]+$", ""));
        String text = clean(clause.text);
        if (!text.isEmpty()) {
          intents.add(parseClause(clause.withText(text)));
        }
      }
    }
    if (intents.isEmpty()) {
      throw new StepParseException("The step \"" + instruction + "\" has no instruction in it.");
    }
    return intents;
  }

  private static Intent parseClause(Clause clause) {
    boolean assertion = AssertionGrammar.looksLikeAssertion(clause.text);
    Intent intent = assertion ? AssertionGrammar.parse(clause) : ActionGrammar.parse(clause);
    if (intent == null) {
      intent = assertion ? ActionGrammar.parse(clause) : AssertionGrammar.parse(clause);
    }
    if (intent == null && !clause.text.contains(" ") && !Clause.isQuoted(clause.text)) {
      intent = null; // one unknown word is no instruction
    } else if (intent == null && clause.text.matches("^[a-z][a-z-]+ .*")) {
      // "proceed to checkout", "add Emma to the wishlist": an unknown verb is usually the caption of the control
      // to use; resolved as "choose <the whole clause>", it must still name exactly one element.
      intent = new Intent(clause.original, Verb.CHOOSE, null, TargetParser.parse(clause.text, clause::unquote));
    }
    if (intent == null) {
      throw new StepParseException("Suture does not understand \"" + clause.unquote(clause.text) + "\": start with"
          + " a verb such as click, type ... into ..., select ... from ..., check, press, hover, go to, or an"
          + " assertion such as \"verify that the page says ...\". Put values in quotes if they contain words like"
          + " 'into' or 'and'.");
    }
    return intent;
  }

  /** Drops fillers ("please", "then", "I"), trailing punctuation, third-person verbs and one-letter verb typos. */
  static String clean(String part) {
    String text = part.trim().replaceAll("[.!;,:]+$", "").trim();
    String previous;
    do {
      previous = text;
      text = FILLER.matcher(text).replaceFirst("");
      java.util.regex.Matcher subject = SUBJECT.matcher(text);
      if (subject.lookingAt() && startsWithVerb(fixVerb(text.substring(subject.end())))) {
        text = text.substring(subject.end());
      }
    } while (!text.equals(previous));
    return fixVerb(text);
  }

  private static boolean startsWithVerb(String text) {
    int space = text.indexOf(' ');
    return VERBS.contains(space < 0 ? text : text.substring(0, space));
  }

  /** "clicks" → "click", "goes" → "go", "clik" → "click"; only the first word, and only when unambiguous. */
  static String fixVerb(String text) {
    int space = text.indexOf(' ');
    String word = space < 0 ? text : text.substring(0, space);
    String rest = space < 0 ? "" : text.substring(space);
    if (VERBS.contains(word) || word.isEmpty()) {
      return text;
    }
    for (String suffix : new String[]{"es", "s", "ed"}) {
      if (word.endsWith(suffix) && VERBS.contains(word.substring(0, word.length() - suffix.length()))) {
        return word.substring(0, word.length() - suffix.length()) + rest;
      }
    }
    if (word.length() < 3 || !word.matches("[a-z-]+")) {
      return text;
    }
    String match = null;
    for (String verb : VERBS) {
      boolean comparable = word.length() >= 4 ? Math.abs(verb.length() - word.length()) <= 1
          : verb.length() == 4 && verb.startsWith(word.substring(0, 2)); // "typ" for "type", not "hit" for "hint"
      if (verb.length() >= 4 && comparable && damerau(word, verb) <= 1) {
        if (match != null) {
          return text; // two verbs one typo away: do not guess
        }
        match = verb;
      }
    }
    return match == null ? text : match + rest;
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
  static int damerau(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
