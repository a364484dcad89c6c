package dev.suture.junit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.suture.core.platform.FaultProxy;
import dev.suture.core.platform.TestPlatform;
import dev.suture.junit.fixtures.ReportingFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/** @WebTest runs reported to a contract-speaking platform on 127.0.0.1, through JUnit's EngineTestKit. */
class ReportingTest {
  private static final String KEY = "sk_junit_test";
  private static final List<String> KEYS = List.of("suture.server.url", "suture.server.api-key",
      "suture.reporting.outbox", "suture.reporting.finish-wait", "suture.output.dir", "suture.run.name");

  @TempDir
  Path dir;
  TestPlatform platform;
  FaultProxy proxy;

  @BeforeEach
  void start() throws IOException {
    platform = TestPlatform.start(KEY);
    proxy = FaultProxy.to(platform.port());
    System.setProperty("suture.output.dir", dir.resolve("output").toString());
    System.setProperty("suture.reporting.outbox", dir.resolve("outbox").toString());
  }

  @AfterEach
  void stop() throws IOException {
    KEYS.forEach(System::clearProperty);
    proxy.close();
    platform.close();
  }

  @Test
  void everyTestIsReportedOnceWithItsFinalVerdictAndTheRunEndsWithItsLink() {
    configure(proxy.url(), 10_000);
    System.setProperty("suture.run.name", "nightly");
    String out = run();

    Map<String, String> statuses = platform.events("test.finished").stream().collect(Collectors.toMap(
        e -> e.path("test").path("methodName").asText(), e -> e.path("test").path("status").asText()));
    assertThat(statuses).isEqualTo(Map.of("passes", "PASSED", "fails", "FAILED", "isDisabled", "SKIPPED",
        "isAborted", "ABORTED"));
    JsonNode fails = platform.events("test.finished").stream()
        .filter(e -> e.path("test").path("methodName").asText().equals("fails")).findFirst().orElseThrow();
    assertThat(fails.path("test").path("error").path("message").asText()).startsWith("arithmetic");
    assertThat(fails.path("test").path("suite").asText()).isEqualTo(ReportingFixture.class.getName());
    JsonNode started = platform.events("run.started").get(0);
    assertThat(started.path("run").path("name").asText()).isEqualTo("nightly");
    assertThat(platform.events("run.finished").get(0).path("summary").path("total").asInt()).isEqualTo(4);
    assertThat(platform.events()).hasSize(6);
    String runId = started.path("runId").asText();
    assertThat(out).contains("Suture: run reported to the platform: " + platform.url() + "/executions/" + runId);
    assertThat(dir.resolve("output/results.json")).content().contains("\"runId\" : \"" + runId + "\"");
  }

  @Test
  void withThePlatformDownTheTestsRunAsUsualAndTheRunWaitsOnlyItsBound() throws IOException {
    proxy.mode(FaultProxy.Mode.DOWN);
    configure(proxy.url(), 1_000);
    long start = System.nanoTime();
    String out = run();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
    assertThat(out).contains("Suture: 6 of 6 events not yet on the platform");

    proxy.mode(FaultProxy.Mode.UP);
    configure(proxy.url(), 10_000);
    run();
    assertThat(platform.events()).hasSize(12);
    assertThat(platform.duplicatedTests()).isZero();
  }

  @Test
  void withoutServerSettingsNothingIsWrittenOrAttempted() {
    String out = run();
    assertThat(out).doesNotContain("platform");
    assertThat(dir.resolve("outbox")).doesNotExist();
    assertThat(platform.batches()).isZero();
  }

  private void configure(String url, long finishWaitMs) {
    System.setProperty("suture.server.url", url);
    System.setProperty("suture.server.api-key", KEY);
    System.setProperty("suture.reporting.finish-wait", String.valueOf(finishWaitMs));
  }

  /** Runs the fixture, expecting its usual outcome, and returns what it printed. */
  private static String run() {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      EngineTestKit.engine("junit-jupiter").selectors(selectClass(ReportingFixture.class)).execute().testEvents()
          .assertStatistics(stats -> stats.succeeded(1).failed(1).skipped(1).aborted(1));
    } finally {
      System.setOut(original);
    }
    String text = captured.toString(StandardCharsets.UTF_8);
    original.print(text);
    return text;
  }

}
