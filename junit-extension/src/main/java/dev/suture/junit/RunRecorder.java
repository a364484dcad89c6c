package dev.suture.junit;

import dev.suture.core.CiInfo;
import dev.suture.core.HealingBaselines;
import dev.suture.core.PlatformReporter;
import dev.suture.core.ReportingConfig;
import dev.suture.core.RunReport;
import dev.suture.core.RunResult;
import dev.suture.core.RunSummary;
import dev.suture.core.Settings;
import dev.suture.core.TestResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Collects every test's result during a run and writes {@code results.json} and {@code report.html} when JUnit
 * closes the root store at the end of the run. With {@code suture.server.url} and {@code suture.server.api-key}
 * set, it also reports each test to the platform as its verdict is final (see {@link PlatformReporter}); without
 * them nothing is attempted.
 */
final class RunRecorder implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RunRecorder.class);

  private final String runId;
  private final Instant startedAt = Instant.now();
  private final Path outputDir;
  /** Null when reporting is not configured (or could not start, which never fails a test). */
  private final PlatformReporter reporter;
  private final java.util.Set<String> published = ConcurrentHashMap.newKeySet();
  /** Keyed by JUnit's unique id, in finishing order, so a later verdict on a test replaces the earlier one. */
  private final Map<String, TestResult> results = new ConcurrentHashMap<>();
  private final List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());
  private final HealingBaselines team;

  RunRecorder(Path outputDir) {
    this.outputDir = outputDir;
    this.reporter = startReporter();
    this.runId = reporter != null ? reporter.runId() : UUID.randomUUID().toString();
    this.team = reporter != null ? new TeamBaselines(reporter) : HealingBaselines.none();
  }

  /** The team's healing verdicts from the platform (fetched when a locator first breaks), or none. */
  HealingBaselines team() {
    return team;
  }

  private static PlatformReporter startReporter() {
    try {
      Settings settings = Settings.load(Map.of());
      ReportingConfig config = ReportingConfig.from(settings);
      if (!config.enabled()) {
        return null;
      }
      String name = config.runName() != null ? config.runName()
          : "tests of " + Path.of("").toAbsolutePath().getFileName();
      // CI detection may run git: it happens on the reporter's start-up thread, not in the first test.
      return PlatformReporter.start(config, () -> CiInfo.detect(settings), name);
    } catch (RuntimeException e) {
      LOG.warn("Suture does not report this run to the platform: {}", e.getMessage());
      return null;
    }
  }

  /** Sends a test's final result to the platform, once; called when JUnit's verdict on it is final. */
  void publish(String uniqueId) {
    TestResult result = results.get(uniqueId);
    if (reporter != null && result != null && published.add(uniqueId)) {
      reporter.testFinished(result, outputDir);
    }
  }

  void record(String uniqueId, TestResult result) {
    if (results.put(uniqueId, result) == null) {
      order.add(uniqueId);
    }
  }

  TestResult get(String uniqueId) {
    return results.get(uniqueId);
  }

  @Override
  public void close() {
    List<TestResult> tests;
    synchronized (order) {
      tests = order.stream().map(results::get).toList();
    }
    RunResult run = RunResult.of(runId, startedAt, Instant.now(), tests);
    try {
      Path report = RunReport.write(run, outputDir).toAbsolutePath();
      RunSummary summary = run.summary();
      // Printed, not only logged: this line is how a developer running mvn test finds the report.
      System.out.printf("Suture: %d tests, %d passed, %d failed, %d skipped. Report: %s%n", summary.total(),
          summary.passed(), summary.failed(), summary.skipped() + summary.aborted(), report);
    } catch (RuntimeException e) {
      LOG.warn("Suture could not write its report into {}: {}", outputDir.toAbsolutePath(), e.getMessage());
    }
    if (reporter != null) {
      // Waits at most suture.reporting.finish-wait; what is not sent by then stays in the outbox.
      System.out.println(reporter.finish(run.summary()).line());
    }
  }
}
