package dev.suture.junit;

import dev.suture.core.HealingBaselines;
import dev.suture.core.PlatformReporter;

import java.time.Duration;
import java.util.List;

/**
 * The team's healing verdicts of a reported run, asked of the reporter the first time a locator breaks (the fetch
 * itself starts with the run, in the background), so a run that heals nothing never waits for them. A broken locator
 * waits at most {@link #MAX_WAIT} for the platform; after that it heals with the local baselines only.
 */
final class TeamBaselines implements HealingBaselines {
  static final Duration MAX_WAIT = Duration.ofSeconds(3);

  private final PlatformReporter reporter;
  private volatile HealingBaselines fetched;

  TeamBaselines(PlatformReporter reporter) {
    this.reporter = reporter;
  }

  private HealingBaselines fetched() {
    HealingBaselines current = fetched;
    if (current == null) {
      synchronized (this) {
        if (fetched == null) {
          fetched = reporter.healingBaselines(MAX_WAIT);
        }
        current = fetched;
      }
    }
    return current;
  }

  @Override
  public List<Accepted> accepted() {
    return fetched().accepted();
  }

  @Override
  public List<Rejected> rejected() {
    return fetched().rejected();
  }

  @Override
  public String source() {
    return fetched().source();
  }
}
