package dev.suture.benchmarks;

import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** Runs the scenarios the way a build does: through the JUnit Platform Launcher, so the real extension runs. */
final class SutureSide {
  private SutureSide() {
  }

  /** Runs every scenario once and returns the wall-clock milliseconds; throws when any test did not pass. */
  static long run(List<SampleScenarios.Scenario> scenarios) {
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(scenarios.stream().map(s -> DiscoverySelectors.selectMethod(s.testClass(), s.method())).toList())
        .build();
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    long start = System.nanoTime();
    try (LauncherSession session = LauncherFactory.openSession()) {
      session.getLauncher().execute(request, summary);
    }
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;
    TestExecutionSummary result = summary.getSummary();
    if (result.getTestsSucceededCount() != scenarios.size()) {
      StringWriter failures = new StringWriter();
      result.printFailuresTo(new PrintWriter(failures), 5);
      throw new IllegalStateException("Through Suture, " + result.getTestsSucceededCount() + " of "
          + scenarios.size() + " sample tests passed; a failing run is no measurement.\n" + failures);
    }
    return elapsedMs;
  }
}
