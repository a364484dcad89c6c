package dev.suture.ai.internal.steps;

import dev.suture.core.ElementFingerprint;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores a pool of elements against a description: lexically, then with the embedding model when no element is a
 * convincing lexical match. Opposites score 0.
 */
final class CandidateScorer {
  /** Below this lexical score the embedding model is asked too. */
  private static final double SEMANTIC_BELOW = 0.8;

  private final TextMatcher matcher;

  CandidateScorer(TextMatcher matcher) {
    this.matcher = matcher;
  }

  List<Scored> score(Verb verb, Intent.Target t, List<Integer> pool, SnapshotIndex index, double factor) {
    List<Scored> out = new ArrayList<>();
    if (t.text().isBlank()) {
      for (int i : pool) {
        out.add(new Scored(i, factor, t.kind() == null ? "fits the action" : "a " + Grounder.kindName(t.kind())));
      }
      return out;
    }
    List<String> words = Words.phrase(t.text());
    String joined = String.join("", words);
    List<String> spoken = t.spokenOrText().equals(t.text()) ? null : Words.phrase(t.spokenOrText());
    double best = 0;
    for (int i : pool) {
      TextMatcher.Match m = matcher.lexical(words, joined, index.texts(i));
      if (spoken != null) {
        TextMatcher.Match withWord = matcher.lexical(spoken, String.join("", spoken), index.texts(i));
        if (withWord.score() > m.score()) {
          m = withWord;
        }
      }
      if (isRowKind(t.kind())) {
        m = withCells(m, words, joined, i, index);
      }
      double score = m.score() * factor * discount(verb, index.get(i));
      if (score >= Grounder.ACCEPT && matcher.opposite(t.text(), m.by().text())) {
        score = 0;
      }
      out.add(m.by() == null ? new Scored(i, score, m.why())
          : new Scored(i, score, m.why(), m.by().words(), m.by().source()));
      best = Math.max(best, score);
    }
    if (best < SEMANTIC_BELOW) {
      for (int k = 0; k < out.size(); k++) {
        Scored s = out.get(k);
        TextMatcher.Match m = matcher.semantic(t.text(), index.texts(s.index()));
        double score = m.score() * factor * discount(verb, index.get(s.index()));
        if (score > s.score()) {
          out.set(k, new Scored(s.index(), score, m.why(), List.of(), "meaning"));
        }
      }
    }
    return out;
  }

  private static boolean isRowKind(ElementKind kind) {
    return kind == ElementKind.ROW || kind == ElementKind.ITEM || kind == ElementKind.CARD;
  }

  /**
   * "the row for Linus Torvalds": a row's own text runs its cells together ("Linus Torvaldslinus@..."), so the
   * texts of the elements inside it count too, a little less than its own.
   */
  private TextMatcher.Match withCells(TextMatcher.Match own, List<String> words, String joined, int row,
                                      SnapshotIndex index) {
    TextMatcher.Match best = own;
    for (int d : index.descendants(row)) {
      String text = index.get(d).text();
      if (text == null || text.length() > 80) {
        continue;
      }
      TextMatcher.Match inner = matcher.lexical(words, joined, index.texts(d));
      if (inner.score() * 0.9 > best.score()) {
        best = new TextMatcher.Match(inner.score() * 0.9, inner.by(), false);
      }
    }
    return best;
  }

  /** "click Search" means the Search button rather than the search box beside it. */
  private static double discount(Verb verb, ElementFingerprint e) {
    boolean click = verb == Verb.CLICK || verb == Verb.DOUBLE_CLICK || verb == Verb.PRESS_OR_CLICK;
    return click && Elements.isTextInput(e) ? 0.85 : 1.0;
  }
}
