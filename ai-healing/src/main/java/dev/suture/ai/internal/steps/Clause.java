package dev.suture.ai.internal.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One instruction's text prepared for the grammar: quoted values are set aside (so that nothing inside quotes is
 * read as a verb or a preposition) and replaced by placeholders; the rest is lower case with single spaces.
 */
final class Clause {
  private static final char OPEN = '\uE000';
  private static final char CLOSE = '\uE001';
  // Private-use characters: String.trim() would strip control characters.
  // A single quote opens a value only at a word start, so that "Dune's row" and "don't" stay words.
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"|“([^”]*)”|‘([^’]*)’|`([^`]*)`"
      + "|(?<![\\p{L}\\p{N}])'([^']*)'(?![\\p{L}\\p{N}])");
  private static final Pattern PLACEHOLDER = Pattern.compile(OPEN + "(\\d+)" + CLOSE);

  /** The instruction as written. */
  final String original;
  /** The instruction with quoted values as placeholders, case kept: what compound sentences are split on. */
  final String masked;
  /** The masked instruction in lower case: what the grammar reads. */
  final String text;
  private final List<String> quotes;
  private final List<String> rawQuotes;

  private Clause(String original, String masked, String text, List<String> quotes, List<String> rawQuotes) {
    this.original = original;
    this.masked = masked;
    this.text = text;
    this.quotes = quotes;
    this.rawQuotes = rawQuotes;
  }

  static Clause of(String instruction) {
    List<String> quotes = new ArrayList<>();
    List<String> raw = new ArrayList<>();
    Matcher m = QUOTED.matcher(instruction);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = null;
      for (int g = 1; g <= m.groupCount() && value == null; g++) {
        value = m.group(g);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(" " + OPEN + quotes.size() + CLOSE + " "));
      quotes.add(value);
      raw.add(m.group());
    }
    m.appendTail(out);
    String masked = out.toString().replaceAll("[\\s\\u00a0]+", " ").trim();
    return new Clause(instruction.trim(), masked, lowerCase(masked), quotes, raw);
  }

  /** The same clause read as another text (fillers dropped, verb corrected). */
  Clause withText(String other) {
    return new Clause(original, masked, other.trim(), quotes, rawQuotes);
  }

  /** A part of the masked text, back as written, quotes and all: one clause of a compound instruction. */
  String restore(String maskedPart) {
    Matcher m = PLACEHOLDER.matcher(maskedPart);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(rawQuotes.get(Integer.parseInt(m.group(1)))));
    }
    m.appendTail(out);
    return out.toString().replaceAll(" +", " ").replaceAll(" ([.,!?;:])", "$1").trim();
  }

  /** Puts the quoted values back: placeholders become the quoted text exactly as written. */
  String unquote(String part) {
    if (part == null) {
      return null;
    }
    Matcher m = PLACEHOLDER.matcher(part);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(quotes.get(Integer.parseInt(m.group(1)))));
    }
    m.appendTail(out);
    return out.toString().trim();
  }

  /** Whether a part is one quoted value and nothing else. */
  static boolean isQuoted(String part) {
    return part != null && PLACEHOLDER.matcher(part.trim()).matches();
  }

  /**
   * The value as the user meant it: quoted text exactly; unquoted text from the original instruction, keeping its
   * case ("type Bob Smith" types "Bob Smith", not "bob smith").
   */
  String value(String part) {
    if (part == null) {
      return null;
    }
    String trimmed = part.trim();
    if (isQuoted(trimmed)) {
      return unquote(trimmed);
    }
    String unquoted = unquote(trimmed);
    int at = indexIgnoringCase(original, unquoted);
    String value = at >= 0 ? original.substring(at, at + unquoted.length()) : unquoted;
    return value.replaceAll("[.!;]+$", "").trim();
  }

  private static int indexIgnoringCase(String haystack, String needle) {
    String h = lowerCase(haystack).replaceAll("[\\s\\u00a0]+", " ");
    // Lower-casing char by char keeps offsets; collapsing spaces may not, so only trust an exact-length hit.
    return h.length() == haystack.length() ? h.indexOf(needle) : -1;
  }

  /** Lower case, one char for one char, so that offsets into the original stay valid. */
  static String lowerCase(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(chars[i]);
    }
    return new String(chars);
  }
}
