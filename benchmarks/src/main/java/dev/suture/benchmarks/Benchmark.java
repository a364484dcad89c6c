package dev.suture.benchmarks;

import java.util.List;

/** One named measurement. Its last line of output is the one-line result its issue specifies. */
interface Benchmark {
  /** The name given as the first argument. */
  String name();

  /** Arguments and what is measured, for {@code --help}. */
  String usage();

  /** Runs the measurement and prints its result line last; returns the process exit code. */
  int run(List<String> args) throws Exception;
}
