package dev.suture.core.reporting;

import dev.suture.core.PlatformReporter;
import dev.suture.core.ReportingConfig;
import dev.suture.core.ReportingOutcome;
import dev.suture.core.RunSummary;
import dev.suture.core.platform.FaultProxy;
import dev.suture.core.platform.TestPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform misbehaves (through a TCP proxy on 127.0.0.1 and injected answers): tests never wait for it, the end
 * of a run waits no longer than its bound, and after recovery every event is on the platform exactly once.
 */
class ReporterFaultTest {
  /**
   * What one test may spend reporting: an append to the outbox file, never a network wait. The slow platform
   * answers after 30 s and the client waits 20 s for it, so an append that waited on the network would take 20 s;
   * the bounds leave a loaded 2-core machine (where a thread can stall for seconds) far more than it needs.
   */
  private static final Duration SLOWEST_APPEND = Duration.ofSeconds(10);
  private static final Duration MEDIAN_APPEND = Duration.ofMillis(50);
  /** A finish with a bound of 1 to 1.5 s; an unbounded one would wait for the network (20 s) or retry forever. */
  private static final Duration BOUNDED_FINISH = Duration.ofSeconds(10);

  @TempDir
  Path dir;
  TestPlatform platform;
  FaultProxy proxy;
  Path outbox;

  @BeforeEach
  void start() throws IOException {
    platform = TestPlatform.start(Fixtures.KEY);
    proxy = FaultProxy.to(platform.port());
    outbox = dir.resolve("outbox");
  }

  @AfterEach
  void stop() throws IOException {
    proxy.close();
    platform.close();
  }

  @Test
  void platformDownForTheWholeRunThenTheNextRunSendsEverything() throws IOException {
    proxy.mode(FaultProxy.Mode.DOWN);
    Run first = run(20, 1_000);
    assertThat(first.outcome.pending()).isEqualTo(22);
    assertThat(first.outcome.runUrl()).isNull();
    assertThat(first.outcome.line()).contains("22 of 22 events not yet on the platform");
    assertThat(first.finishTook).isLessThan(BOUNDED_FINISH);
    assertThat(Files.exists(first.outcome.outboxDir().resolve("events.log"))).isTrue();

    proxy.mode(FaultProxy.Mode.UP);
    Run second = run(5, 10_000);
    assertThat(second.outcome.pending()).isZero();
    awaitEvents(22 + 7);
    assertExactlyOnce(22 + 7);
    awaitGone(first.outcome.outboxDir());
  }

  @Test
  void platformDownMidRunAndBack() throws IOException {
    ReportingConfig config = Fixtures.config(proxy.url(), outbox, 15_000);
    List<Long> appends = new ArrayList<>();
    ReportingOutcome outcome;
    try (PlatformReporter reporter = PlatformReporter.start(config, Fixtures.CI, "flaky network")) {
      for (int i = 0; i < 30; i++) {
        if (i == 10) {
          proxy.mode(FaultProxy.Mode.DOWN);
        } else if (i == 20) {
          proxy.mode(FaultProxy.Mode.UP);
        }
        long start = System.nanoTime();
        reporter.testFinished(Fixtures.passed("t" + i), dir);
        appends.add(System.nanoTime() - start);
        sleep(20);
      }
      outcome = reporter.finish(new RunSummary(30, 30, 0, 0, 0));
    }
    assertAppendsBounded(appends);
    assertThat(outcome.pending()).isZero();
    assertExactlyOnce(32);
  }

  @Test
  void serverErrorsAreRetriedUntilTheyStop() {
    platform.failNextBatches(4, 500, -1);
    Run run = run(10, 15_000);
    assertThat(run.outcome.pending()).isZero();
    assertThat(platform.failedRequests()).isEqualTo(4);
    assertExactlyOnce(12);
  }

  @Test
  void rateLimitingHonoursRetryAfter() {
    platform.failNextBatches(1, 429, 1);
    long start = System.nanoTime();
    Run run = run(3, 15_000);
    assertThat(run.outcome.pending()).isZero();
    // Backoff alone would retry after 100-200 ms; the server asked for a second.
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    assertExactlyOnce(5);
  }

  @Test
  void aSlowPlatformNeitherSlowsTheTestsNorHoldsTheRunPastItsBound() throws IOException {
    proxy.slowMillis(30_000);
    proxy.mode(FaultProxy.Mode.SLOW);
    Run slow = run(15, 1_500, ReportingConfig.HTTP_TIMEOUT, "20000");
    assertAppendsBounded(slow.appends);
    assertThat(slow.finishTook).isLessThan(BOUNDED_FINISH);
    assertThat(slow.outcome.pending()).isPositive();

    // Requests that timed out on the client may still have reached the server: sending again duplicates nothing.
    proxy.mode(FaultProxy.Mode.UP);
    Run next = run(1, 10_000);
    assertThat(next.outcome.pending()).isZero();
    awaitEvents(17 + 3);
    assertExactlyOnce(17 + 3);
  }

  @Test
  void connectionResetsAreRetried() throws IOException {
    proxy.mode(FaultProxy.Mode.RESET);
    ReportingConfig config = Fixtures.config(proxy.url(), outbox, 15_000);
    ReportingOutcome outcome;
    try (PlatformReporter reporter = PlatformReporter.start(config, Fixtures.CI, "resets")) {
      for (int i = 0; i < 10; i++) {
        reporter.testFinished(Fixtures.passed("t" + i), dir);
      }
      sleep(800);
      assertThat(platform.events()).isEmpty();
      proxy.mode(FaultProxy.Mode.UP);
      outcome = reporter.finish(new RunSummary(10, 10, 0, 0, 0));
    }
    assertThat(outcome.pending()).isZero();
    assertExactlyOnce(12);
  }

  private record Run(ReportingOutcome outcome, List<Long> appends, Duration finishTook) {
  }

  private static void assertAppendsBounded(List<Long> appendNanos) {
    List<Long> sorted = appendNanos.stream().sorted().toList();
    assertThat(Duration.ofNanos(sorted.get(sorted.size() - 1))).isLessThan(SLOWEST_APPEND);
    assertThat(Duration.ofNanos(sorted.get(sorted.size() / 2))).isLessThan(MEDIAN_APPEND);
  }

  private Run run(int tests, long finishWaitMs, String... settings) {
    ReportingConfig config = Fixtures.config(proxy.url(), outbox, finishWaitMs, settings);
    List<Long> appends = new ArrayList<>();
    try (PlatformReporter reporter = PlatformReporter.start(config, Fixtures.CI, "run")) {
      for (int i = 0; i < tests; i++) {
        long start = System.nanoTime();
        reporter.testFinished(Fixtures.passed("t" + i), dir);
        appends.add(System.nanoTime() - start);
      }
      long start = System.nanoTime();
      ReportingOutcome outcome = reporter.finish(new RunSummary(tests, tests, 0, 0, 0));
      return new Run(outcome, appends, Duration.ofNanos(System.nanoTime() - start));
    }
  }

  private void assertExactlyOnce(int events) {
    assertThat(platform.events()).hasSize(events);
    assertThat(platform.duplicatedTests()).isZero();
  }

  /** Leftovers of earlier runs go out in the background, after the live run's own events. */
  private void awaitEvents(int count) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (platform.events().size() < count && System.nanoTime() < deadline) {
      sleep(20);
    }
  }

  private static void awaitGone(Path path) {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (Files.exists(path) && System.nanoTime() < deadline) {
      sleep(20);
    }
    assertThat(path).doesNotExist();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
