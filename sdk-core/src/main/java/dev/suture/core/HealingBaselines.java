package dev.suture.core;

import java.util.List;
import java.util.Optional;

/**
 * What a team has decided about healing, shared through the platform: the accepted baselines (the element each
 * locator is known to mean) and the heals people rejected. Fetched at the start of a run when reporting is
 * configured (see {@link PlatformReporter#healingBaselines(java.time.Duration)}) and handed to the healer through
 * {@link HealingOptions#team()}. When a locator breaks, the healer merges them with the test's local baselines
 * ({@code .suture/baselines/}) by one rule: the team's accepted heal of the locator, when it carries a fingerprint, is
 * the baseline (a person's verdict outweighs what one machine last saw), else the local baseline (or, when that came
 * from a heal the team rejected, the element before it); the elements never healed to are the union of the local
 * rejections and the team's. Locators are matched as the test wrote them, on any page.
 */
public interface HealingBaselines {
  /**
   * A locator and the element it is known to mean.
   *
   * @param locator     the locator as the test wrote it
   * @param fingerprint the element's accepted fingerprint
   */
  record Accepted(String locator, ElementFingerprint fingerprint) {
  }

  /**
   * A heal that a person rejected: the engine must not heal {@code locator} to {@code healedTo} again.
   *
   * @param locator  the locator as the test wrote it
   * @param healedTo the replacement that was rejected
   */
  record Rejected(String locator, String healedTo) {
  }

  /** Every accepted baseline. */
  List<Accepted> accepted();

  /** Every rejected heal. */
  List<Rejected> rejected();

  /** Where these came from: "platform", "cache (platform unreachable)" or "none". */
  String source();

  /**
   * The accepted fingerprint of a locator, if the team has one. An accepted heal recorded without its element's
   * fingerprint (by an older SDK or worker) names no element, so it is no baseline.
   */
  default Optional<ElementFingerprint> baseline(String locator) {
    return accepted().stream().filter(a -> a.locator().equals(locator) && a.fingerprint() != null)
        .map(Accepted::fingerprint).findFirst();
  }

  /** Whether healing {@code locator} to {@code healedTo} was rejected. */
  default boolean isRejected(String locator, String healedTo) {
    return rejected().stream().anyMatch(r -> r.locator().equals(locator) && r.healedTo().equals(healedTo));
  }

  /** No baselines and no rejections. */
  static HealingBaselines none() {
    return new HealingBaselines() {
      @Override
      public List<Accepted> accepted() {
        return List.of();
      }

      @Override
      public List<Rejected> rejected() {
        return List.of();
      }

      @Override
      public String source() {
        return "none";
      }
    };
  }
}
