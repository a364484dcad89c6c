package dev.suture.core.reporting;

import dev.suture.core.PlatformReporter;
import dev.suture.core.ReportingConfig;
import dev.suture.core.ReportingOutcome;
import dev.suture.core.RunSummary;
import dev.suture.core.Settings;
import dev.suture.core.internal.reporting.OutboxCommand;
import dev.suture.core.platform.FaultProxy;
import dev.suture.core.platform.TestPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** What survives a killed JVM, a damaged outbox file, and what {@code flush} sends. */
class OutboxRecoveryTest {
  @TempDir
  Path dir;
  TestPlatform platform;
  FaultProxy proxy;
  Path outbox;

  @BeforeEach
  void start() throws IOException {
    platform = TestPlatform.start(Fixtures.KEY);
    proxy = FaultProxy.to(platform.port());
    outbox = dir.resolve("outbox");
  }

  @AfterEach
  void stop() throws IOException {
    proxy.close();
    platform.close();
  }

  @Test
  void aTestJvmKilledWithSigkillMidRunLosesNothingAndTheNextRunSendsTheRest() throws Exception {
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), ReportingChild.class.getName(), proxy.url(), outbox.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String runId = null;
    int appended = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
        StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null && appended < 120; ) {
        if (line.startsWith("run ")) {
          runId = line.substring(4);
        } else if (line.startsWith("appended ")) {
          appended = Integer.parseInt(line.substring(9));
          if (appended == 40) {
            proxy.mode(FaultProxy.Mode.DOWN); // the rest of the child's events cannot leave
          }
        }
      }
      child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
      assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(child.exitValue()).isEqualTo(137);
    assertThat(runId).isNotNull();
    String killedRun = runId;
    long beforeRecovery = countRun(killedRun);
    assertThat(beforeRecovery).isLessThan(121);

    proxy.mode(FaultProxy.Mode.UP);
    ReportingOutcome outcome = run(3, 15_000);
    assertThat(outcome.pending()).isZero();
    // Everything the child appended before it died (at least the 120 tests it printed, and run.started) arrived once.
    long killedRunEvents = countRun(killedRun);
    assertThat(killedRunEvents).isGreaterThanOrEqualTo(121);
    assertThat(platform.events()).hasSize((int) killedRunEvents + 5);
    assertThat(platform.duplicatedTests()).isZero();
    assertThat(outbox.resolve(killedRun)).doesNotExist();
  }

  @Test
  void aDamagedOutboxFileHasItsGoodRecordsSentAndItsBadOnesReported() throws IOException {
    proxy.mode(FaultProxy.Mode.DOWN);
    ReportingOutcome left = run(10, 0);
    Path events = left.outboxDir().resolve("events.log");
    List<String> lines = new ArrayList<>(Files.readAllLines(events));
    assertThat(lines).hasSize(12);
    // A changed byte inside the record of test t2 (run.started is appended by the start-up thread, so the order of
    // the lines varies), and half a record at the end as a power loss leaves it.
    int t2 = java.util.stream.IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains("\"t2\""))
        .findFirst().orElseThrow();
    lines.set(t2, lines.get(t2).replace("\"t2\"", "\"tX\""));
    Files.write(events, lines);
    Files.writeString(events, "0badc0de {\"eventId\":\"7d4c", StandardOpenOption.APPEND);

    proxy.mode(FaultProxy.Mode.UP);
    String log = capturingStderr(() -> run(0, 15_000));
    assertThat(platform.events("test.finished").stream()
        .filter(e -> e.path("runId").asText().equals(left.runId()))).hasSize(9);
    assertThat(platform.events().values().stream()
        .filter(e -> e.path("runId").asText().equals(left.runId()))).hasSize(11);
    assertThat(log).contains("Suture outbox: corrupt record at bytes").contains("Suture outbox: torn last record");
    assertThat(left.outboxDir()).doesNotExist();
  }

  @Test
  void flushSendsWhatEarlierRunsLeft() throws IOException {
    proxy.mode(FaultProxy.Mode.DOWN);
    run(4, 0);
    run(3, 0);
    assertThat(Files.list(outbox).filter(Files::isDirectory).count()).isEqualTo(2);
    Settings settings = Settings.of(Map.of(ReportingConfig.SERVER_URL, proxy.url(), ReportingConfig.API_KEY,
        Fixtures.KEY, ReportingConfig.OUTBOX_DIR, outbox.toString()), Map.of(), Map.of(), Map.of());

    assertThat(OutboxCommand.run(new String[] {"flush", "2"}, settings)).isEqualTo(1);
    proxy.mode(FaultProxy.Mode.UP);
    assertThat(OutboxCommand.run(new String[] {"flush", "20"}, settings)).isZero();
    assertThat(platform.events()).hasSize(6 + 5);
    assertThat(Files.list(outbox).filter(Files::isDirectory).count()).isZero();
    assertThat(OutboxCommand.run(new String[] {"send"}, settings)).isEqualTo(2);
  }

  @Test
  void leftoversRecordedForAnotherPlatformStayInTheOutboxUntilAFlushWithTheirOwnTarget() throws IOException {
    proxy.mode(FaultProxy.Mode.DOWN);
    ReportingOutcome left = run(3, 0);
    proxy.mode(FaultProxy.Mode.UP);
    try (TestPlatform other = TestPlatform.start(Fixtures.KEY)) {
      // The machine now reports to another platform with the same key: the earlier run is not its to deliver.
      ReportingOutcome moved = run(other.url(), 2, 15_000);
      assertThat(moved.pending()).isZero();
      assertThat(other.events().values()).allMatch(e -> e.path("runId").asText().equals(moved.runId()));
      assertThat(left.outboxDir().resolve("events.log")).exists();

      Settings settings = Settings.of(Map.of(ReportingConfig.SERVER_URL, other.url(), ReportingConfig.API_KEY,
          Fixtures.KEY, ReportingConfig.OUTBOX_DIR, outbox.toString()), Map.of(), Map.of(), Map.of());
      assertThat(OutboxCommand.run(new String[] {"flush", "5"}, settings)).isEqualTo(1);
      assertThat(countRun(left.runId())).isZero();
    }
    Settings original = Settings.of(Map.of(ReportingConfig.SERVER_URL, proxy.url(), ReportingConfig.API_KEY,
        Fixtures.KEY, ReportingConfig.OUTBOX_DIR, outbox.toString()), Map.of(), Map.of(), Map.of());
    assertThat(OutboxCommand.run(new String[] {"flush", "20"}, original)).isZero();
    assertThat(countRun(left.runId())).isEqualTo(5);
    assertThat(left.outboxDir()).doesNotExist();
  }

  private ReportingOutcome run(int tests, long finishWaitMs) {
    return run(proxy.url(), tests, finishWaitMs);
  }

  private ReportingOutcome run(String url, int tests, long finishWaitMs) {
    ReportingConfig config = Fixtures.config(url, outbox, finishWaitMs);
    try (PlatformReporter reporter = PlatformReporter.start(config, Fixtures.CI, "run")) {
      for (int i = 0; i < tests; i++) {
        reporter.testFinished(Fixtures.passed("t" + i), dir);
      }
      return reporter.finish(new RunSummary(tests, tests, 0, 0, 0));
    }
  }

  private long countRun(String runId) {
    return platform.events().values().stream().filter(e -> e.path("runId").asText().equals(runId)).count();
  }

  private static String capturingStderr(Runnable action) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setErr(original);
    }
    String text = captured.toString(StandardCharsets.UTF_8);
    original.print(text);
    return text;
  }

}
