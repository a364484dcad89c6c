package dev.suture.ai;

import dev.suture.ai.internal.ScoringEngine;
import dev.suture.ai.internal.SharedModels;
import dev.suture.core.ElementFingerprint;
import dev.suture.core.HealingDecision;
import dev.suture.core.spi.ElementMatcher;

import java.util.List;

/**
 * Finds the element a broken locator meant, in pure Java: scores every candidate fingerprint against the baseline
 * (about twenty attributes, with text compared lexically and by in-process embeddings), and heals only when the best
 * candidate is visible, enabled when the baseline was, not of opposite meaning ("Log out" for "Log in"), above the
 * threshold, and clearly ahead of the runner-up. Otherwise it refuses and says why.
 *
 * <pre>{@code
 * HealingDecision decision = HealingEngine.create().decide(baseline, PageSnapshot.capture(page).elements());
 * if (decision.heal()) {
 *   page.locator(decision.best().element().selector()).click();
 * }
 * }</pre>
 */
public interface HealingEngine extends ElementMatcher {
  /** An engine with the default policy. */
  static HealingEngine create() {
    return create(HealingPolicy.defaults());
  }

  static HealingEngine create(HealingPolicy policy) {
    return new ScoringEngine(policy, SharedModels.TEXT);
  }

  /** Ranks the candidates against the baseline and decides, with no rejected heals. */
  default HealingDecision decide(ElementFingerprint baseline, List<ElementFingerprint> candidates) {
    return decide(baseline, candidates, List.of());
  }
}
