package dev.suture.core.spi;

import dev.suture.core.ElementFingerprint;
import dev.suture.core.HealingDecision;

import java.util.List;

/**
 * Decides which element of a page a broken locator meant. Implemented by the {@code ai-healing} module and found
 * through {@link java.util.ServiceLoader}; without an implementation on the class path, locators never heal.
 *
 * <p>Implementations are thread-safe, need no browser, and refuse when unsure: a wrong heal is worse than a failure.
 */
public interface ElementMatcher {
  /**
   * Ranks every candidate against the baseline and decides whether to heal.
   *
   * @param baseline   the element as it was the last time the locator matched
   * @param candidates every element of the page now
   * @param rejected   elements a user said must never be healed to (matched by their fingerprints)
   */
  HealingDecision decide(ElementFingerprint baseline, List<ElementFingerprint> candidates,
                         List<ElementFingerprint> rejected);
}
