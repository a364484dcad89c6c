package dev.suture.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;
import java.util.List;

/**
 * A whole test run, as written to {@code results.json}. The JSON form is stable: fields are only ever added, and
 * {@link #schemaVersion} changes when a field changes meaning.
 *
 * @param schemaVersion the version of this JSON form, currently {@value #SCHEMA_VERSION}
 * @param runId         a unique identifier of the run
 * @param startedAt     when the first test started
 * @param finishedAt    when the run ended
 * @param summary       counts over the tests
 * @param tests         every test, in the order they finished
 */
@JsonPropertyOrder({"schemaVersion", "runId", "startedAt", "finishedAt", "summary", "tests"})
public record RunResult(int schemaVersion, String runId, Instant startedAt, Instant finishedAt, RunSummary summary,
                        List<TestResult> tests) {
  public static final int SCHEMA_VERSION = 1;

  public RunResult {
    tests = List.copyOf(tests);
  }

  /** A run of the given tests, with its summary computed. */
  public static RunResult of(String runId, Instant startedAt, Instant finishedAt, List<TestResult> tests) {
    return new RunResult(SCHEMA_VERSION, runId, startedAt, finishedAt, RunSummary.of(tests), tests);
  }
}
