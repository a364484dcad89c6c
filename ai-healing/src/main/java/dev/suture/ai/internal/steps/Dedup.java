package dev.suture.ai.internal.steps;

import dev.suture.core.ElementFingerprint;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes matches that are the same thing twice, so that they do not count as ambiguity: a {@code <label>} and the
 * control it names, a wrapper and the element inside it that says the same, and, for "the total says $12", the
 * caption "Total" beside the value.
 */
final class Dedup {
  private Dedup() {
  }

  static List<Grounder.Scored> apply(List<Grounder.Scored> passing, SnapshotIndex index, Intent.Target t,
                                     Intent intent) {
    if (passing.size() < 2) {
      return passing;
    }
    List<Grounder.Scored> out = new ArrayList<>();
    for (Grounder.Scored s : passing) {
      if (!isLabelOfAnother(s, passing, index) && !wrapsAnother(s, passing, index)) {
        out.add(s);
      }
    }
    if (intent.value() != null && (intent.verb() == Verb.EXPECT_TEXT || intent.verb() == Verb.EXPECT_TEXT_OR_VALUE)) {
      String phrase = Words.normalized(t.text());
      String value = Words.normalized(intent.value());
      List<Grounder.Scored> notCaptions = out.stream().filter(s -> {
        String text = Words.normalized(index.get(s.index()).text());
        return !text.equals(phrase) || text.contains(value);
      }).toList();
      if (!notCaptions.isEmpty()) {
        out = new ArrayList<>(notCaptions);
      }
    }
    return out;
  }

  private static boolean isLabelOfAnother(Grounder.Scored s, List<Grounder.Scored> all, SnapshotIndex index) {
    ElementFingerprint e = index.get(s.index());
    if (!"label".equals(e.tag()) && !"legend".equals(e.tag())) {
      return false;
    }
    String text = Words.normalized(e.text());
    for (Grounder.Scored other : all) {
      ElementFingerprint o = index.get(other.index());
      if (other.index() != s.index() && (index.contains(s.index(), other.index())
          || o.labelText() != null && Words.normalized(o.labelText()).equals(text))) {
        return true;
      }
    }
    return false;
  }

  private static boolean wrapsAnother(Grounder.Scored s, List<Grounder.Scored> all, SnapshotIndex index) {
    for (Grounder.Scored other : all) {
      if (other.index() != s.index() && index.contains(s.index(), other.index())
          && other.score() >= s.score() - 0.15) {
        return true;
      }
    }
    return false;
  }
}
