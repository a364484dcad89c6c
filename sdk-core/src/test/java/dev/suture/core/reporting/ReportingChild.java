package dev.suture.core.reporting;

import dev.suture.core.PlatformReporter;
import dev.suture.core.ReportingConfig;

import java.nio.file.Path;

/**
 * The test JVM that {@link ReporterCrashTest} kills with SIGKILL: reports tests one after another, printing how many
 * it has appended, until it is killed.
 */
public final class ReportingChild {
  private ReportingChild() {
  }

  public static void main(String[] args) throws Exception {
    ReportingConfig config = Fixtures.config(args[0], Path.of(args[1]), 5_000);
    PlatformReporter reporter = PlatformReporter.start(config, Fixtures.CI, "child run");
    System.out.println("run " + reporter.runId());
    for (int i = 0; ; i++) {
      reporter.testFinished(Fixtures.passed("test" + i), Path.of("."));
      System.out.println("appended " + (i + 1));
      System.out.flush();
      Thread.sleep(5);
    }
  }
}
