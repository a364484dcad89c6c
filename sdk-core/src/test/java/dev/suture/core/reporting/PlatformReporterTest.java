package dev.suture.core.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import dev.suture.core.ActionResult;
import dev.suture.core.HealingBaselines;
import dev.suture.core.HealingEvent;
import dev.suture.core.PlatformReporter;
import dev.suture.core.ReportingConfig;
import dev.suture.core.ReportingOutcome;
import dev.suture.core.RunSummary;
import dev.suture.core.StepResult;
import dev.suture.core.TestResult;
import dev.suture.core.platform.TestPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The reporter against a real contract-speaking HTTP server on 127.0.0.1, when the platform behaves. */
class PlatformReporterTest {
  @TempDir
  Path dir;
  TestPlatform platform;

  @BeforeEach
  void startPlatform() throws IOException {
    platform = TestPlatform.start(Fixtures.KEY);
  }

  @AfterEach
  void stopPlatform() {
    platform.close();
  }

  @Test
  void reportsEveryEventOnceWithArtifactsDeduplicatedAndPrintsTheRunLink() throws IOException {
    Path output = dir.resolve("output");
    Files.createDirectories(output.resolve("a"));
    Files.write(output.resolve("a/screenshot.png"), new byte[] {1, 2, 3});
    Files.write(output.resolve("a/copy.png"), new byte[] {1, 2, 3});
    Files.write(output.resolve("a/trace.zip"), new byte[] {4, 5, 6, 7});
    ReportingConfig config = Fixtures.config(platform.url(), dir.resolve("outbox"), 10_000);
    List<TestResult> results = new ArrayList<>();
    try (PlatformReporter reporter = PlatformReporter.start(config, Fixtures.CI, "mvn test")) {
      for (int i = 0; i < 30; i++) {
        results.add(Fixtures.passed("adds" + i));
      }
      results.add(Fixtures.failed("removes", "a/screenshot.png", "a/trace.zip"));
      results.add(Fixtures.failed("empties", "a/copy.png"));
      results.forEach(result -> reporter.testFinished(result, output));
      ReportingOutcome outcome = reporter.finish(RunSummary.of(results));

      assertThat(outcome.pending()).isZero();
      assertThat(outcome.events()).isEqualTo(34);
      assertThat(outcome.runUrl()).isEqualTo(platform.url() + "/executions/" + reporter.runId());
      assertThat(outcome.line()).isEqualTo("Suture: run reported to the platform: " + outcome.runUrl());
      assertThat(outcome.outboxDir()).doesNotExist();
    }
    assertThat(platform.events()).hasSize(34);
    assertThat(platform.resentEvents()).isZero();
    assertThat(platform.duplicatedTests()).isZero();
    JsonNode started = platform.events("run.started").get(0);
    assertThat(started.path("run").path("name").asText()).isEqualTo("mvn test");
    assertThat(started.path("run").path("ci").path("commit").asText()).isEqualTo("abc123");
    assertThat(platform.events("run.finished").get(0).path("summary").path("failed").asInt()).isEqualTo(2);

    JsonNode removes = platform.events("test.finished").stream()
        .filter(e -> e.path("test").path("methodName").asText().equals("removes")).findFirst().orElseThrow();
    JsonNode test = removes.path("test");
    assertThat(test.path("status").asText()).isEqualTo("FAILED");
    assertThat(test.path("suite").asText()).isEqualTo("shop.CartTest");
    assertThat(test.path("key").asText()).isEqualTo("shop.CartTest#removes(Page)");
    assertThat(test.path("error").path("message").asText()).isEqualTo("expected 2 items");
    assertThat(test.path("artifacts")).hasSize(2);
    JsonNode screenshot = test.path("artifacts").get(0);
    assertThat(screenshot.path("kind").asText()).isEqualTo("SCREENSHOT");
    assertThat(screenshot.path("name").asText()).isEqualTo("screenshot.png");
    assertThat(screenshot.has("localFile")).isFalse();
    assertThat(platform.blob(screenshot.path("storageId").asText())).containsExactly(1, 2, 3);
    // screenshot.png and copy.png have the same content: stored once, both tests point at it.
    assertThat(platform.uploads()).isEqualTo(2);
    JsonNode empties = platform.events("test.finished").stream()
        .filter(e -> e.path("test").path("methodName").asText().equals("empties")).findFirst().orElseThrow();
    assertThat(empties.path("test").path("artifacts").get(0).path("storageId").asText())
        .isEqualTo(screenshot.path("storageId").asText());

    JsonNode adds = platform.events("test.finished").stream()
        .filter(e -> e.path("test").path("methodName").asText().equals("adds0")).findFirst().orElseThrow();
    assertThat(adds.path("test").path("steps")).hasSize(2);
    assertThat(adds.path("test").path("steps").get(1).path("index").asInt()).isEqualTo(1);
    assertThat(adds.path("test").path("steps").get(1).path("value").asText()).isEqualTo("2");
    assertThat(platform.gzippedBatches()).isPositive();
    assertThat(platform.idempotencyKeys()).hasSize(platform.batches());
  }

  @Test
  void healingEventsAndPlainEnglishStepsTravelInTheContractsTerms() throws IOException {
    Path output = dir.resolve("output");
    Files.createDirectories(output.resolve("h"));
    Files.write(output.resolve("h/healed-1.png"), new byte[] {9, 8, 7});
    TestResult base = Fixtures.passed("signsIn");
    TestResult healed = new TestResult(base.id(), base.className(), base.methodName(), base.displayName(),
        base.status(), base.startedAt(), base.durationMs(), base.actions(), null, List.of(),
        List.of(new StepResult("click the Sign in button", "click", "getByRole(button, \"Sign in\")", null,
            "offline", 3, 40, null, null)),
        List.of(new HealingEvent("CartTest.signsIn(Page)", "click", "#signin", "#login-2",
            "getByRole(BUTTON, \"Sign in\")", "button \"Sign in\"", 0.93, 0.41, "same text and role",
            "http://shop/login", "h/healed-1.png", Instant.now())));
    try (PlatformReporter reporter = PlatformReporter.start(Fixtures.config(platform.url(), dir.resolve("outbox"),
        10_000), Fixtures.CI, "healing")) {
      reporter.testFinished(healed, output);
      assertThat(reporter.finish(new RunSummary(1, 1, 0, 0, 0)).pending()).isZero();
    }
    JsonNode test = platform.events("test.finished").get(0).path("test");
    JsonNode healing = test.path("healings").get(0);
    assertThat(healing.path("locator").asText()).isEqualTo("#signin");
    assertThat(healing.path("healedTo").asText()).isEqualTo("#login-2");
    assertThat(healing.path("score").asDouble()).isEqualTo(0.93);
    assertThat(healing.path("runnerUp").asDouble()).isEqualTo(0.41);
    assertThat(healing.path("decision").asText()).isEqualTo("HEALED");
    assertThat(healing.has("localFile")).isFalse();
    assertThat(platform.blob(healing.path("artifactStorageId").asText())).containsExactly(9, 8, 7);
    JsonNode step = test.path("steps").get(0);
    assertThat(step.path("instruction").asText()).isEqualTo("click the Sign in button");
    assertThat(step.path("action").asText()).isEqualTo("click");
    assertThat(step.path("target").asText()).isEqualTo("getByRole(button, \"Sign in\")");
    assertThat(step.path("index").asInt()).isZero();
    assertThat(test.path("actions")).hasSize(2);
  }

  @Test
  void aTestBeyondThePlatformsLimitsIsTrimmedNotRefused() {
    TestResult base = Fixtures.passed("long");
    List<ActionResult> actions = new ArrayList<>();
    for (int i = 0; i < 1_200; i++) {
      actions.add(new ActionResult("click", "#b" + i, null, Instant.now(), 1, null));
    }
    TestResult huge = new TestResult(base.id(), base.className(), base.methodName(), base.displayName(),
        base.status(), base.startedAt(), base.durationMs(), actions, null, List.of(),
        List.of(new StepResult("press the missing button", null, null, null, "offline", 1, 0,
            "no element matches", "unresolved")), List.of());
    TestResult plain = new TestResult(base.id(), base.className(), "plain", "plain()", base.status(),
        base.startedAt(), base.durationMs(), actions, null, List.of());
    try (PlatformReporter reporter = PlatformReporter.start(Fixtures.config(platform.url(), dir.resolve("outbox"),
        10_000), Fixtures.CI, "limits")) {
      reporter.testFinished(huge, dir);
      reporter.testFinished(plain, dir);
      assertThat(reporter.finish(new RunSummary(2, 2, 0, 0, 0)).pending()).isZero();
    }
    assertThat(platform.events("test.finished")).hasSize(2);
    JsonNode unresolved = platform.events("test.finished").stream()
        .filter(e -> e.path("test").path("methodName").asText().equals("long")).findFirst().orElseThrow();
    assertThat(unresolved.path("test").path("steps").get(0).path("action").asText()).isEqualTo("unresolved");
    JsonNode trimmed = platform.events("test.finished").stream()
        .filter(e -> e.path("test").path("methodName").asText().equals("plain")).findFirst().orElseThrow();
    assertThat(trimmed.path("test").path("steps")).hasSize(1_000);
    assertThat(trimmed.path("test").path("stepsTruncated").asInt()).isEqualTo(200);
  }

  @Test
  void batchesRespectTheConfiguredSize() {
    ReportingConfig config = Fixtures.config(platform.url(), dir.resolve("outbox"), 10_000,
        ReportingConfig.BATCH_SIZE, "7");
    platform.delay(50); // lets events pile up behind the first request
    try (PlatformReporter reporter = PlatformReporter.start(config, Fixtures.CI, "batches")) {
      for (int i = 0; i < 40; i++) {
        reporter.testFinished(Fixtures.passed("t" + i), dir);
      }
      assertThat(reporter.finish(new RunSummary(40, 40, 0, 0, 0)).pending()).isZero();
    }
    assertThat(platform.events()).hasSize(42);
    assertThat(platform.batches()).isBetween(6, 42);
  }

  @Test
  void fetchesTheTeamsHealingBaselinesAndFallsBackToTheLastCopy() {
    platform.healingState("""
        {"accepted":[{"locator":"#signin","fingerprint":{"tag":"button","text":"Sign in","role":"button"}}],
         "rejected":[{"locator":"#signin","healedTo":"getByText(\\"Sign out\\")"}]}""");
    Path outbox = dir.resolve("outbox");
    try (PlatformReporter reporter = PlatformReporter.start(Fixtures.config(platform.url(), outbox, 1_000),
        Fixtures.CI, "baselines")) {
      HealingBaselines baselines = reporter.healingBaselines(Duration.ofSeconds(5));
      assertThat(baselines.source()).isEqualTo("platform");
      assertThat(baselines.baseline("#signin")).hasValueSatisfying(f -> assertThat(f.text()).isEqualTo("Sign in"));
      assertThat(baselines.isRejected("#signin", "getByText(\"Sign out\")")).isTrue();
      assertThat(baselines.isRejected("#signin", "getByText(\"Sign in\")")).isFalse();
    }
    platform.close();
    try (PlatformReporter reporter = PlatformReporter.start(Fixtures.config(platform.url(), outbox, 200),
        Fixtures.CI, "offline")) {
      HealingBaselines baselines = reporter.healingBaselines(Duration.ofSeconds(5));
      assertThat(baselines.source()).isEqualTo("cache (platform unreachable)");
      assertThat(baselines.accepted()).hasSize(1);
    }
  }

  @Test
  void aRefusedKeyKeepsEverythingInTheOutboxAndStopsTrying() throws IOException {
    ReportingConfig wrongKey = Fixtures.config(platform.url(), dir.resolve("outbox"), 3_000,
        ReportingConfig.API_KEY, "sk_revoked");
    long start = System.nanoTime();
    ReportingOutcome outcome;
    try (PlatformReporter reporter = PlatformReporter.start(wrongKey, Fixtures.CI, "refused")) {
      reporter.testFinished(Fixtures.passed("a"), dir);
      outcome = reporter.finish(new RunSummary(1, 1, 0, 0, 0));
    }
    // Refused at once: the run does not sit out its whole wait on a key that will not work.
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
    assertThat(outcome.pending()).isEqualTo(3);
    assertThat(platform.events()).isEmpty();
    assertThat(Files.exists(outcome.outboxDir().resolve("events.log"))).isTrue();
  }

  @Test
  void aBadRequestIsLoggedOnceAndNotRetried() {
    platform.failNextBatches(1, 400, -1);
    try (PlatformReporter reporter = PlatformReporter.start(Fixtures.config(platform.url(), dir.resolve("outbox"),
        3_000), Fixtures.CI, "rejected")) {
      // run.started alone goes in the first request, which is rejected; the next event comes after it.
      long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
      while (platform.failedRequests() == 0 && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      reporter.testFinished(Fixtures.passed("a"), dir);
      assertThat(reporter.finish(new RunSummary(1, 1, 0, 0, 0)).pending()).isZero();
    }
    assertThat(platform.events("run.started")).isEmpty();
    assertThat(platform.events("test.finished")).hasSize(1);
  }
}
