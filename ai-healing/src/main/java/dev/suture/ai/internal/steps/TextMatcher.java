package dev.suture.ai.internal.steps;

import dev.suture.ai.TextSimilarity;

import java.util.List;

/**
 * How well a description ("sign in", "email") names an element, from its {@link ElementTexts}: lexically first
 * (exact, all words present, typos), and with the embedding model only for elements the words do not settle
 * ("log in" for a button that says "Sign in"). Opposites never match ("log out" for "log in").
 */
final class TextMatcher {
  /** A match: the score and the text that gave it. */
  record Match(double score, ElementTexts.Named by, boolean semantic) {
    static final Match NONE = new Match(0, null, false);

    String why() {
      return by == null ? "no text matches" : by.source() + " \"" + by.text() + "\"" + (semantic ? " (meaning)" : "");
    }
  }

  private final TextSimilarity similarity;

  TextMatcher(TextSimilarity similarity) {
    this.similarity = similarity;
  }

  /** The best lexical match of the phrase's words against any of the element's texts. */
  Match lexical(List<String> phrase, String phraseJoined, ElementTexts texts) {
    Match best = Match.NONE;
    for (ElementTexts.Named name : texts.names()) {
      double score = name.weight() * lexical(phrase, phraseJoined, name);
      if (score > best.score()) {
        best = new Match(score, name, false);
      }
    }
    return best;
  }

  /** The best semantic match (the embedding model), for the texts that name the element directly. */
  Match semantic(String phrase, ElementTexts texts) {
    Match best = Match.NONE;
    for (ElementTexts.Named name : texts.names()) {
      if (name.weight() < 0.9 || name.words().size() > 8) {
        continue; // ids, classes and long texts are not what embeddings compare well
      }
      if (similarity.opposite(phrase, name.text())) {
        continue;
      }
      double score = name.weight() * 0.9 * similarity.similarity(phrase, name.text());
      if (score > best.score()) {
        best = new Match(score, name, true);
      }
    }
    return best;
  }

  /** Whether the two texts mean opposite things ("log in" / "Log out"). */
  boolean opposite(String a, String b) {
    return similarity.opposite(a, b);
  }

  static boolean isNumber(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isDigit(word.charAt(i))) {
        return false;
      }
    }
    return !word.isEmpty();
  }

  /**
   * 1 for the same words; 0.95 for the same letters ("signin" / "sign in"); when every word of the phrase is in the
   * text, 0.75 plus a quarter of the share of the text's words it covers; otherwise a blend of both coverages, with
   * one-typo words counted at 0.85.
   */
  static double lexical(List<String> phrase, String phraseJoined, ElementTexts.Named name) {
    // Counts on controls ("Cart (2)") are left out, unless the description has numbers too ("Show image 2").
    List<String> words = phrase.stream().anyMatch(TextMatcher::isNumber) ? name.words() : name.bare();
    if (phrase.isEmpty() || words.isEmpty()) {
      return 0;
    }
    if (phrase.equals(words)) {
      return 1;
    }
    if (phraseJoined.equals(name.joined())) {
      return 0.95;
    }
    double matched = 0;
    boolean[] used = new boolean[words.size()];
    for (String p : phrase) {
      double best = 0;
      int bestIndex = -1;
      for (int i = 0; i < words.size(); i++) {
        if (used[i]) {
          continue;
        }
        String w = words.get(i);
        double s = p.equals(w) ? 1 : Words.oneTypoApart(p, w) ? 0.85 : 0;
        if (s > best) {
          best = s;
          bestIndex = i;
        }
      }
      if (bestIndex >= 0) {
        used[bestIndex] = true;
        matched += best;
      }
    }
    double phraseCoverage = matched / phrase.size();
    int textWords = words.size();
    double textCoverage = Math.min(1, matched / textWords);
    if (phraseCoverage >= 0.999) {
      return 0.75 + 0.25 * textCoverage;
    }
    if (phraseCoverage >= 0.84 && phrase.size() == textWords) {
      return 0.9 * phraseCoverage; // the same words with typos: "sing in" for "sign in"
    }
    return 0.6 * phraseCoverage * (0.5 + 0.5 * textCoverage);
  }
}
