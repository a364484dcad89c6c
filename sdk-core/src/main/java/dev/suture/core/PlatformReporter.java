package dev.suture.core;

import dev.suture.core.internal.reporting.DefaultPlatformReporter;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Reports one test run to the Suture platform without ever failing or slowing the tests.
 *
 * <p>Every event is first appended to a durable outbox (one directory per run under
 * {@link ReportingConfig#outboxDir()}, each record forced to disk), then sent in batches by a background thread,
 * with retries (exponential backoff with jitter, {@code Retry-After} honoured) on I/O errors, 429 and 5xx answers;
 * each event carries an id, so no retry duplicates anything. At {@link #finish(RunSummary)} the run waits at most
 * {@link ReportingConfig#finishWait()}; what is not on the platform by then stays in the outbox and is sent by the
 * next run (leftovers of earlier runs are sent in the background by every run) or by the flush command.
 *
 * <pre>{@code
 * Settings settings = Settings.load(Map.of());
 * ReportingConfig config = ReportingConfig.from(settings);
 * if (config.enabled()) {
 *   try (PlatformReporter reporter = PlatformReporter.start(config, () -> CiInfo.detect(settings), "nightly")) {
 *     reporter.testFinished(result, outputDir);          // returns after the local append, never throws
 *     System.out.println(reporter.finish(summary).line()); // waits at most suture.reporting.finish-wait
 *   }
 * }
 * }</pre>
 */
public interface PlatformReporter extends AutoCloseable {
  /**
   * Starts reporting a new run: creates its outbox directory, records {@code run.started}, starts sending, and
   * fetches the team's healing baselines in the background.
   *
   * @throws IllegalArgumentException when the configuration has no server URL or API key
   * @throws SutureException when the outbox directory cannot be created
   */
  static PlatformReporter start(ReportingConfig config, CiInfo ci, String runName) {
    return start(config, () -> ci, runName);
  }

  /**
   * As {@link #start(ReportingConfig, CiInfo, String)}, detecting the CI metadata (which may run {@code git}) on the
   * reporter's start-up thread rather than the caller's: {@code PlatformReporter.start(config, () ->
   * CiInfo.detect(settings), name)}. Only the outbox directory is created before this returns.
   */
  static PlatformReporter start(ReportingConfig config, java.util.function.Supplier<CiInfo> ci, String runName) {
    if (!config.enabled()) {
      throw new IllegalArgumentException("Reporting needs " + ReportingConfig.SERVER_URL + " and "
          + ReportingConfig.API_KEY + "; check ReportingConfig.enabled() first");
    }
    return DefaultPlatformReporter.start(config, ci, runName);
  }

  /** The run's id on the platform. */
  String runId();

  /**
   * Records a finished test: appends it (and links its artifacts, which live under {@code outputDir}) to the
   * outbox and returns. Never throws: a failure to write the outbox is logged once.
   */
  void testFinished(TestResult result, Path outputDir);

  /**
   * The team's healing baselines, waiting at most {@code maxWait} for the platform's answer; the last fetched copy
   * when the platform cannot be reached, else none.
   */
  HealingBaselines healingBaselines(Duration maxWait);

  /**
   * Records {@code run.finished}, waits at most the configured bound for the platform, stops sending and says how
   * it went. Never throws.
   */
  ReportingOutcome finish(RunSummary summary);

  /** Stops sending at once; unsent events stay in the outbox. */
  @Override
  void close();
}
