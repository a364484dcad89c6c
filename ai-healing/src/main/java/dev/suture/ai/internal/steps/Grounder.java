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

  private final CandidateScorer scorer;
  private final ScopeResolver scopes;
  private final ActionResolver actions;
  private final Chooser chooser;

  Grounder(TextMatcher matcher) {
    this.scorer = new CandidateScorer(matcher);
    this.scopes = new ScopeResolver(matcher);
    this.actions = new ActionResolver();
    this.chooser = new Chooser(this);
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
      return wholeOrParts(intent, t, index);
    }
    if (intent.verb() == Verb.CHOOSE && t.scope() == null) {
      try {
        return List.of(element(intent, t, index));
      } catch (StepRefusedException refused) {
        PlannedStep option = dropdownAndOption(intent, t, index);
        if (option == null) {
          throw refused;
        }
        return List.of(option);
      }
    }
    return List.of(element(intent, t, index));
  }

  /**
   * "check Dune and Emma" is two steps, "click Terms and Conditions" one: the whole phrase wins when it is a strong
   * match, or when the parts do not name distinct elements.
   */
  private List<PlannedStep> wholeOrParts(Intent intent, Intent.Target t, SnapshotIndex index) {
    PlannedStep whole = null;
    StepRefusedException wholeRefused = null;
    try {
      whole = element(intent, t, index);
      if (whole.score() >= 0.9) {
        return List.of(whole);
      }
    } catch (StepRefusedException e) {
      wholeRefused = e;
    }
    List<PlannedStep> steps = new ArrayList<>();
    try {
      for (String part : t.parts()) {
        steps.add(element(intent, t.part(part), index));
      }
    } catch (StepRefusedException partRefused) {
      if (whole != null) {
        return List.of(whole);
      }
      throw partRefused;
    }
    long distinct = steps.stream().map(s -> s.target() == null ? s.locator() : s.target().xpath()).distinct().count();
    if (distinct < steps.size()) {
      if (whole != null) {
        return List.of(whole);
      }
      throw wholeRefused;
    }
    return steps;
  }

  /** "choose size 43": a dropdown named by the first words, and one of its options by the rest. */
  private PlannedStep dropdownAndOption(Intent intent, Intent.Target t, SnapshotIndex index) {
    String[] words = t.text().split(" ");
    for (int k = words.length - 1; k >= 1; k--) {
      String name = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
      String value = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
      Intent.Target dropdown = new Intent.Target(name, ElementKind.DROPDOWN, 0, null, t.phrase(), List.of());
      Intent select = new Intent(intent.clause(), Verb.SELECT_OPTION, value, dropdown);
      try {
        return element(select, select.target(), index);
      } catch (StepRefusedException notThisSplit) {
        // try a shorter name
      }
    }
    return null;
  }

  private PlannedStep element(Intent intent, Intent.Target t, SnapshotIndex index) {
    if (t.scope() != null && t.scope().loose()) {
      // "Street in the shipping address": a container named by its heading, if there is one; else the words name
      // the element itself ("Log in to your account").
      try {
        return scoped(intent, t, index);
      } catch (StepRefusedException notAContainer) {
        return scoped(intent, t.unscoped(), index);
      }
    }
    return scoped(intent, t, index);
  }

  private PlannedStep scoped(Intent intent, Intent.Target t, SnapshotIndex index) {
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
    if (t.text().isBlank() && (t.kind() == null || t.kind() == ElementKind.TEXT) && region == null
        && CandidatePool.visible(pool, index).size() != 1) {
      throw refuse(intent, index, "the step does not say which element; name it (\"the Email field\", \"the Save"
          + " button\")", List.of());
    }
    List<Scored> accepted = accepted(t, CandidatePool.ofKind(pool, t.kind(), index), index, 1.0, intent);
    if (accepted.isEmpty() && t.kind() != null) {
      for (ElementKind related : CandidatePool.relatedKinds(t.kind())) {
        accepted = accepted(t, CandidatePool.ofKind(pool, related, index), index, 0.95, intent);
        if (!accepted.isEmpty()) {
          break;
        }
      }
    }
    if (accepted.isEmpty() && intent.verb() != Verb.CHOOSE && intent.verb() != Verb.SELECT_OPTION
        && (isClick(intent.verb()) || t.kind() != null && !t.text().isEmpty())) {
      List<Integer> any = CandidatePool.ofKind(CandidatePool.anyVisible(index, allowed), t.kind(), index);
      accepted = accepted(t, any, index, isClick(intent.verb()) ? 0.95 : 1.0, intent);
    }
    accepted = preferVisibility(intent.verb(), intent.value(), accepted, index);
    if (intent.verb() == Verb.EXPECT_COUNT) {
      accepted = Dedup.notTheHeadingOfTheGroup(accepted, index, t);
    }
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
    Scored chosen = chooser.choose(intent, t, accepted, region, index);
    return actions.resolve(intent, chosen, index, this);
  }

  /** The candidates that pass, with nested duplicates and captions removed. */
  private List<Scored> accepted(Intent.Target t, List<Integer> pool, SnapshotIndex index, double factor,
                                Intent intent) {
    List<Scored> scored = scorer.score(intent.verb(), t, pool, index, factor);
    List<Scored> passing = new ArrayList<>();
    for (Scored s : scored) {
      if (s.score() >= ACCEPT) {
        passing.add(s);
      }
    }
    return Dedup.apply(passing, index, t, intent);
  }

  /** Assertions of visibility look at hidden elements too, but prefer the visible (or hidden) ones they describe. */
  private static List<Scored> preferVisibility(Verb verb, String value, List<Scored> accepted, SnapshotIndex index) {
    boolean waitsToHide = verb == Verb.WAIT_FOR && "hidden".equals(value);
    if (verb != Verb.EXPECT_VISIBLE && verb != Verb.EXPECT_HIDDEN && !waitsToHide || accepted.isEmpty()) {
      return accepted; // waiting for an element to appear: it may well be hidden now
    }
    boolean wantVisible = verb != Verb.EXPECT_HIDDEN; // waiting for one to disappear: it is visible now
    double top = accepted.stream().mapToDouble(Scored::score).max().orElse(0);
    List<Scored> close = accepted.stream().filter(s -> s.score() >= top - MARGIN).toList();
    List<Scored> preferred = close.stream().filter(s -> index.get(s.index()).countsAsVisible() == wantVisible).toList();
    return preferred.isEmpty() ? accepted : preferred;
  }

  private List<StepCandidate> closest(Intent.Target t, List<Integer> pool, SnapshotIndex index) {
    if (t.text().isBlank()) {
      return List.of();
    }
    List<Scored> scored = new ArrayList<>(scorer.score(Verb.EXPECT_TEXT, t, pool, index, 1.0));
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
    return e.describe() + (e.countsAsVisible() ? "" : " (hidden)");
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
