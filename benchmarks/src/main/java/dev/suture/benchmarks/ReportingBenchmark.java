package dev.suture.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.suture.core.ActionResult;
import dev.suture.core.CiInfo;
import dev.suture.core.PlatformReporter;
import dev.suture.core.ReportingConfig;
import dev.suture.core.ReportingOutcome;
import dev.suture.core.RunSummary;
import dev.suture.core.Settings;
import dev.suture.core.SutureConfig;
import dev.suture.core.TestResult;
import dev.suture.core.TestStatus;
import dev.suture.core.platform.TestPlatform;
import dev.suture.samples.bookshop.Bookshop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What reporting to the platform costs and whether it loses or duplicates anything. Part one runs the sample suite
 * through {@code @WebTest} with reporting on and off, alternating which goes first, against a local server that
 * speaks the ingest contract; part two pushes a synthetic stream of test results through one reporter, with a burst
 * of injected 500 answers in the middle, and measures events per second until the platform acknowledged the last.
 * Finally every run's events are counted on the server: lost = expected but absent, duplicated = a test stored
 * twice in one run.
 */
final class ReportingBenchmark implements Benchmark {
  private static final String KEY = "sk_benchmark_reporting";

  @Override
  public String name() {
    return "reporting";
  }

  @Override
  public String usage() {
    return "[--rounds N (5)] [--warmup N (1)] [--events N (5000)] [--producers N (4)] [--chromium PATH"
        + " (/usr/bin/chromium)]  sample suite"
        + " with reporting on vs off, then a synthetic event stream; prints reporting: overhead_ratio=..."
        + " events_per_s=... lost=... duplicated=...";
  }

  @Override
  public int run(List<String> args) throws Exception {
    int rounds = 5;
    int warmup = 1;
    int events = 5_000;
    int producers = 4;
    Path chromium = Path.of("/usr/bin/chromium");
    for (int i = 0; i < args.size(); i += 2) {
      String value = i + 1 < args.size() ? args.get(i + 1) : "";
      switch (args.get(i)) {
        case "--rounds" -> rounds = Integer.parseInt(value);
        case "--warmup" -> warmup = Integer.parseInt(value);
        case "--events" -> events = Integer.parseInt(value);
        case "--producers" -> producers = Integer.parseInt(value);
        case "--chromium" -> chromium = Path.of(value);
        default -> throw new IllegalArgumentException("Unknown argument '" + args.get(i) + "'. " + usage());
      }
    }
    if (!Files.isExecutable(chromium)) {
      throw new IllegalStateException("No browser at " + chromium + ": install Chromium (apt-get install -y chromium)"
          + " or pass --chromium PATH.");
    }
    Path work = Files.createTempDirectory("suture-reporting-bench");
    try (TestPlatform platform = TestPlatform.start(KEY); Bookshop shop = Bookshop.start(0, Bookshop.Variant.V1)) {
      System.setProperty(SutureConfig.BASE_URL, shop.url().toString());
      System.setProperty(SutureConfig.BROWSER_EXECUTABLE, chromium.toString());
      System.setProperty(SutureConfig.OUTPUT_DIR, work.resolve("output").toString());
      System.setProperty(ReportingConfig.OUTBOX_DIR, work.resolve("outbox").toString());
      List<SampleScenarios.Scenario> scenarios = SampleScenarios.discover();
      System.out.printf("reporting: %d sample tests, %d warm-up + %d measured rounds, platform at %s%n",
          scenarios.size(), warmup, rounds, platform.url());

      List<Long> on = new ArrayList<>();
      List<Long> off = new ArrayList<>();
      List<Double> ratios = new ArrayList<>();
      int reportedPasses = 0;
      for (int round = 0; round < warmup + rounds; round++) {
        boolean onFirst = round % 2 == 0;
        long first = pass(scenarios, onFirst, platform.url());
        long second = pass(scenarios, !onFirst, platform.url());
        long withReporting = onFirst ? first : second;
        long without = onFirst ? second : first;
        reportedPasses++;
        boolean measured = round >= warmup;
        System.out.printf("round %d%s (%s first): reporting on %d ms, off %d ms, ratio %.3f%n", round + 1,
            measured ? "" : " warm-up", onFirst ? "on" : "off", withReporting, without,
            (double) withReporting / without);
        if (measured) {
          on.add(withReporting);
          off.add(without);
          ratios.add((double) withReporting / without);
        }
      }
      // The two passes of a round run back to back, so their ratio cancels the slow drift of a shared machine;
      // the median over rounds then drops the round that another build disturbed.
      double overhead = ratios.stream().sorted().toList().get(ratios.size() / 2);
      if (ratios.size() % 2 == 0) {
        List<Double> sorted = ratios.stream().sorted().toList();
        overhead = (sorted.get(ratios.size() / 2 - 1) + sorted.get(ratios.size() / 2)) / 2;
      }
      System.out.printf("passes: median on %d ms, off %d ms (ratio of medians %.3f); median of per-round ratios %.3f%n",
          median(on), median(off), (double) median(on) / median(off), overhead);

      StreamResult stream = stream(platform, work.resolve("stream-outbox"), events, producers);
      System.out.printf("stream: %d producer threads, %d events acknowledged in %d ms (%d injected 500 answers, %d batches), slowest "
          + "append %.2f ms, median append %.3f ms%n", producers, stream.events, stream.elapsedMs, platform.failedRequests(),
          platform.batches(), stream.slowestAppendMs, stream.medianAppendMs);

      // Every reported pass is a run: run.started + one event per test + run.finished.
      long expected = (long) reportedPasses * (scenarios.size() + 2) + events + 2;
      Map<String, List<JsonNode>> byRun = platform.events().values().stream()
          .collect(Collectors.groupingBy(e -> e.path("runId").asText()));
      long stored = byRun.values().stream().mapToLong(List::size).sum();
      Set<String> incomplete = byRun.entrySet().stream()
          .filter(e -> e.getValue().stream().noneMatch(ev -> ev.path("type").asText().equals("run.finished")))
          .map(Map.Entry::getKey).collect(Collectors.toSet());
      long lost = Math.max(0, expected - stored);
      long duplicated = platform.duplicatedTests() + Math.max(0, stored - expected);
      System.out.printf("platform: %d runs, %d events stored of %d expected, %d runs without run.finished, %d events "
          + "sent more than once by the client (stored once)%n", byRun.size(), stored, expected, incomplete.size(),
          platform.resentEvents());
      System.out.println(String.format(Locale.ROOT, "reporting: overhead_ratio=%.3f events_per_s=%.0f lost=%d "
          + "duplicated=%d", overhead, stream.events * 1000.0 / stream.elapsedMs, lost, duplicated));
      return lost == 0 && duplicated == 0 ? 0 : 1;
    } finally {
      System.clearProperty(ReportingConfig.SERVER_URL);
      System.clearProperty(ReportingConfig.API_KEY);
    }
  }

  /** One pass of the sample suite through the JUnit Launcher, reporting on or off; wall-clock milliseconds. */
  private static long pass(List<SampleScenarios.Scenario> scenarios, boolean reporting, String url) {
    if (reporting) {
      System.setProperty(ReportingConfig.SERVER_URL, url);
      System.setProperty(ReportingConfig.API_KEY, KEY);
    } else {
      System.clearProperty(ReportingConfig.SERVER_URL);
      System.clearProperty(ReportingConfig.API_KEY);
    }
    return SutureSide.run(scenarios);
  }

  private record StreamResult(long events, long elapsedMs, double slowestAppendMs, double medianAppendMs) {
  }

  /**
   * Pushes {@code count} test results through one reporter from {@code producers} threads (tests finishing in
   * parallel, each append forced to disk), with a burst of server faults a third of the way in, and waits until the
   * platform has acknowledged the last one.
   */
  private static StreamResult stream(TestPlatform platform, Path outbox, int count, int producers)
      throws InterruptedException {
    Map<String, String> values = new HashMap<>(Map.of(ReportingConfig.SERVER_URL, platform.url(),
        ReportingConfig.API_KEY, KEY, ReportingConfig.OUTBOX_DIR, outbox.toString(),
        ReportingConfig.FINISH_WAIT, "600000"));
    ReportingConfig config = ReportingConfig.from(Settings.of(values, Map.of(), Map.of(), Map.of()));
    long[] appendNanos = new long[count];
    java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    long start = System.nanoTime();
    ReportingOutcome outcome;
    try (PlatformReporter reporter = PlatformReporter.start(config, new CiInfo("local", null, null, null, null,
        null), "synthetic stream")) {
      List<Thread> threads = new ArrayList<>();
      for (int p = 0; p < producers; p++) {
        Thread producer = new Thread(() -> {
          for (int i; (i = next.getAndIncrement()) < count; ) {
            if (i == count / 3) {
              platform.failNextBatches(3, 500, -1);
            }
            long before = System.nanoTime();
            reporter.testFinished(synthetic(i), outbox);
            appendNanos[i] = System.nanoTime() - before;
          }
        }, "producer-" + p);
        producer.start();
        threads.add(producer);
      }
      for (Thread thread : threads) {
        thread.join();
      }
      outcome = reporter.finish(new RunSummary(count, count, 0, 0, 0));
    }
    long elapsedMs = Math.max(1, (System.nanoTime() - start) / 1_000_000);
    if (outcome.pending() > 0) {
      System.out.println("stream: " + outcome.line());
    }
    long[] sorted = appendNanos.clone();
    java.util.Arrays.sort(sorted);
    return new StreamResult(count, elapsedMs, sorted[sorted.length - 1] / 1e6, sorted[sorted.length / 2] / 1e6);
  }

  private static TestResult synthetic(int i) {
    Instant now = Instant.now();
    return new TestResult("bench.SyntheticTest#case" + i + "(Page)", "bench.SyntheticTest", "case" + i,
        "case" + i + "(Page)", TestStatus.PASSED, now, 120,
        List.of(new ActionResult("navigate", "/books", null, now, 40, null),
            new ActionResult("click", "#add-to-cart", null, now, 30, null),
            new ActionResult("expect to.have.text", "#cart-count", "1", now, 5, null)),
        null, List.of());
  }

  private static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    int mid = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
  }
}
