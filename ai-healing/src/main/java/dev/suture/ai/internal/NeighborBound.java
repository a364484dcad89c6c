package dev.suture.ai.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The upper bound of the neighbour feature for one baseline, as {@link FeatureScorer} computes it with
 * {@link TextCache#lexicalBound}: the share of the baseline's neighbour texts that some candidate neighbour text may
 * match. Each distinct candidate text is compared with the baseline's neighbours once, into a bit mask; a candidate
 * then costs one look-up per neighbour instead of one comparison per pair, and neighbours were half of the bound pass.
 */
final class NeighborBound {
  /** Masks hold one bit per baseline neighbour; baselines with more are bounded pair by pair. */
  static final int MAX_NEIGHBORS = Long.SIZE;

  private final List<String> base;
  private final TextCache texts;
  private final Map<String, Long> masks = new HashMap<>();

  NeighborBound(List<String> base, TextCache texts) {
    if (base.size() > MAX_NEIGHBORS) {
      throw new IllegalArgumentException("at most " + MAX_NEIGHBORS + " neighbour texts, not " + base.size());
    }
    this.base = base;
    this.texts = texts;
  }

  /** Equals the pairwise bound: each baseline text counts 1 when some candidate text may match it, else 0. */
  double of(List<String> candidate) {
    if (candidate.isEmpty()) {
      return 0;
    }
    long matched = 0;
    for (String text : candidate) {
      matched |= masks.computeIfAbsent(text, this::mask);
    }
    return (double) Long.bitCount(matched) / Math.max(base.size(), candidate.size());
  }

  private long mask(String candidateText) {
    long mask = 0;
    for (int i = 0; i < base.size(); i++) {
      if (texts.lexicalBound(base.get(i), candidateText) >= 1) {
        mask |= 1L << i;
      }
    }
    return mask;
  }
}
