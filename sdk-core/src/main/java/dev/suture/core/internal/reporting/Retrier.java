package dev.suture.core.internal.reporting;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Repeats a call with {@link Backoff} while its answers are retryable, until it succeeds, fails for good, or the
 * reporter stops. Stopping wakes every waiting retrier at once, so stopping never waits out a backoff.
 */
final class Retrier {
  private final Backoff backoff;
  private final CountDownLatch stopped = new CountDownLatch(1);

  Retrier(Backoff backoff) {
    this.backoff = backoff;
  }

  /** The first answer that is not retryable, or the last retryable one when stopped meanwhile. */
  HttpAnswer call(String what, Supplier<HttpAnswer> attempt, RetryListener listener) {
    for (int n = 0; ; n++) {
      HttpAnswer answer = attempt.get();
      if (!answer.retryable() || isStopped()) {
        return answer;
      }
      Duration delay = backoff.delay(n, answer.retryAfter());
      listener.retrying(what, answer, n + 1, delay);
      if (sleep(delay)) {
        return answer;
      }
    }
  }

  /** Sleeps, returning true when woken because the reporter stopped. */
  boolean sleep(Duration delay) {
    try {
      return stopped.await(delay.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }

  void stop() {
    stopped.countDown();
  }

  boolean isStopped() {
    return stopped.getCount() == 0;
  }

  /** Told of each retry, to log the first of a kind and count them. */
  interface RetryListener {
    void retrying(String what, HttpAnswer answer, int attempt, Duration delay);
  }
}
