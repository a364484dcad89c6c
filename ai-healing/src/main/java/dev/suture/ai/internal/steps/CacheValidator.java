package dev.suture.ai.internal.steps;

import dev.suture.ai.HealingEngine;
import dev.suture.ai.PlannedStep;
import dev.suture.core.ElementFingerprint;
import dev.suture.core.HealingDecision;
import dev.suture.core.PageSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks that a cached step's element is still there and still the same element; when it is not, heals it with the
 * healing engine (a cached element heals like any locator). Returns null when the cache no longer fits, so that the
 * instruction is resolved again.
 */
final class CacheValidator {
  private static final Logger LOG = LoggerFactory.getLogger(CacheValidator.class);

  List<PlannedStep> validate(List<PlannedStep> cached, PageSnapshot snapshot, boolean healing) {
    SnapshotIndex index = new SnapshotIndex(snapshot);
    List<PlannedStep> out = new ArrayList<>();
    for (PlannedStep step : cached) {
      if (step.target() == null || step.action() == dev.suture.ai.StepAction.EXPECT_COUNT) {
        out.add(step);
        continue;
      }
      ElementFingerprint found = find(step.locator(), index);
      if (found != null && same(step.target(), found)) {
        out.add(step);
        continue;
      }
      if (!healing) {
        return null;
      }
      HealingDecision decision = HealingEngine.create().decide(step.target(), snapshot.elements());
      if (!decision.heal()) {
        LOG.debug("Cached step \"{}\" does not heal: {}", step.instruction(), decision.reason());
        return null;
      }
      ElementFingerprint healed = decision.best().element();
      LOG.info("Step \"{}\": cached element {} healed to {} (score {})", step.instruction(), step.locator(),
          healed.describe(), String.format("%.2f", decision.best().score()));
      out.add(new PlannedStep(step.instruction(), step.action(), Locators.exec(healed, index),
          Locators.describe(healed, index), step.value(), healed, decision.best().score(), "healed"));
    }
    return out;
  }

  private static ElementFingerprint find(String locator, SnapshotIndex index) {
    if (locator == null) {
      return null;
    }
    for (ElementFingerprint e : index.elements) {
      boolean match = locator.startsWith("#") ? locator.substring(1).equals(e.id()) && index.uniqueId(e.id())
          : locator.equals(e.selector());
      if (match) {
        return e;
      }
    }
    return null;
  }

  /** The same element: same tag and role, and the same id or the same name (texts of values may change). */
  private static boolean same(ElementFingerprint cached, ElementFingerprint now) {
    if (!Objects.equals(cached.tag(), now.tag()) || !Objects.equals(cached.role(), now.role())) {
      return false;
    }
    if (cached.id() != null && cached.id().equals(now.id())) {
      return true;
    }
    return Words.normalized(name(cached)).equals(Words.normalized(name(now)));
  }

  private static String name(ElementFingerprint e) {
    for (String candidate : new String[]{e.accessibleName(), e.labelText(), e.placeholder(), e.text(), e.name()}) {
      if (candidate != null && !candidate.isBlank()) {
        return candidate;
      }
    }
    return "";
  }
}
