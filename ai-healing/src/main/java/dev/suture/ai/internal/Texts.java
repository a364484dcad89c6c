package dev.suture.ai.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Lexical text measures: normalising, tokens, and similarities that need no model. */
public final class Texts {
  private static final Pattern HEX_RUN = Pattern.compile("[0-9a-f]{6,}");
  private static final Pattern HASHED_SUFFIX = Pattern.compile("[A-Za-z0-9]{5,}_[A-Za-z0-9]{4,}");
  private static final Pattern CSS_IN_JS = Pattern.compile("(css|sc|jsx|emotion)-");
  private Texts() {
  }

  /** Lower case, accents and punctuation removed, camelCase and snake_case split, whitespace collapsed. */
  public static String normalize(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    // One pass over the characters: this runs for every attribute of every candidate, so no regular expressions.
    String plain = text;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 127) {
        plain = Normalizer.normalize(text, Normalizer.Form.NFD);
        break;
      }
    }
    StringBuilder out = new StringBuilder(plain.length());
    boolean space = false;
    char previous = ' ';
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        if (Character.isUpperCase(c) && Character.isLowerCase(previous)) {
          space = true;
        }
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(Character.toLowerCase(c));
      } else {
        space = true;
      }
      previous = c;
    }
    return out.toString();
  }

  /** The words of a normalised text, each lightly stemmed (plural s, -ing, -ed) so that "Books" meets "book". */
  public static List<String> tokens(String normalized) {
    List<String> out = new ArrayList<>();
    if (normalized.isEmpty()) {
      return out;
    }
    for (String word : normalized.split(" ")) {
      out.add(stem(word));
    }
    return out;
  }

  private static String stem(String word) {
    if (word.length() > 4 && word.endsWith("ing")) {
      return word.substring(0, word.length() - 3);
    }
    if (word.length() > 3 && word.endsWith("ed")) {
      return word.substring(0, word.length() - 2);
    }
    if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  /** Jaccard similarity of two token sets; 0 when either is empty. */
  public static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String token : a) {
      if (b.contains(token)) {
        common++;
      }
    }
    return jaccard(a.size(), b.size(), common);
  }

  /** Jaccard similarity from the sizes of two sets and of their intersection; 0 when either is empty. */
  public static double jaccard(int sizeA, int sizeB, int common) {
    return sizeA == 0 || sizeB == 0 ? 0 : (double) common / (sizeA + sizeB - common);
  }

  /** 1 minus the Levenshtein distance over the longer length; for short strings where one typo matters. */
  public static double editSimilarity(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    int max = Math.max(a.length(), b.length());
    if (max == 0) {
      return 1;
    }
    if (max > 64) {
      return 0; // long texts are compared by tokens; a quadratic edit distance would only cost time
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return 1 - (double) previous[b.length()] / max;
  }

  /** Lexical similarity of two texts, 0 to 1: the better of token overlap and edit similarity. */
  public static double lexical(String a, String b) {
    String na = normalize(a);
    String nb = normalize(b);
    if (na.isEmpty() || nb.isEmpty()) {
      return 0;
    }
    if (na.equals(nb)) {
      return 1;
    }
    double tokens = jaccard(new HashSet<>(tokens(na)), new HashSet<>(tokens(nb)));
    double edit = editSimilarity(na.replace(" ", ""), nb.replace(" ", ""));
    return Math.max(tokens, edit >= 0.75 ? edit * edit : 0);
  }

  /** An identifier without its machine-made parts: "email-3fa9c1" becomes "email", "user-3" stays "user-3". */
  public static String withoutHashes(String identifier) {
    // A loop rather than a regular expression split: the scorer strips every candidate's id, name and test id.
    StringBuilder out = new StringBuilder(identifier.length());
    int i = 0;
    while (i < identifier.length()) {
      int start = i;
      boolean hasDigit = false;
      boolean hasLetter = false;
      for (; i < identifier.length() && !isSeparator(identifier.charAt(i)); i++) {
        hasDigit |= Character.isDigit(identifier.charAt(i));
        hasLetter |= Character.isLetter(identifier.charAt(i));
      }
      int length = i - start;
      boolean hash = length >= 5 && hasDigit && hasLetter || length >= 4 && hasDigit && !hasLetter;
      if (!hash && length > 0) {
        out.append(out.length() == 0 ? "" : "-").append(identifier, start, i);
      }
      i++; // past the separator
    }
    return out.toString();
  }

  /** The separators of identifier parts: "-", "_", ":" and ".". */
  private static boolean isSeparator(char c) {
    return c == '-' || c == '_' || c == ':' || c == '.';
  }

  /**
   * Whether an identifier looks machine-made (React's {@code :r3:}, {@code ember123}, hashes, long digit runs), so
   * that it is weighed little: such ids change on every build.
   */
  public static boolean looksGenerated(String identifier) {
    if (identifier == null || identifier.isEmpty()) {
      return false;
    }
    int digits = 0;
    for (int i = 0; i < identifier.length(); i++) {
      if (Character.isDigit(identifier.charAt(i))) {
        digits++;
      }
    }
    return digits >= 3 || identifier.indexOf(':') >= 0 || HEX_RUN.matcher(identifier).find()
        || digits > 0 && HASHED_SUFFIX.matcher(identifier).find() || CSS_IN_JS.matcher(identifier).lookingAt();
  }
}
