package dev.suture.ai.internal.steps;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Fast tokenising for grounding: lower case, accents dropped, camelCase and snake_case split, light stemming. Runs on
 * every text of every element of a snapshot, so it avoids regular expressions.
 */
final class Words {
  private Words() {
  }

  /** The stemmed words of a text; empty for null. */
  static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    String plain = text;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 127) {
        plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        break;
      }
    }
    StringBuilder word = new StringBuilder();
    char previous = ' ';
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      boolean letterOrDigit = Character.isLetterOrDigit(c);
      boolean camelBreak = Character.isUpperCase(c) && Character.isLowerCase(previous);
      if (!letterOrDigit || camelBreak) {
        flush(word, out);
      }
      if (letterOrDigit) {
        word.append(Character.toLowerCase(c));
      }
      previous = c;
    }
    flush(word, out);
    return out;
  }

  /** The words of a description, without articles: "place the order" names the "Place order" button. */
  static List<String> phrase(String text) {
    List<String> words = of(text);
    if (words.size() > 1) {
      words.removeIf(w -> w.equals("the") || w.equals("a") || w.equals("an"));
    }
    return words;
  }

  /** The words joined by single spaces: a normalised form for equality tests. */
  static String normalized(String text) {
    return String.join(" ", of(text));
  }

  private static void flush(StringBuilder word, List<String> out) {
    if (word.length() > 0) {
      out.add(stem(word.toString()));
      word.setLength(0);
    }
  }

  static String stem(String word) {
    int n = word.length();
    if (n > 4 && word.endsWith("ies")) {
      return word.substring(0, n - 3) + "y";
    }
    if (n > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
      return word.substring(0, n - 1);
    }
    return word;
  }

  /** Whether two words are one typo apart (for words of four letters or more). */
  static boolean oneTypoApart(String a, String b) {
    if (a.length() < 4 || b.length() < 4 || Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    return InstructionParser.damerau(a, b) <= 1;
  }
}
