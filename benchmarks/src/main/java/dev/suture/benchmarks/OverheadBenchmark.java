package dev.suture.benchmarks;

import dev.suture.core.HealingOptions;
import dev.suture.core.SutureConfig;
import dev.suture.samples.bookshop.Bookshop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What Suture adds to a Playwright test run: the sample suite through {@code @WebTest} (JUnit Platform Launcher)
 * against the same test methods called from plain Playwright code, with the same browser binary, flags, pages and
 * browser reuse (one browser per pass, a fresh context per test). Passes alternate (S P, P S, ...) so that drift on
 * the machine hits both sides alike; the first {@code --warmup} rounds are not counted.
 */
final class OverheadBenchmark implements Benchmark {
  private static final int WIDTH = 1280;
  private static final int HEIGHT = 720;

  @Override
  public String name() {
    return "overhead";
  }

  @Override
  public String usage() {
    return "[--rounds N (5)] [--warmup N (1)] [--chromium PATH (/usr/bin/chromium)]  sample suite through Suture vs"
        + " plain Playwright; prints overhead: tests=N suture_ms=... plain_ms=... ratio=...";
  }

  @Override
  public int run(List<String> args) throws Exception {
    int rounds = 5;
    int warmup = 1;
    Path chromium = Path.of(System.getProperty(SutureConfig.BROWSER_EXECUTABLE, "/usr/bin/chromium"));
    for (int i = 0; i < args.size(); i++) {
      String value = i + 1 < args.size() ? args.get(i + 1) : "";
      switch (args.get(i)) {
        case "--rounds" -> rounds = positive("--rounds", value);
        case "--warmup" -> warmup = Integer.parseInt(value);
        case "--chromium" -> chromium = Path.of(value);
        default -> throw new IllegalArgumentException("Unknown argument '" + args.get(i) + "'. " + usage());
      }
      i++;
    }
    if (!Files.isExecutable(chromium)) {
      throw new IllegalStateException("No browser at " + chromium + ": install Chromium (apt-get install -y chromium)"
          + " or pass --chromium PATH.");
    }
    try (Bookshop shop = Bookshop.start(0, Bookshop.Variant.V1)) {
      String baseUrl = shop.url().toString();
      // Both sides use the same shop and the same binary; the sample suite's own listener sees the URL and starts
      // no second shop.
      System.setProperty(SutureConfig.BASE_URL, baseUrl);
      System.setProperty(SutureConfig.BROWSER_EXECUTABLE, chromium.toString());
      System.setProperty(SutureConfig.VIEWPORT, WIDTH + "x" + HEIGHT);
      Path outputDir = Path.of(System.getProperty(SutureConfig.OUTPUT_DIR,
          Path.of("target", "suture-overhead").toString()));
      System.setProperty(SutureConfig.OUTPUT_DIR, outputDir.toString());
      // Locator baselines stay with the benchmark's output instead of a .suture/ in whatever directory it runs from.
      System.setProperty(HealingOptions.DIR, System.getProperty(HealingOptions.DIR,
          outputDir.resolve(".suture").toString()));
      List<SampleScenarios.Scenario> scenarios = SampleScenarios.discover(System.out);
      System.out.printf("overhead: %d sample tests, %d warm-up + %d measured rounds, shop at %s, browser %s,"
              + " %s=%s, %s=%s%n", scenarios.size(), warmup, rounds, baseUrl, chromium,
          SutureConfig.TRACE_MODE, System.getProperty(SutureConfig.TRACE_MODE, "(default)"),
          HealingOptions.MODE, System.getProperty(HealingOptions.MODE, "(default)"));

      List<Long> suture = new ArrayList<>();
      List<Long> plain = new ArrayList<>();
      List<Long> sutureCpu = new ArrayList<>();
      List<Long> plainCpu = new ArrayList<>();
      for (int round = 0; round < warmup + rounds; round++) {
        boolean sutureFirst = round % 2 == 0;
        long[] s = new long[2];
        long[] p = new long[2];
        for (boolean sutureSide : sutureFirst ? new boolean[]{true, false} : new boolean[]{false, true}) {
          // Wall-clock milliseconds of the pass, and the CPU milliseconds it consumed in all processes.
          long cpu = ProcessCpu.millis();
          long[] pass = sutureSide ? s : p;
          pass[0] = sutureSide ? SutureSide.run(scenarios) : PlainSide.run(scenarios, chromium, baseUrl, WIDTH, HEIGHT);
          pass[1] = ProcessCpu.millis() - cpu;
        }
        boolean measured = round >= warmup;
        System.out.printf(Locale.ROOT, "round %d%s (%s first): suture %d ms, plain %d ms, ratio %.3f;"
                + " cpu suture %d ms, plain %d ms, ratio %.3f%n", round + 1, measured ? "" : " warm-up",
            sutureFirst ? "suture" : "plain", s[0], p[0], (double) s[0] / p[0], s[1], p[1], (double) s[1] / p[1]);
        if (measured) {
          suture.add(s[0]);
          plain.add(p[0]);
          sutureCpu.add(s[1]);
          plainCpu.add(p[1]);
        }
      }
      long sutureMs = median(suture);
      long plainMs = median(plain);
      System.out.printf("totals over %d rounds: suture %d ms, plain %d ms, ratio %.3f%n", rounds,
          sum(suture), sum(plain), (double) sum(suture) / sum(plain));
      System.out.printf(Locale.ROOT, "cpu (this JVM, Playwright's driver, Chromium): suture_ms=%d plain_ms=%d"
          + " ratio=%.3f%n", median(sutureCpu), median(plainCpu), (double) median(sutureCpu) / median(plainCpu));
      System.out.println(String.format(Locale.ROOT, "overhead: tests=%d suture_ms=%d plain_ms=%d ratio=%.3f",
          scenarios.size(), sutureMs, plainMs, (double) sutureMs / plainMs));
      return 0;
    }
  }

  private static int positive(String name, String value) {
    int n = Integer.parseInt(value);
    if (n < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, got " + value);
    }
    return n;
  }

  /** The median of one pass's wall-clock time: robust against a round disturbed by other work on the machine. */
  private static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    int mid = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
  }

  private static long sum(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).sum();
  }
}
