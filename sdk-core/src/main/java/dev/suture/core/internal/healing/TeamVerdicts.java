package dev.suture.core.internal.healing;

import dev.suture.core.ElementFingerprint;
import dev.suture.core.HealingBaselines;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a broken locator heals against: the test's local baseline ({@code .suture/baselines/}) merged with the team's
 * verdicts fetched from the platform, by one rule.
 *
 * <ul>
 *   <li><b>Baseline</b>: the heal of this locator that the team accepted on the platform, when it carries the
 *       healed element's fingerprint (a person's verdict outweighs what one machine last saw); else the local
 *       baseline, except that a local baseline left by a heal the team rejected falls back to the element before
 *       that heal.</li>
 *   <li><b>Never healed to</b>: the union of the local rejections (a {@code "rejected"} verdict in the baseline
 *       file) and the team's rejected heals of this locator (matched by the selector healed to).</li>
 * </ul>
 * The team's verdicts are asked for only here, when a locator has broken.
 */
final class TeamVerdicts {
  private final HealingBaselines team;

  TeamVerdicts(HealingBaselines team) {
    this.team = team;
  }

  /** Whether the team accepted a heal of this locator with its element's fingerprint. */
  boolean hasAccepted(String selector) {
    return team.baseline(selector).isPresent();
  }

  /** The element the locator is meant to find, or null when neither the team nor this test knows one. */
  ElementFingerprint baseline(String selector, BaselineStore.Entry local) {
    Optional<ElementFingerprint> accepted = team.baseline(selector);
    if (accepted.isPresent()) {
      return accepted.get();
    }
    if (local == null) {
      return null;
    }
    BaselineStore.Heal heal = local.heal();
    if (heal != null && heal.from() != null && team.isRejected(selector, heal.healedTo())) {
      return heal.from();
    }
    return local.fingerprint();
  }

  /** The elements of the page that must not be healed to: rejected here or by the team. */
  List<ElementFingerprint> rejected(String selector, BaselineStore.Entry local, List<ElementFingerprint> candidates) {
    List<ElementFingerprint> rejected = new ArrayList<>(local == null ? List.of() : local.rejected());
    Set<String> healedTo = team.rejected().stream().filter(r -> r.locator().equals(selector))
        .map(HealingBaselines.Rejected::healedTo).collect(Collectors.toSet());
    if (!healedTo.isEmpty()) {
      candidates.stream().filter(c -> healedTo.contains(c.selector())).forEach(rejected::add);
      if (local != null && local.heal() != null && healedTo.contains(local.heal().healedTo())) {
        rejected.add(local.heal().to());
      }
    }
    return rejected.stream().distinct().toList();
  }
}
