package dev.suture.ai.internal.steps;

import dev.suture.ai.PlannedStep;
import dev.suture.ai.StepAction;
import dev.suture.ai.StepCandidate;
import dev.suture.ai.StepRefusedException;
import dev.suture.core.ElementFingerprint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Grounds an {@link Intent} on a snapshot: finds the one element it describes, or refuses. A match must score at
 * least {@link #ACCEPT} and beat every other element by {@link #MARGIN}; otherwise the step is refused with the
 * candidates listed, because a silent wrong action is worse than a failed step.
 */
final class Grounder {
  static final double ACCEPT = 0.6;
  static final double MARGIN = 0.1;
  /** Below this lexical score the embedding model is asked too. */
  private static final double SEMANTIC_BELOW = 0.8;

  private final TextMatcher matcher;
  private final ScopeResolver scopes;
  private final ActionResolver actions;

  Grounder(TextMatcher matcher) {
    this.matcher = matcher;
    this.scopes = new ScopeResolver(matcher);
    this.actions = new ActionResolver();
  }

  record Scored(int index, double score, String why) {
  }

  List<PlannedStep> ground(Intent intent, SnapshotIndex index) {
    Intent.Target t = intent.target();
    if (t == null && !intent.verb().needsTarget()) {
      return List.of(actions.pageLevel(intent));
    }
    if (t == null) {
      t = new Intent.Target("", null, 0, null, "", List.of());
    }
    if (intent.verb() == Verb.PRESS_OR_CLICK) {
      try {
        PlannedStep click = element(new Intent(intent.clause(), Verb.CLICK, null, t), t, index);
        if (click.score() >= 0.95) {
          return List.of(click);
        }
      } catch (StepRefusedException notAControl) {
        // no control of that name: the key it is
      }
      return List.of(actions.pageLevel(new Intent(intent.clause(), Verb.PRESS, intent.value(), null)));
    }
    if (!t.parts().isEmpty()) {
      try {
        PlannedStep whole = element(intent, t, index);
        if (whole.score() >= 0.9) {
          return List.of(whole); // "Terms and Conditions" is one link, not two
        }
      } catch (StepRefusedException tryTheParts) {
        // fall through to "Dune and Emma" as two targets
      }
      List<PlannedStep> steps = new ArrayList<>();
      for (String part : t.parts()) {
        steps.add(element(intent, t.part(part), index));
      }
      return steps;
    }
    return List.of(element(intent, t, index));
  }

  private PlannedStep element(Intent intent, Intent.Target t, SnapshotIndex index) {
    ScopeResolver.Region region = null;
    if (t.scope() != null) {
      try {
        region = scopes.resolve(t.scope(), index, intent.clause());
      } catch (ScopeResolver.Refusal refusal) {
        throw refuse(intent, index, refusal.getMessage(), refusal.candidates);
      }
    }
    List<Integer> allowed = region == null ? null : region.allowed();
    List<Integer> pool = CandidatePool.forVerb(intent.verb(), index, allowed);
    List<Scored> accepted = accepted(t, CandidatePool.ofKind(pool, t.kind(), index), index, 1.0, intent);
    if (accepted.isEmpty() && t.kind() != null) {
      for (ElementKind related : CandidatePool.relatedKinds(t.kind())) {
        accepted = accepted(t, CandidatePool.ofKind(pool, related, index), index, 0.95, intent);
        if (!accepted.isEmpty()) {
          break;
        }
      }
    }
    if (accepted.isEmpty() && (isClick(intent.verb()) || t.kind() != null && !t.text().isEmpty())) {
      List<Integer> any = CandidatePool.ofKind(CandidatePool.anyVisible(index, allowed), t.kind(), index);
      accepted = accepted(t, any, index, isClick(intent.verb()) ? 0.95 : 1.0, intent);
    }
    accepted = preferVisibility(intent.verb(), accepted, index);
    if (accepted.isEmpty()) {
      List<StepCandidate> near = closest(t, pool, index);
      String what = t.text().isEmpty() ? (t.kind() == null ? "element" : kindName(t.kind()))
          : "\"" + t.text() + "\"" + (t.kind() == null ? "" : " " + kindName(t.kind()));
      throw refuse(intent, index, "no " + verbNoun(intent.verb()) + " on the page matches " + what
          + (region == null ? "" : " " + region.description()), near);
    }
    if (intent.verb() == Verb.EXPECT_COUNT) {
      return actions.count(intent, accepted, region, index, this);
    }
    Scored chosen = choose(intent, t, accepted, region, index);
    return actions.resolve(intent, chosen, index, this);
  }

  /** The candidates that pass, with nested duplicates and captions removed. */
  private List<Scored> accepted(Intent.Target t, List<Integer> pool, SnapshotIndex index, double factor,
                                Intent intent) {
    List<Scored> scored = score(t, pool, index, factor);
    List<Scored> passing = new ArrayList<>();
    for (Scored s : scored) {
      if (s.score() >= ACCEPT) {
        passing.add(s);
      }
    }
    return Dedup.apply(passing, index, t, intent);
  }

  List<Scored> score(Intent.Target t, List<Integer> pool, SnapshotIndex index, double factor) {
    List<Scored> out = new ArrayList<>();
    if (t.text().isBlank()) {
      for (int i : pool) {
        out.add(new Scored(i, factor, t.kind() == null ? "the only kind of element that fits" : "a "
            + kindName(t.kind())));
      }
      return out;
    }
    List<String> words = Words.of(t.text());
    String joined = String.join("", words);
    double best = 0;
    for (int i : pool) {
      TextMatcher.Match m = matcher.lexical(words, joined, index.texts(i));
      double score = m.score() * factor;
      if (score >= ACCEPT && matcher.opposite(t.text(), m.by().text())) {
        score = 0;
      }
      out.add(new Scored(i, score, m.why()));
      best = Math.max(best, score);
    }
    if (best < SEMANTIC_BELOW) {
      for (int k = 0; k < out.size(); k++) {
        Scored s = out.get(k);
        TextMatcher.Match m = matcher.semantic(t.text(), index.texts(s.index()));
        if (m.score() * factor > s.score()) {
          out.set(k, new Scored(s.index(), m.score() * factor, m.why()));
        }
      }
    }
    return out;
  }

  private Scored choose(Intent intent, Intent.Target t, List<Scored> accepted, ScopeResolver.Region region,
                        SnapshotIndex index) {
    List<Scored> ranked = new ArrayList<>(accepted);
    ranked.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::index));
    double top = ranked.get(0).score();
    List<Scored> group = ranked.stream().filter(s -> s.score() >= top - MARGIN).toList();
    if (region != null && region.anchor() >= 0) {
      return Nearness.choose(intent, group, region, index, this);
    }
    if (t.ordinal() != 0) {
      List<Scored> ordered = group.stream().sorted(Comparator.comparingInt(Scored::index)).toList();
      int n = t.ordinal() == Intent.LAST ? ordered.size() : t.ordinal();
      if (n > ordered.size()) {
        throw refuse(intent, index, "asked for number " + n + " but only " + ordered.size() + " match",
            candidates(ordered, index));
      }
      return ordered.get(n - 1);
    }
    if (group.size() > 1) {
      throw refuse(intent, index, group.size() + " elements match about equally well; add words from the one meant,"
          + " an ordinal (\"the second ...\") or a scope (\"in the dialog\", \"in the row for ...\")",
          candidates(group, index));
    }
    return ranked.get(0);
  }

  /** Assertions of visibility look at hidden elements too, but prefer the visible (or hidden) ones they describe. */
  private static List<Scored> preferVisibility(Verb verb, List<Scored> accepted, SnapshotIndex index) {
    if (verb != Verb.EXPECT_VISIBLE && verb != Verb.EXPECT_HIDDEN && verb != Verb.WAIT_FOR) {
      return accepted;
    }
    boolean wantVisible = verb != Verb.EXPECT_HIDDEN;
    List<Scored> preferred = accepted.stream().filter(s -> index.get(s.index()).isVisible() == wantVisible).toList();
    return preferred.isEmpty() ? accepted : preferred;
  }

  private List<StepCandidate> closest(Intent.Target t, List<Integer> pool, SnapshotIndex index) {
    if (t.text().isBlank()) {
      return List.of();
    }
    List<Scored> scored = new ArrayList<>(score(t, pool, index, 1.0));
    scored.sort(Comparator.comparingDouble(Scored::score).reversed());
    return candidates(scored.subList(0, Math.min(3, scored.size())), index);
  }

  static List<StepCandidate> candidates(List<Scored> scored, SnapshotIndex index) {
    List<StepCandidate> out = new ArrayList<>();
    for (Scored s : scored.subList(0, Math.min(5, scored.size()))) {
      out.add(new StepCandidate(index.get(s.index()), s.score(), s.why()));
    }
    return out;
  }

  StepRefusedException refuse(Intent intent, SnapshotIndex index, String reason, List<StepCandidate> candidates) {
    StringBuilder message = new StringBuilder("Cannot resolve \"" + intent.clause() + "\" on "
        + index.snapshot.url() + ": " + reason + ".");
    for (StepCandidate c : candidates) {
      message.append(String.format(Locale.ROOT, "%n  - %s  score %.2f (%s)", describe(c.element()), c.score(),
          c.why()));
    }
    return new StepRefusedException(intent.clause(), message.toString(), candidates);
  }

  private static String describe(ElementFingerprint e) {
    return e.describe() + (e.isVisible() ? "" : " (hidden)");
  }

  private static boolean isClick(Verb verb) {
    return verb == Verb.CLICK || verb == Verb.DOUBLE_CLICK || verb == Verb.CHOOSE || verb == Verb.PRESS_OR_CLICK
        || verb == Verb.HOVER;
  }

  static String kindName(ElementKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String verbNoun(Verb verb) {
    return switch (verb) {
      case FILL, CLEAR, SET -> "input";
      case SELECT_OPTION -> "dropdown";
      case CHECK, UNCHECK, EXPECT_CHECKED, EXPECT_UNCHECKED -> "checkbox or radio button";
      case UPLOAD_FILE -> "file input";
      case CLICK, DOUBLE_CLICK, CHOOSE, PRESS_OR_CLICK -> "control or link";
      default -> "element";
    };
  }
}
