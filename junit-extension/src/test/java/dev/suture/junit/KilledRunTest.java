package dev.suture.junit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.suture.core.platform.TestPlatform;
import dev.suture.junit.fixtures.ReportingFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * A test JVM running a @WebTest suite with reporting on, killed with SIGKILL part way through while the platform
 * is unreachable; the next run sends everything the killed one recorded, exactly once.
 */
class KilledRunTest {
  private static final String KEY = "sk_killed_run";

  @TempDir
  Path dir;
  TestPlatform platform;

  @AfterEach
  void stop() {
    List.of("suture.server.url", "suture.server.api-key", "suture.reporting.outbox", "suture.output.dir",
        "suture.reporting.finish-wait").forEach(System::clearProperty);
    if (platform != null) {
      platform.close();
    }
  }

  @Test
  void aSigkilledTestJvmLosesNoResultAndTheNextRunSendsThemOnce() throws Exception {
    Path outbox = dir.resolve("outbox");
    // Nothing listens on this port while the child runs: every send fails, so all it records stays in the outbox.
    platform = TestPlatform.start(KEY);
    String url = platform.url();
    int port = platform.port();
    platform.close();

    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dsuture.server.url=" + url, "-Dsuture.server.api-key=" + KEY, "-Dsuture.reporting.outbox=" + outbox,
        "-Dsuture.output.dir=" + dir.resolve("child-output"), "-cp", System.getProperty("java.class.path"),
        KilledRunChild.class.getName())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (recordedLines(outbox) < 40 && System.nanoTime() < deadline && child.isAlive()) {
      Thread.sleep(20);
    }
    child.destroyForcibly(); // SIGKILL
    assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).isEqualTo(137);
    long recorded = recordedLines(outbox);
    assertThat(recorded).isGreaterThanOrEqualTo(40).isLessThan(502);

    platform = TestPlatform.start(KEY, port);
    System.setProperty("suture.server.url", platform.url());
    System.setProperty("suture.server.api-key", KEY);
    System.setProperty("suture.reporting.outbox", outbox.toString());
    System.setProperty("suture.output.dir", dir.resolve("output").toString());
    System.setProperty("suture.reporting.finish-wait", "20000");
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(ReportingFixture.class)).execute();

    Map<String, List<JsonNode>> byRun = platform.events().values().stream()
        .collect(Collectors.groupingBy(e -> e.path("runId").asText()));
    assertThat(byRun).hasSize(2);
    List<JsonNode> killed = byRun.values().stream()
        .filter(events -> events.stream().anyMatch(e -> e.path("test").path("className").asText()
            .endsWith("LongSuiteFixture"))).findFirst().orElseThrow();
    // Every record the child wrote (run.started and each finished test) is there, once; no run.finished ever came.
    assertThat(killed).hasSize((int) recorded);
    Set<String> testIds = killed.stream().filter(e -> e.path("type").asText().equals("test.finished"))
        .map(e -> e.path("test").path("testId").asText()).collect(Collectors.toSet());
    assertThat(testIds).hasSize((int) recorded - 1);
    assertThat(killed).noneMatch(e -> e.path("type").asText().equals("run.finished"));
    assertThat(platform.duplicatedTests()).isZero();
    try (Stream<Path> left = Files.list(outbox)) {
      assertThat(left.filter(Files::isDirectory)).isEmpty();
    }
  }

  /** Complete records in the outbox's event files (the child has one run directory). */
  private static long recordedLines(Path outbox) throws Exception {
    if (!Files.isDirectory(outbox)) {
      return 0;
    }
    long lines = 0;
    try (Stream<Path> runs = Files.list(outbox)) {
      for (Path run : runs.filter(Files::isDirectory).toList()) {
        Path events = run.resolve("events.log");
        if (Files.exists(events)) {
          byte[] bytes = Files.readAllBytes(events);
          for (byte b : bytes) {
            if (b == '\n') {
              lines++;
            }
          }
        }
      }
    }
    return lines;
  }
}
