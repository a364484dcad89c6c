package dev.suture.ai.internal.steps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Picks one element among the candidates that pass: by ordinal ("the second ..."), by nearness to an anchor, or as
 * the clear winner. A match that says exactly the description's words, or whose words are a strict subset of every
 * close rival's ("Buy milk" against "Buy milk powder"), is the clear winner; anything else within the margin is a tie,
 * and ties are refused.
 */
final class Chooser {
  private final Grounder grounder;

  Chooser(Grounder grounder) {
    this.grounder = grounder;
  }

  Scored choose(Intent intent, Intent.Target t, List<Scored> accepted, ScopeResolver.Region region,
                SnapshotIndex index) {
    List<Scored> ranked = new ArrayList<>(accepted);
    ranked.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::index));
    double top = ranked.get(0).score();
    List<Scored> group = ranked.stream().filter(s -> s.score() >= top - Grounder.MARGIN).toList();
    if (region != null && region.anchor() >= 0) {
      return Nearness.choose(intent, group, region, index, grounder);
    }
    if (t.ordinal() != 0) {
      List<Scored> ordered = group.stream().sorted(Comparator.comparingInt(Scored::index)).toList();
      int n = t.ordinal() == Intent.LAST ? ordered.size() : t.ordinal();
      if (n > ordered.size()) {
        throw grounder.refuse(intent, index, "asked for number " + n + " but only " + ordered.size() + " match",
            Grounder.candidates(ordered, index));
      }
      return ordered.get(n - 1);
    }
    if (group.size() > 1) {
      Scored specific = mostSpecific(group, Words.phrase(t.text()));
      if (specific == null && !t.spokenOrText().equals(t.text())) {
        specific = mostSpecific(group, Words.phrase(t.spokenOrText()));
      }
      if (specific != null) {
        return specific;
      }
      throw grounder.refuse(intent, index, group.size() + " elements match about equally well; add words from the"
          + " one meant, an ordinal (\"the second ...\") or a scope (\"in the dialog\", \"in the row for ...\")",
          Grounder.candidates(group, index));
    }
    return ranked.get(0);
  }

  /** The one candidate that says exactly the words, or whose words every other candidate's words contain; or null. */
  static Scored mostSpecific(List<Scored> group, List<String> phrase) {
    if (phrase.isEmpty()) {
      return null;
    }
    List<Scored> exact = group.stream().filter(s -> s.exact(phrase) && isDirect(s)).toList();
    if (exact.size() == 1 && group.stream().noneMatch(s -> s != exact.get(0) && s.exact(phrase))) {
      return exact.get(0);
    }
    for (Scored candidate : group) {
      if (candidate.words().isEmpty() || !candidate.words().containsAll(phrase)) {
        continue;
      }
      boolean subsetOfAll = true;
      for (Scored other : group) {
        if (other != candidate && !(other.words().size() > candidate.words().size()
            && other.words().containsAll(candidate.words()))) {
          subsetOfAll = false;
          break;
        }
      }
      if (subsetOfAll) {
        return candidate;
      }
    }
    return null;
  }

  /** A text that names the element itself, not one beside it or in its id. */
  private static boolean isDirect(Scored s) {
    return switch (s.source()) {
      case "name", "label", "aria-label", "text", "placeholder", "alt", "title", "value" -> true;
      default -> false;
    };
  }
}
