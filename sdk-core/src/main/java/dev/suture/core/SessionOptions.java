package dev.suture.core;

import java.nio.file.Path;

/**
 * How one test's browser session is set up and what it keeps.
 *
 * @param baseUrl             base URL for relative navigations, or null
 * @param viewport            the page's viewport
 * @param traceMode           when the Playwright trace is kept
 * @param traceSnapshots      whether the trace holds DOM snapshots around every action
 * @param screenshotMode      when a full-page screenshot is kept
 * @param outputDir           the run's output directory; artifact paths in results are relative to it
 * @param artifactDir         where this test's artifacts go, inside {@code outputDir}
 * @param actionTimeoutMs     default action timeout
 * @param navigationTimeoutMs default navigation timeout
 * @param title               a title for the trace, usually the test's name
 */
public record SessionOptions(String baseUrl, Viewport viewport, CaptureMode traceMode, boolean traceSnapshots,
                             CaptureMode screenshotMode, Path outputDir, Path artifactDir, int actionTimeoutMs,
                             int navigationTimeoutMs, String title) {
  /** Options taken from a configuration, for a test whose artifacts go to {@code artifactDir}. */
  public static SessionOptions of(SutureConfig config, Path artifactDir, String title) {
    return new SessionOptions(config.baseUrl(), config.viewport(), config.traceMode(), config.traceSnapshots(),
        config.screenshotMode(), config.outputDir(), artifactDir, config.actionTimeoutMs(),
        config.navigationTimeoutMs(), title);
  }
}
