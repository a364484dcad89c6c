package dev.suture.ai.internal;

import dev.suture.ai.HealingEngine;
import dev.suture.ai.HealingPolicy;
import dev.suture.core.ElementFingerprint;
import dev.suture.core.HealingDecision;
import dev.suture.core.RankedCandidate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.function.ToDoubleBiFunction;

/**
 * The {@link HealingEngine}: scores every candidate lexically, re-scores the best few with embeddings (one batched
 * model call, cached), then applies the safety rules ({@link HealingRules}) before healing.
 */
public final class ScoringEngine implements HealingEngine {
  /** How many top candidates get the (costlier) semantic text comparison. */
  private static final int SEMANTIC_TOP = 8;
  /**
   * How many of the best candidates are always scored exactly: more than the rules ever look at when they find an
   * eligible candidate early (their 40 judged plus the runner-up), and more than {@link #SEMANTIC_TOP}.
   */
  private static final int EXACT_HEAD = 48;

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
    ToDoubleBiFunction<String, String> lexical = texts::guarded;
    // Exact scores compare texts, which is most of the cost on a big page. A candidate's upper bound compares none;
    // candidates are scored exactly in falling order of their bound until no bound left can reach the head (the
    // EXACT_HEAD best scores so far). The others cannot rank where the rules look, so they are never scored.
    double[] bounds = new double[candidates.size()];
    for (int i = 0; i < bounds.length; i++) {
      bounds[i] = scorer.upperBound(candidates.get(i));
    }
    Integer[] order = new Integer[bounds.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> Double.compare(bounds[b], bounds[a]));
    PriorityQueue<Double> head = new PriorityQueue<>();
    List<Scored> scored = new ArrayList<>();
    double cutoff = Double.NEGATIVE_INFINITY;
    for (int i : order) {
      if (head.size() == EXACT_HEAD && bounds[i] < head.peek()) {
        cutoff = head.peek();
        break;
      }
      Scored s = new Scored(i, candidates.get(i), scorer.score(candidates.get(i), lexical));
      scored.add(s);
      head.add(s.score());
      if (head.size() > EXACT_HEAD) {
        head.poll();
      }
    }
    HealingRules rules = rank(scorer, texts, scored);
    HealingDecision decision = rules.decide(baseline, scored, rejected);
    if (rules.lowestConsulted() >= cutoff) {
      return decision;
    }
    // The rules looked past the head (every candidate there was ruled out): score them all and decide again.
    List<Scored> all = new ArrayList<>(candidates.size());
    for (int i = 0; i < candidates.size(); i++) {
      all.add(new Scored(i, candidates.get(i), scorer.score(candidates.get(i), lexical)));
    }
    return rank(scorer, texts, all).decide(baseline, all, rejected);
  }

  /** Sorts by score (ties in candidate order), re-scores the best few semantically, and returns fresh rules. */
  private HealingRules rank(FeatureScorer scorer, TextCache texts, List<Scored> scored) {
    scored.sort(BY_SCORE.thenComparingInt(s -> s.index));
    if (policy.embeddings() && !scored.isEmpty()) {
      rescoreSemantically(scorer, scored);
    }
    return new HealingRules(policy, texts);
  }

  private void rescoreSemantically(FeatureScorer scorer, List<Scored> scored) {
    List<Scored> top = scored.subList(0, Math.min(SEMANTIC_TOP, scored.size()));
    // A dry run of the semantic scores collects the texts they will ask the model about, for one batch: texts that
    // are empty, opposite or lexically near-equal are settled without the model, and a candidate's text that the
    // baseline has no counterpart for is never compared, so neither is worth an embedding (about a millisecond each).
    List<String> asked = new ArrayList<>();
    for (Scored s : top) {
      scorer.score(s.element, (a, b) -> {
        if (text.needsModel(a, b)) {
          asked.add(a);
          asked.add(b);
        }
        return 0;
      });
    }
    text.prefetch(asked);
    for (Scored s : top) {
      FeatureScorer.Breakdown semantic = scorer.score(s.element, text::similarity);
      if (semantic.score() > s.breakdown.score()) {
        s.breakdown = semantic;
      }
    }
    scored.sort(BY_SCORE);
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
