package dev.suture.ai.internal;

import dev.suture.ai.HealingPolicy;
import dev.suture.core.ElementFingerprint;
import dev.suture.core.HealingDecision;
import dev.suture.core.RankedCandidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static dev.suture.ai.internal.ScoringEngine.format;

/**
 * Turns ranked candidates into a decision. A wrong heal is worse than a failure, so a candidate is healed to only
 * when it is eligible (visible, enabled if the baseline was, not of opposite meaning, not the original's neighbour,
 * not rejected by a user), scores at least the threshold, and beats the runner-up: by the margin, or, between
 * look-alikes (rows of "Edit" buttons), on every feature that tells the two apart by what they are rather than where.
 */
final class HealingRules {
  private static final int RANKED = 5;
  /** How many of the best-scored candidates get a verdict once an eligible one is found. */
  private static final int JUDGED = 40;
  /** A semantic feature "tells apart" two candidates when their similarities differ by this much. */
  private static final double DISTINCT = 0.15;
  /** ... and counts for the better one only when it really matches there. */
  private static final double CONVINCING = 0.75;
  /** How much weighted evidence the look-alike rule needs. */
  private static final double EVIDENCE = 0.5;
  /** How far under the threshold a candidate with a double lead may score. */
  private static final double LOW_TIER = 0.1;

  private final HealingPolicy policy;
  private final TextCache texts;
  /** The lowest score among the candidates this decision looked at; minus infinity when it looked at them all. */
  private double lowestConsulted = Double.POSITIVE_INFINITY;

  HealingRules(HealingPolicy policy, TextCache texts) {
    this.policy = policy;
    this.texts = texts;
  }

  /**
   * The lowest score among the candidates the last decision looked at (minus infinity when it went through them
   * all): candidates scoring below it cannot have changed the decision.
   */
  double lowestConsulted() {
    return lowestConsulted;
  }

  private void consulted(ScoringEngine.Scored s) {
    lowestConsulted = Math.min(lowestConsulted, s.score());
  }

  HealingDecision decide(ElementFingerprint baseline, List<ScoringEngine.Scored> scored,
                         List<ElementFingerprint> rejected) {
    String baseLabel = FeatureScorer.label(baseline);
    // Verdicts cost text comparisons, so only the head of the ranking gets them: the best eligible candidate, its
    // runner-up and the few shown in messages are always within it on real pages.
    ScoringEngine.Scored best = null;
    int judged = 0;
    for (ScoringEngine.Scored s : scored) {
      if (best != null && judged >= JUDGED) {
        break;
      }
      s.verdict = ineligibility(baseline, baseLabel, s.element, rejected);
      consulted(s);
      judged++;
      if (s.verdict == null && best == null) {
        best = s;
      }
    }
    if (best == null) {
      lowestConsulted = Double.NEGATIVE_INFINITY;
      return refuse(scored, null, "no visible, enabled candidate that is not of opposite meaning");
    }
    ScoringEngine.Scored top = scored.get(0);
    if (top != best && ("invisible".equals(top.verdict) || "disabled".equals(top.verdict))
        && top.score() - best.score() >= policy.margin() / 2) {
      best.verdict = "a better match is " + top.verdict;
      return refuse(scored, best, "the best match (" + format(top.score()) + ") is " + top.verdict);
    }
    ScoringEngine.Scored runnerUp = runnerUp(scored, best);
    double second = runnerUp == null ? 0 : runnerUp.score();
    String how = "runner-up " + format(second);
    if (best.score() < policy.threshold()) {
      // A lead of twice the margin over every other element makes up for a score a little under the threshold:
      // everything about the element changed at once (id, classes and wording), but nothing else is like it.
      if (best.score() < policy.threshold() - LOW_TIER || best.score() - second < 2 * policy.margin()) {
        best.verdict = "below threshold " + format(policy.threshold());
        return refuse(scored, best, "the best candidate scores " + format(best.score()) + ", below the threshold "
            + format(policy.threshold()) + (best.score() < policy.threshold() - LOW_TIER ? ""
            : ", without twice the margin over the runner-up (" + format(second) + ")"));
      }
      return heal(scored, best, runnerUp, "best candidate scores " + format(best.score()) + ", slightly below the"
          + " threshold but far ahead of the " + how);
    }
    if (best.score() - second < policy.margin()) {
      if (runnerUp == null || !tellsApart(best, runnerUp)) {
        best.verdict = "too close to the runner-up (" + format(second) + ")";
        return refuse(scored, best, "the best candidate (" + format(best.score()) + ") does not clearly beat the "
            + "runner-up (" + format(second) + ")");
      }
      how += ", told apart by what the elements are (texts, names, neighbours)";
    }
    return heal(scored, best, runnerUp, "best candidate scores " + format(best.score()) + ", " + how);
  }

  /**
   * The strongest other candidate a person could mistake for the best one. Candidates known to be other elements
   * (of opposite meaning, rejected, or standing beside the original when it was recorded) compete with nobody.
   */
  private ScoringEngine.Scored runnerUp(List<ScoringEngine.Scored> scored, ScoringEngine.Scored best) {
    for (ScoringEngine.Scored s : scored) {
      consulted(s);
      if (s != best && s.element.countsAsVisible() && !"opposite meaning".equals(s.verdict)
          && !"rejected by a user".equals(s.verdict) && !"was the original's neighbour".equals(s.verdict)
          && !sameSpot(best.element, s.element)) {
        return s;
      }
    }
    lowestConsulted = Double.NEGATIVE_INFINITY;
    return null;
  }

  /**
   * Whether every semantic feature on which the two differ favours the best, each a real match there, with enough
   * weight: rows of identical buttons differ only in their row's text, and moving a row must not fool healing.
   */
  private static boolean tellsApart(ScoringEngine.Scored best, ScoringEngine.Scored runnerUp) {
    if (best.score() <= runnerUp.score()) {
      return false;
    }
    FeatureScorer.Breakdown a = best.breakdown;
    FeatureScorer.Breakdown b = runnerUp.breakdown;
    if (a.size() != b.size()) {
      return false;
    }
    double evidence = 0;
    for (int i = 0; i < a.size(); i++) {
      if (!a.semantic()[i]) {
        continue;
      }
      double difference = a.similarities()[i] - b.similarities()[i];
      if (difference <= -DISTINCT || difference >= DISTINCT && a.similarities()[i] < CONVINCING) {
        return false;
      }
      if (difference >= DISTINCT) {
        evidence += a.weights()[i] * difference;
      }
    }
    return evidence >= EVIDENCE;
  }

  private HealingDecision heal(List<ScoringEngine.Scored> scored, ScoringEngine.Scored best,
                               ScoringEngine.Scored runnerUp, String reason) {
    best.verdict = "chosen";
    List<RankedCandidate> ranked = new ArrayList<>();
    ranked.add(best.ranked());
    if (runnerUp != null) {
      runnerUp.verdict = runnerUp.verdict == null ? "runner-up" : runnerUp.verdict;
      ranked.add(runnerUp.ranked());
    }
    for (ScoringEngine.Scored s : scored) {
      if (ranked.size() >= RANKED) {
        break;
      }
      if (s != best && s != runnerUp) {
        s.verdict = s.verdict == null ? "lower score" : s.verdict;
        ranked.add(s.ranked());
      }
    }
    return new HealingDecision(true, best.index, ranked, reason);
  }

  private static HealingDecision refuse(List<ScoringEngine.Scored> scored, ScoringEngine.Scored best, String reason) {
    List<RankedCandidate> ranked = new ArrayList<>();
    for (ScoringEngine.Scored s : scored.subList(0, Math.min(RANKED, scored.size()))) {
      if (s.verdict == null) {
        s.verdict = s == best ? "not convincing" : "lower score";
      }
      ranked.add(s.ranked());
    }
    return new HealingDecision(false, -1, ranked, reason);
  }

  /** Why a candidate may never be healed to, or null when it may. */
  private String ineligibility(ElementFingerprint baseline, String baseLabel, ElementFingerprint candidate,
                               List<ElementFingerprint> rejected) {
    if (!candidate.countsAsVisible()) {
      return "invisible";
    }
    if (baseline.countsAsEnabled() && !candidate.countsAsEnabled()) {
      return "disabled";
    }
    String label = FeatureScorer.label(candidate);
    if (baseLabel != null && label != null) {
      if (texts.opposite(baseLabel, label)) {
        return "opposite meaning";
      }
      if (texts.lexical(baseLabel, label) < 0.9) {
        for (String neighbour : baseline.neighborTexts()) {
          if (texts.lexical(neighbour, label) >= 0.9) {
            return "was the original's neighbour";
          }
        }
      }
    }
    for (ElementFingerprint no : rejected) {
      if (sameElement(no, candidate)) {
        return "rejected by a user";
      }
    }
    return null;
  }

  /** A rejected heal names its element by fingerprint; the same element has the same path or selector. */
  private static boolean sameElement(ElementFingerprint a, ElementFingerprint b) {
    return a.selector() != null && a.selector().equals(b.selector())
        || a.xpath() != null && a.xpath().equals(b.xpath()) && Objects.equals(a.tag(), b.tag());
  }

  /**
   * An element and its own ancestor or descendant covering nearly the same box (a button and its label span) are
   * one target for a person, so the one must not count as the other's runner-up.
   */
  static boolean sameSpot(ElementFingerprint a, ElementFingerprint b) {
    if (a.xpath() == null || b.xpath() == null) {
      return false;
    }
    boolean related = a.xpath().startsWith(b.xpath() + "/") || b.xpath().startsWith(a.xpath() + "/");
    if (!related) {
      return false;
    }
    if (a.x() == null || b.x() == null || a.width() == null || b.width() == null) {
      return true;
    }
    double left = Math.max(a.x(), b.x());
    double right = Math.min(a.x() + a.width(), b.x() + b.width());
    double top = Math.max(a.y(), b.y());
    double bottom = Math.min(a.y() + a.height(), b.y() + b.height());
    double overlap = Math.max(0, right - left) * Math.max(0, bottom - top);
    double union = a.width() * a.height() + b.width() * b.height() - overlap;
    return union > 0 && overlap / union >= 0.5;
  }
}
