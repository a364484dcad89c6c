package dev.suture.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A generated year of CI history, as SDK ingest batches: projects with ten suites each, suites of ten tests of
 * ten steps, runs spread evenly over the year. About 90% of tests pass; each suite has one flaky test (its
 * verdict flips on the same commit, sometimes passing on a retry), commits change every few runs, and one test
 * in a hundred reports a heal. Deterministic for a seed.
 */
final class PlatformHistory {
  static final int SUITES_PER_PROJECT = 10;
  static final int TESTS_PER_RUN = 10;
  static final int STEPS_PER_TEST = 10;
  static final int RUNS_PER_BATCH = 10;

  private final int projects;
  private final int runsPerProject;
  private final Instant start;

  PlatformHistory(int projects, long totalSteps, Instant end) {
    this.projects = projects;
    this.runsPerProject = (int) Math.max(1, totalSteps / ((long) projects * TESTS_PER_RUN * STEPS_PER_TEST));
    this.start = end.minus(Duration.ofDays(365));
  }

  int batchesPerProject() {
    return (runsPerProject + RUNS_PER_BATCH - 1) / RUNS_PER_BATCH;
  }

  long stepsPerBatch() {
    return (long) RUNS_PER_BATCH * TESTS_PER_RUN * STEPS_PER_TEST;
  }

  long totalSteps() {
    return (long) projects * runsPerProject * TESTS_PER_RUN * STEPS_PER_TEST;
  }

  /** Batch {@code b} of project {@code p}: up to ten whole runs, 12 events each. */
  Map<String, Object> batch(int p, int b) {
    SplittableRandom random = new SplittableRandom(p * 1_000_003L + b); // per batch: workers generate in parallel
    List<Object> events = new ArrayList<>();
    long span = Duration.ofDays(365).toSeconds();
    for (int r = b * RUNS_PER_BATCH; r < Math.min(runsPerProject, (b + 1) * RUNS_PER_BATCH); r++) {
      int suite = r % SUITES_PER_PROJECT;
      Instant at = start.plusSeconds(span * r / runsPerProject + p * 37L);
      String runId = UUID.randomUUID().toString();
      String commit = "p" + p + "s" + suite + "c" + (r / SUITES_PER_PROJECT / 3);
      events.add(Map.of("eventId", UUID.randomUUID().toString(), "type", "run.started", "runId", runId,
          "at", at.toString(), "run", Map.of("name", "mvn verify", "suite", "suite-" + suite,
              "ci", Map.of("provider", "github", "commit", commit, "branch", r % 5 == 0 ? "feature" : "main"))));
      int failed = 0;
      for (int t = 0; t < TESTS_PER_RUN; t++) {
        Map<String, Object> test = test(random, suite, t, at.plusSeconds(1 + t * 3L));
        failed += test.get("status").equals("FAILED") ? 1 : 0;
        events.add(Map.of("eventId", UUID.randomUUID().toString(), "type", "test.finished", "runId", runId,
            "at", at.plusSeconds(3 + t * 3L).toString(), "test", test));
      }
      events.add(Map.of("eventId", UUID.randomUUID().toString(), "type", "run.finished", "runId", runId,
          "at", at.plusSeconds(60).toString(), "summary", Map.of("total", TESTS_PER_RUN,
              "passed", TESTS_PER_RUN - failed, "failed", failed, "skipped", 0, "aborted", 0)));
    }
    return Map.of("batchId", UUID.randomUUID().toString(), "events", events);
  }

  private static Map<String, Object> test(SplittableRandom random, int suite, int t, Instant startedAt) {
    String cls = "shop.Suite" + suite + "Test";
    String status;
    int attempt = 1;
    if (t == 3) { // the flaky one
      status = random.nextInt(4) == 0 ? "FAILED" : "PASSED";
      attempt = status.equals("PASSED") && random.nextInt(5) == 0 ? 2 : 1;
    } else {
      int roll = random.nextInt(100);
      status = roll < 92 ? "PASSED" : roll < 97 ? "FAILED" : "SKIPPED";
    }
    long duration = 200 + (long) (Math.abs(random.nextGaussian()) * 400) + t * 150L;
    List<Object> steps = new ArrayList<>(STEPS_PER_TEST);
    for (int s = 0; s < STEPS_PER_TEST; s++) {
      Map<String, Object> step = new HashMap<>();
      step.put("index", s);
      step.put("action", s % 3 == 0 ? "fill" : "click");
      step.put("target", "#field-" + s);
      step.put("value", s % 3 == 0 ? "value " + s : null);
      step.put("startedAt", startedAt.plusMillis(s * duration / STEPS_PER_TEST).toString());
      step.put("durationMs", duration / STEPS_PER_TEST);
      steps.add(step);
    }
    Map<String, Object> test = new HashMap<>();
    test.put("testId", UUID.randomUUID().toString());
    test.put("suite", cls);
    test.put("key", cls + "#test" + t + "(Page)");
    test.put("name", "test" + t + "(Page)");
    test.put("className", cls);
    test.put("methodName", "test" + t);
    test.put("status", status);
    test.put("startedAt", startedAt.toString());
    test.put("durationMs", duration);
    test.put("attempt", attempt);
    test.put("steps", steps);
    if (status.equals("FAILED")) {
      test.put("error", Map.of("type", "org.opentest4j.AssertionFailedError", "message",
          "expected: <3> but was: <2>", "stackTrace", "at " + cls + ".test" + t + "(" + cls + ".java:42)"));
    }
    if (random.nextInt(100) == 0) {
      test.put("healings", List.of(Map.of("locator", "#old-" + t, "healedTo", "getByRole(BUTTON, \"Go " + t + "\")",
          "score", 0.9, "runnerUp", 0.4, "decision", "HEALED")));
    }
    return test;
  }
}
