package dev.suture.ai.internal;

import dev.suture.ai.HealingEngine;
import dev.suture.ai.HealingPolicy;
import dev.suture.core.ElementFingerprint;
import dev.suture.core.HealingDecision;
import dev.suture.core.RankedCandidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The {@link HealingEngine}: scores every candidate lexically, re-scores the best few with embeddings (one batched
 * model call, cached), then applies the safety rules before healing.
 */
public final class ScoringEngine implements HealingEngine {
  /** How many top candidates get the (costlier) semantic text comparison. */
  private static final int SEMANTIC_TOP = 8;
  private static final int RANKED = 5;

  private final HealingPolicy policy;
  private final MiniLmTextSimilarity text;

  public ScoringEngine(HealingPolicy policy, MiniLmTextSimilarity text) {
    this.policy = policy;
    this.text = text;
  }

  @Override
  public HealingDecision decide(ElementFingerprint baseline, List<ElementFingerprint> candidates,
                                List<ElementFingerprint> rejected) {
    FeatureScorer scorer = new FeatureScorer(baseline);
    List<Scored> scored = new ArrayList<>(candidates.size());
    for (int i = 0; i < candidates.size(); i++) {
      ElementFingerprint candidate = candidates.get(i);
      scored.add(new Scored(i, candidate, scorer.score(candidate, this::lexicalText)));
    }
    scored.sort(Comparator.comparingDouble(Scored::score).reversed());
    if (policy.embeddings() && !scored.isEmpty()) {
      rescoreSemantically(scorer, baseline, scored);
    }
    return decideOn(baseline, scored, rejected);
  }

  private double lexicalText(String a, String b) {
    return text.opposite(a, b) ? 0 : text.lexical(a, b);
  }

  private void rescoreSemantically(FeatureScorer scorer, ElementFingerprint baseline, List<Scored> scored) {
    List<Scored> top = scored.subList(0, Math.min(SEMANTIC_TOP, scored.size()));
    List<String> texts = new ArrayList<>();
    addTexts(texts, baseline);
    top.forEach(s -> addTexts(texts, s.element));
    text.prefetch(texts);
    for (Scored s : top) {
      s.score = Math.max(s.score, scorer.score(s.element, text::similarity));
    }
    scored.sort(Comparator.comparingDouble(Scored::score).reversed());
  }

  private static void addTexts(List<String> texts, ElementFingerprint e) {
    for (String value : new String[]{e.text(), e.accessibleName(), e.labelText(), e.placeholder(), e.ariaLabel(),
        e.title(), e.alt()}) {
      if (value != null && !value.isBlank()) {
        texts.add(value);
      }
    }
  }

  private HealingDecision decideOn(ElementFingerprint baseline, List<Scored> scored,
                                   List<ElementFingerprint> rejected) {
    String baseLabel = FeatureScorer.label(baseline);
    Scored best = null;
    for (Scored s : scored) {
      s.verdict = ineligibility(baseline, baseLabel, s.element, rejected);
      if (s.verdict == null && best == null) {
        best = s;
      }
    }
    if (best == null) {
      return refuse(scored, null, "no visible, enabled candidate that is not of opposite meaning");
    }
    Scored top = scored.get(0);
    if (top != best && ("invisible".equals(top.verdict) || "disabled".equals(top.verdict))
        && top.score - best.score >= policy.margin() / 2) {
      best.verdict = "a better match is " + top.verdict;
      return refuse(scored, best, "the best match (" + format(top.score) + ") is " + top.verdict);
    }
    Scored runnerUp = null;
    for (Scored s : scored) {
      if (s != best && s.element.isVisible() && !"opposite meaning".equals(s.verdict)
          && !"rejected by a user".equals(s.verdict) && !sameSpot(best.element, s.element)) {
        runnerUp = s;
        break;
      }
    }
    double second = runnerUp == null ? 0 : runnerUp.score;
    if (best.score < policy.threshold()) {
      best.verdict = "below threshold " + format(policy.threshold());
      return refuse(scored, best, "the best candidate scores " + format(best.score) + ", below the threshold "
          + format(policy.threshold()));
    }
    if (best.score - second < policy.margin()) {
      best.verdict = "too close to the runner-up (" + format(second) + ")";
      return refuse(scored, best, "the best candidate (" + format(best.score) + ") does not clearly beat the "
          + "runner-up (" + format(second) + ")");
    }
    best.verdict = "chosen";
    List<RankedCandidate> ranked = new ArrayList<>();
    ranked.add(best.ranked());
    if (runnerUp != null) {
      runnerUp.verdict = runnerUp.verdict == null ? "runner-up" : runnerUp.verdict;
      ranked.add(runnerUp.ranked());
    }
    for (Scored s : scored) {
      if (ranked.size() >= RANKED) {
        break;
      }
      if (s != best && s != runnerUp) {
        s.verdict = s.verdict == null ? "lower score" : s.verdict;
        ranked.add(s.ranked());
      }
    }
    return new HealingDecision(true, best.index, ranked, "best candidate scores " + format(best.score)
        + ", runner-up " + format(second));
  }

  private HealingDecision refuse(List<Scored> scored, Scored best, String reason) {
    List<RankedCandidate> ranked = new ArrayList<>();
    for (Scored s : scored.subList(0, Math.min(RANKED, scored.size()))) {
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
    if (!candidate.isVisible()) {
      return "invisible";
    }
    if (baseline.isEnabled() && !candidate.isEnabled()) {
      return "disabled";
    }
    String label = FeatureScorer.label(candidate);
    if (baseLabel != null && label != null && text.opposite(baseLabel, label)) {
      return "opposite meaning";
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
        || a.xpath() != null && a.xpath().equals(b.xpath()) && java.util.Objects.equals(a.tag(), b.tag());
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
    double topEdge = Math.max(a.y(), b.y());
    double bottom = Math.min(a.y() + a.height(), b.y() + b.height());
    double overlap = Math.max(0, right - left) * Math.max(0, bottom - topEdge);
    double union = a.width() * a.height() + b.width() * b.height() - overlap;
    return union > 0 && overlap / union >= 0.5;
  }

  private static String format(double score) {
    return String.format(Locale.ROOT, "%.2f", score);
  }

  private static final class Scored {
    final int index;
    final ElementFingerprint element;
    double score;
    String verdict;

    Scored(int index, ElementFingerprint element, double score) {
      this.index = index;
      this.element = element;
      this.score = score;
    }

    double score() {
      return score;
    }

    RankedCandidate ranked() {
      return new RankedCandidate(index, element, score, verdict);
    }
  }
}
