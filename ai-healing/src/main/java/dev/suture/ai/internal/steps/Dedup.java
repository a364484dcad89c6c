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

  static List<Scored> apply(List<Scored> passing, SnapshotIndex index, Intent.Target t,
                                     Intent intent) {
    if (passing.size() < 2) {
      return passing;
    }
    List<Scored> candidates = passing;
    if (intent.value() != null && (intent.verb() == Verb.EXPECT_TEXT || intent.verb() == Verb.EXPECT_TEXT_OR_VALUE)) {
      // "the total says $12": the caption "Total" cannot say anything but itself.
      String phrase = Words.normalized(t.text());
      String value = Words.normalized(intent.value());
      List<Scored> notCaptions = candidates.stream().filter(s -> {
        String text = Words.normalized(index.get(s.index()).text());
        return !text.equals(phrase) || text.contains(value);
      }).toList();
      if (!notCaptions.isEmpty()) {
        candidates = notCaptions;
      }
    }
    List<Scored> out = new ArrayList<>();
    for (Scored s : candidates) {
      if (!isLabelOfAnother(s, candidates, index) && !wrapsAnother(s, candidates, index)
          && !captionOfAnother(s, candidates, index, t)) {
        out.add(s);
      }
    }
    return out;
  }

  private static boolean isLabelOfAnother(Scored s, List<Scored> all, SnapshotIndex index) {
    ElementFingerprint e = index.get(s.index());
    if (!"label".equals(e.tag()) && !"legend".equals(e.tag())) {
      return false;
    }
    String text = Words.normalized(e.text());
    for (Scored other : all) {
      ElementFingerprint o = index.get(other.index());
      if (other.index() != s.index() && (index.contains(s.index(), other.index())
          || o.labelText() != null && Words.normalized(o.labelText()).equals(text))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A caption ("Total") beside the element that its words name by id or class ({@code <span id="total">}): the
   * caption is the label, the other is the thing.
   */
  private static boolean captionOfAnother(Scored s, List<Scored> all, SnapshotIndex index, Intent.Target t) {
    ElementFingerprint caption = index.get(s.index());
    String text = Words.normalized(caption.text());
    if (text.isEmpty() || !text.equals(Words.normalized(t.text())) || Elements.isInteractive(caption)) {
      return false;
    }
    for (Scored other : all) {
      ElementFingerprint o = index.get(other.index());
      if (other.index() != s.index() && ("id".equals(other.source()) || "class".equals(other.source())
          || "test id".equals(other.source())) && o.neighborTexts().stream()
          .anyMatch(n -> Words.normalized(n).equals(text))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "there are 6 books": the link or heading that says "Books" is about the group, not in it; when other matches
   * remain, it is left out.
   */
  static List<Scored> notTheHeadingOfTheGroup(List<Scored> accepted, SnapshotIndex index, Intent.Target t) {
    String phrase = Words.normalized(t.text());
    List<Scored> rest = accepted.stream()
        .filter(s -> !Words.normalized(index.get(s.index()).accessibleName()).equals(phrase)
            && !Words.normalized(index.get(s.index()).text()).equals(phrase)).toList();
    return rest.isEmpty() || phrase.isEmpty() ? accepted : rest;
  }

  private static boolean wrapsAnother(Scored s, List<Scored> all, SnapshotIndex index) {
    if ("tag".equals(s.source())) {
      return false; // "the footer" is the footer, not the navigation named "Footer" inside it
    }
    for (Scored other : all) {
      if (other.index() != s.index() && index.contains(s.index(), other.index())
          && other.score() >= s.score() - 0.15) {
        return true;
      }
    }
    return false;
  }
}
