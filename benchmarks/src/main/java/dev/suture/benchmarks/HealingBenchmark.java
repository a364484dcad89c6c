package dev.suture.benchmarks;

import dev.suture.ai.HealingEngine;
import dev.suture.ai.HealingPolicy;
import dev.suture.ai.TextSimilarity;
import dev.suture.core.HealingDecision;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code healing CASES.json[.gz] [--verbose]}: runs the healing engine on every case of a case file and scores its
 * decisions. The file is read as a stream, one case at a time, so files of any size work. Times are taken in a
 * warmed-up JVM: first untimed passes over the file with embeddings off ({@code --warmup N}, default 1), so that the
 * JIT has compiled the scorer but no text is embedded before the measured pass.
 */
final class HealingBenchmark implements Benchmark {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean PROCESS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  @Override
  public String name() {
    return "healing";
  }

  @Override
  public String usage() {
    return "CASES.json[.gz] [--verbose] [--threshold T] [--margin M] [--no-embeddings] [--warmup N (1)]  healing accuracy, wrong heals and time per case on a case file";
  }

  @Override
  public int run(List<String> args) throws Exception {
    if (args.isEmpty()) {
      System.err.println("Usage: healing " + usage().split("  ")[0]);
      return 2;
    }
    Path file = Path.of(args.get(0));
    boolean verbose = args.contains("--verbose");
    HealingPolicy defaults = HealingPolicy.defaults();
    double threshold = option(args, "--threshold", defaults.threshold());
    double margin = option(args, "--margin", defaults.margin());
    HealingEngine engine = HealingEngine.create(new HealingPolicy(threshold, margin, !args.contains("--no-embeddings")));
    // The first few hundred thousand candidates run interpreted while the JIT compiles the scorer; a long test run
    // pays that once, not per heal. Warming up without embeddings leaves every text for the measured pass to embed.
    HealingEngine warmUp = HealingEngine.create(new HealingPolicy(threshold, margin, false));
    for (int pass = 1; pass <= (int) option(args, "--warmup", 1); pass++) {
      Tally untimed = new Tally(false);
      HealingCases.forEach(file, c -> decide(warmUp, c, untimed, false));
      System.out.println("healing warm-up pass " + pass + " (embeddings off, not counted): " + untimed.timesLine());
    }
    // The embedding model loads once per process (under a second); that is start-up, not a per-case cost.
    TextSimilarity.shared().embed("warm up");
    Tally tally = new Tally(System.getenv("SUTURE_HEALING_TSV") != null);
    long processStart = PROCESS.getProcessCpuTime();
    HealingCases.forEach(file, c -> decide(engine, c, tally, verbose));
    long processNanos = PROCESS.getProcessCpuTime() - processStart;
    // On a busy machine wall-clock time mostly measures the wait for a core; CPU time shows the engine's own cost.
    // The calling thread's CPU misses work handed to other threads (an embedding model's pool), so the whole
    // process's CPU over the pass is given too; it also counts reading the cases, the JIT and the collector, and is
    // sampled in clock ticks, so only its total over the pass means something.
    System.out.println(tally.cpuLine() + String.format(Locale.ROOT, "; process cpu over the pass: mean_ms=%.1f",
        processNanos / 1e6 / Math.max(1, tally.cases)));
    System.out.println(tally.line());
    return 0;
  }

  private static void decide(HealingEngine engine, HealingCases.HealingCase c, Tally tally, boolean verbose) {
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    HealingDecision decision = engine.decide(c.baseline(), c.candidates());
    tally.add(c, decision, (System.nanoTime() - start) / 1e6, verbose);
    tally.cpu((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6);
  }

  private static double option(List<String> args, String name, double defaultValue) {
    int at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? Double.parseDouble(args.get(at + 1)) : defaultValue;
  }

  private static final class Tally {
    private int cases;
    private int correct;
    private int wrong;
    private int missed;
    private int refusedOk;
    private int withExpected;
    private int top1;
    private double[] times = new double[1024];
    private double[] cpuTimes = new double[1024];
    /** Whether to print one TSV line per case (id, expected, outcome, top three): to compare engines case by case. */
    private final boolean perCase;

    Tally(boolean perCase) {
      this.perCase = perCase;
    }

    void cpu(double ms) {
      if (cases > cpuTimes.length) {
        cpuTimes = Arrays.copyOf(cpuTimes, cpuTimes.length * 2);
      }
      cpuTimes[cases - 1] = ms;
    }

    String cpuLine() {
      double[] sorted = Arrays.copyOf(cpuTimes, cases);
      Arrays.sort(sorted);
      return String.format(Locale.ROOT, "healing cpu (calling thread): median_ms=%.1f p95_ms=%.1f",
          percentile(sorted, 0.5), percentile(sorted, 0.95));
    }

    /** Wall-clock and CPU medians, for passes whose decisions are not scored. */
    String timesLine() {
      double[] wall = Arrays.copyOf(times, cases);
      double[] cpu = Arrays.copyOf(cpuTimes, cases);
      Arrays.sort(wall);
      Arrays.sort(cpu);
      return String.format(Locale.ROOT, "cases=%d median_ms=%.1f cpu_median_ms=%.1f", cases, percentile(wall, 0.5),
          percentile(cpu, 0.5));
    }

    void add(HealingCases.HealingCase c, HealingDecision decision, double ms, boolean verbose) {
      if (cases == times.length) {
        times = Arrays.copyOf(times, cases * 2);
      }
      times[cases++] = ms;
      String outcome;
      if (c.expected() != null) {
        withExpected++;
        if (!decision.ranked().isEmpty() && topScored(decision) == c.expected()) {
          top1++;
        }
      }
      if (decision.heal()) {
        if (c.expected() != null && decision.chosen() == c.expected()) {
          correct++;
          outcome = "correct";
        } else {
          wrong++;
          outcome = "WRONG";
        }
      } else if (c.expected() == null) {
        refusedOk++;
        outcome = "refused_ok";
      } else {
        missed++;
        outcome = "missed";
      }
      if (perCase) {
        System.out.printf(Locale.ROOT, "TSV\t%s\t%s\t%s\t%s%n", c.id(), c.expected(), outcome,
            decision.ranked().stream().limit(3).map(r -> r.index() + ":" + String.format(Locale.ROOT, "%.3f", r.score())
                + ":" + r.verdict()).toList());
      }
      if (verbose && !"correct".equals(outcome) && !"refused_ok".equals(outcome)) {
        System.out.printf(Locale.ROOT, "%s %s expected=%s chosen=%d: %s%s%n", outcome, c.id(), c.expected(),
            decision.chosen(), decision.reason(), decision.describeTop(3));
      }
    }

    /** The candidate with the highest score, whatever its verdict (a healed list puts the chosen one first). */
    private static int topScored(HealingDecision decision) {
      return decision.ranked().stream().max((a, b) -> Double.compare(a.score(), b.score())).orElseThrow().index();
    }

    String line() {
      double[] sorted = Arrays.copyOf(times, cases);
      Arrays.sort(sorted);
      return String.format(Locale.ROOT, "healing: cases=%d correct=%d wrong=%d missed=%d refused_ok=%d top1=%.3f "
              + "accuracy=%.3f wrong_rate=%.3f median_ms=%.1f p95_ms=%.1f", cases, correct, wrong, missed, refusedOk,
          withExpected == 0 ? 0 : (double) top1 / withExpected, cases == 0 ? 0 : (double) (correct + refusedOk) / cases,
          cases == 0 ? 0 : (double) wrong / cases, percentile(sorted, 0.5), percentile(sorted, 0.95));
    }

    private static double percentile(double[] sorted, double p) {
      if (sorted.length == 0) {
        return 0;
      }
      int index = (int) Math.ceil(p * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
  }
}
