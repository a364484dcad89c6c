package dev.suture.ai;

/**
 * When the healing engine acts: the best candidate must score at least {@code threshold} and beat the runner-up by
 * at least {@code margin}. The defaults were tuned on the healing benchmark's corpus (see benchmarks/README.md) to
 * keep wrong heals under 1%.
 *
 * @param threshold  minimum score of the element healed to, 0 to 1
 * @param margin     minimum lead over the runner-up
 * @param embeddings whether texts are also compared by the in-process embedding model (rewordings such as "Log in"
 *                   to "Sign in"); lexical measures only when false
 */
public record HealingPolicy(double threshold, double margin, boolean embeddings) {
  public static final double DEFAULT_THRESHOLD = 0.6;
  public static final double DEFAULT_MARGIN = 0.1;

  public HealingPolicy {
    if (threshold <= 0 || threshold > 1 || margin < 0 || margin >= 1) {
      throw new IllegalArgumentException("HealingPolicy needs 0 < threshold <= 1 and 0 <= margin < 1, got threshold "
          + threshold + " and margin " + margin);
    }
  }

  /** The tuned defaults, with embeddings. */
  public static HealingPolicy defaults() {
    return new HealingPolicy(DEFAULT_THRESHOLD, DEFAULT_MARGIN, true);
  }
}
