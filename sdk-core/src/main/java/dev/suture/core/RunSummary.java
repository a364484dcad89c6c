package dev.suture.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * Counts over a run's tests.
 *
 * @param total   every test
 * @param passed  tests that passed
 * @param failed  tests that failed
 * @param skipped tests that were disabled or skipped
 * @param aborted tests aborted by a failed assumption
 */
@JsonPropertyOrder({"total", "passed", "failed", "skipped", "aborted"})
public record RunSummary(int total, int passed, int failed, int skipped, int aborted) {
  /** Counts the given tests. */
  public static RunSummary of(List<TestResult> tests) {
    int[] counts = new int[TestStatus.values().length];
    tests.forEach(test -> counts[test.status().ordinal()]++);
    return new RunSummary(tests.size(), counts[TestStatus.PASSED.ordinal()], counts[TestStatus.FAILED.ordinal()],
        counts[TestStatus.SKIPPED.ordinal()], counts[TestStatus.ABORTED.ordinal()]);
  }
}
