package dev.suture.ai.internal.steps;

import java.util.List;

/**
 * A candidate element's score for a description.
 *
 * @param index  the element's index in the snapshot
 * @param score  0 to 1
 * @param why    which of its texts matched
 * @param words  the words of that text (empty for matches by kind or by meaning)
 * @param source where the text came from: {@code name}, {@code text}, {@code id}, {@code tag}, ...
 */
record Scored(int index, double score, String why, List<String> words, String source) {
  Scored(int index, double score, String why) {
    this(index, score, why, List.of(), "");
  }

  /** Whether the matched text says exactly the description's words. */
  boolean exact(List<String> phrase) {
    return words.equals(phrase);
  }
}
