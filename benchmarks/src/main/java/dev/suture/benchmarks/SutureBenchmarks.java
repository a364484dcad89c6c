package dev.suture.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** {@code java -jar suture-benchmarks.jar NAME [ARGS...]}: runs one benchmark by name. */
public final class SutureBenchmarks {
  private static final List<Benchmark> BENCHMARKS = List.of(
      new OverheadBenchmark(),
      new PlatformAuthBenchmark(),
      new ReportingBenchmark(),
      new HealingBenchmark(),
      new StepsBenchmark(),
      new PlatformDataBenchmark(),
      new SnapshotBenchmark(),
      new ExecutionBenchmark()
  );

  private SutureBenchmarks() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
      printHelp();
      System.exit(args.length == 0 ? 2 : 0);
    }
    Optional<Benchmark> benchmark = BENCHMARKS.stream().filter(b -> b.name().equals(args[0])).findFirst();
    if (benchmark.isEmpty()) {
      System.err.println("Unknown benchmark '" + args[0] + "'.");
      printHelp();
      System.exit(2);
    }
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    if (rest.contains("--help") || rest.contains("-h")) {
      System.out.println("Usage: java -jar benchmarks/target/suture-benchmarks.jar " + benchmark.get().name() + " "
          + benchmark.get().usage());
      System.exit(0);
    }
    try {
      System.exit(benchmark.get().run(rest));
    } catch (IllegalArgumentException e) {
      // a mistyped flag or value: say what was wrong and how to call it, not a stack trace
      System.err.println(benchmark.get().name() + ": " + e.getMessage());
      System.exit(2);
    }
  }

  private static void printHelp() {
    System.err.println("Usage: java -jar benchmarks/target/suture-benchmarks.jar NAME [ARGS...]\n\nBenchmarks:");
    BENCHMARKS.forEach(b -> System.err.println("  " + b.name() + "  " + b.usage()));
  }
}
