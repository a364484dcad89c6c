package dev.suture.core.internal.reporting;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Delays between attempts: exponential from {@code base} up to {@code max}, with jitter (a random point in the
 * upper half), so many clients that lost the server together do not come back in lockstep. A {@code Retry-After}
 * from the server wins, capped by {@code max} so a confused server cannot park the client for hours.
 */
record Backoff(Duration base, Duration max) {
  static final Backoff DEFAULT = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(30));

  Duration delay(int attempt, Duration retryAfter) {
    if (retryAfter != null) {
      return retryAfter.compareTo(max) > 0 ? max : retryAfter;
    }
    long ceiling = Math.min(max.toMillis(), base.toMillis() << Math.min(attempt, 20));
    long half = ceiling / 2;
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
  }
}
