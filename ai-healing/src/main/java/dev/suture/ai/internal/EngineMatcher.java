package dev.suture.ai.internal;

import dev.suture.ai.HealingEngine;
import dev.suture.core.ElementFingerprint;
import dev.suture.core.HealingDecision;
import dev.suture.core.spi.ElementMatcher;

import java.util.List;

/** The {@link ElementMatcher} service that sdk-core finds through ServiceLoader: the default engine. */
public final class EngineMatcher implements ElementMatcher {
  private final HealingEngine engine = HealingEngine.create();

  @Override
  public HealingDecision decide(ElementFingerprint baseline, List<ElementFingerprint> candidates,
                                List<ElementFingerprint> rejected) {
    return engine.decide(baseline, candidates, rejected);
  }
}
