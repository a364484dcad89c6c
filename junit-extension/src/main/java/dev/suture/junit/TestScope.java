package dev.suture.junit;

import dev.suture.core.Artifact;
import dev.suture.core.BrowserLease;
import dev.suture.core.BrowserRuntime;
import dev.suture.core.HealingEvent;
import dev.suture.core.HealingOptions;
import dev.suture.core.SessionOptions;
import dev.suture.core.Settings;
import dev.suture.core.StepResult;
import dev.suture.core.TestSession;
import dev.suture.ai.StepOptions;
import dev.suture.ai.StepRunner;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One test's browser resources. The browser is leased on first use, so a test that injects nothing costs nothing;
 * JUnit closes this scope with the test's store, also when the test fails or is aborted.
 */
final class TestScope implements AutoCloseable {
  private final BrowserRuntime runtime;
  private final SessionOptions options;
  private final HealingOptions healing;
  private final Instant startedAt = Instant.now();
  private final long startNanos = System.nanoTime();
  private final List<Artifact> artifacts = new ArrayList<>();
  private BrowserLease lease;
  private TestSession session;
  private boolean captured;
  private StepRunner steps;

  TestScope(BrowserRuntime runtime, SessionOptions options, HealingOptions healing) {
    this.runtime = runtime;
    this.options = options;
    this.healing = healing;
  }

  TestSession session() {
    if (session == null) {
      lease = runtime.lease();
      session = TestSession.open(lease, options, healing);
    }
    return session;
  }

  Instant startedAt() {
    return startedAt;
  }

  long elapsedMs() {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  /** Captures the artifacts once, for the first outcome known; later calls return what was captured. */
  List<Artifact> capture(boolean failed) {
    if (!captured && session != null) {
      captured = true;
      artifacts.addAll(session.captureArtifacts(failed));
    }
    return List.copyOf(artifacts);
  }

  /** This test's plain-English step runner on its page, created on first use. */
  Steps steps() {
    if (steps == null) {
      steps = StepRunner.create(session().page(), StepOptions.from(Settings.load(java.util.Map.of())));
    }
    StepRunner runner = steps;
    return new Steps() {
      @Override
      public List<StepResult> run(String instructions) {
        return runner.run(instructions);
      }

      @Override
      public List<StepResult> results() {
        return runner.results();
      }
    };
  }

  /** The plain-English steps run in this test so far. */
  List<StepResult> stepResults() {
    return steps == null ? List.of() : steps.results();
  }

  /** The locators healed in this test so far. */
  List<HealingEvent> healings() {
    return session == null ? List.of() : session.healings();
  }

  SessionOptions options() {
    return options;
  }

  boolean started() {
    return session != null;
  }

  @Override
  public void close() {
    try {
      if (session != null) {
        session.close();
      }
    } finally {
      if (lease != null) {
        lease.close();
      }
    }
  }
}
