package dev.suture.junit;

import dev.suture.core.RunReport;
import dev.suture.core.RunResult;
import dev.suture.core.RunSummary;
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
 * closes the root store at the end of the run.
 */
final class RunRecorder implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RunRecorder.class);

  private final String runId = UUID.randomUUID().toString();
  private final Instant startedAt = Instant.now();
  private final Path outputDir;
  /** Keyed by JUnit's unique id, in finishing order, so a later verdict on a test replaces the earlier one. */
  private final Map<String, TestResult> results = new ConcurrentHashMap<>();
  private final List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());

  RunRecorder(Path outputDir) {
    this.outputDir = outputDir;
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
  }
}
