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
 * model call, cached), then applies the safety rules ({@link HealingRules}) before healing.
 */
public final class ScoringEngine implements HealingEngine {
  /** How many top candidates get the (costlier) semantic text comparison. */
  private static final int SEMANTIC_TOP = 8;

  private final HealingPolicy policy;
  private final MiniLmTextSimilarity text;

  public ScoringEngine(HealingPolicy policy, MiniLmTextSimilarity text) {
    this.policy = policy;
    this.text = text;
  }

  @Override
  public HealingDecision decide(ElementFingerprint baseline, List<ElementFingerprint> candidates,
                                List<ElementFingerprint> rejected) {
    TextCache texts = new TextCache();
    FeatureScorer scorer = new FeatureScorer(baseline, texts);
    List<Scored> scored = new ArrayList<>(candidates.size());
    for (int i = 0; i < candidates.size(); i++) {
      ElementFingerprint candidate = candidates.get(i);
      scored.add(new Scored(i, candidate, scorer.score(candidate, texts::guarded)));
    }
    scored.sort(BY_SCORE);
    if (policy.embeddings() && !scored.isEmpty()) {
      rescoreSemantically(scorer, baseline, scored);
    }
    return new HealingRules(policy, texts).decide(baseline, scored, rejected);
  }

  private void rescoreSemantically(FeatureScorer scorer, ElementFingerprint baseline, List<Scored> scored) {
    List<Scored> top = scored.subList(0, Math.min(SEMANTIC_TOP, scored.size()));
    List<String> labels = new ArrayList<>();
    addTexts(labels, baseline);
    top.forEach(s -> addTexts(labels, s.element));
    text.prefetch(labels);
    for (Scored s : top) {
      FeatureScorer.Breakdown semantic = scorer.score(s.element, text::similarity);
      if (semantic.score() > s.breakdown.score()) {
        s.breakdown = semantic;
      }
    }
    scored.sort(BY_SCORE);
  }

  private static void addTexts(List<String> labels, ElementFingerprint e) {
    for (String value : new String[]{e.text(), e.accessibleName(), e.labelText(), e.placeholder(), e.ariaLabel(),
        e.title(), e.alt()}) {
      if (value != null && !value.isBlank()) {
        labels.add(value);
      }
    }
  }

  static String format(double score) {
    return String.format(Locale.ROOT, "%.2f", score);
  }

  private static final Comparator<Scored> BY_SCORE = Comparator.comparingDouble(Scored::score).reversed();

  /** A candidate under decision: its score with the breakdown, and its verdict once decided. */
  static final class Scored {
    final int index;
    final ElementFingerprint element;
    FeatureScorer.Breakdown breakdown;
    String verdict;

    Scored(int index, ElementFingerprint element, FeatureScorer.Breakdown breakdown) {
      this.index = index;
      this.element = element;
      this.breakdown = breakdown;
    }

    double score() {
      return breakdown.score();
    }

    RankedCandidate ranked() {
      return new RankedCandidate(index, element, score(), verdict);
    }
  }
}
