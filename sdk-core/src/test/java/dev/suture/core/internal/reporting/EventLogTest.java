package dev.suture.core.internal.reporting;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EventLogTest {
  @TempDir
  Path dir;

  @Test
  void concurrentAppendsShareForcesAndEveryRecordReadsBackWhole() throws Exception {
    Path file = dir.resolve("events.log");
    List<Thread> threads = new ArrayList<>();
    try (EventLog log = new EventLog(file, true)) {
      for (int t = 0; t < 8; t++) {
        int thread = t;
        Thread writer = new Thread(() -> {
          for (int i = 0; i < 50; i++) {
            try {
              String id = String.format("%08d-0000-0000-0000-%012d", thread, i);
              long committed = log.append(("{\"eventId\":\"" + id + "\",\"type\":\"test.finished\"}")
                  .getBytes(StandardCharsets.UTF_8));
              assertThat(committed).isLessThanOrEqualTo(Files.size(file));
            } catch (Exception e) {
              throw new AssertionError(e);
            }
          }
        });
        writer.start();
        threads.add(writer);
      }
      for (Thread thread : threads) {
        thread.join();
      }
      assertThat(log.committed()).isEqualTo(Files.size(file));
    }
    EventLogReader.Chunk chunk = EventLogReader.read(file, 0, Files.size(file), 10_000, Long.MAX_VALUE, true);
    assertThat(chunk.problems()).isEmpty();
    Set<String> ids = new HashSet<>();
    chunk.events().forEach(e -> ids.add(e.eventId()));
    assertThat(ids).hasSize(400);
    assertThat(chunk.nextOffset()).isEqualTo(Files.size(file));
  }

  @Test
  void withoutForcingOnAppendTheRecordIsWrittenAtOnceAndForcedOnDemand() throws Exception {
    Path file = dir.resolve("events.log");
    try (EventLog log = new EventLog(file, false)) {
      long end = log.append("{\"eventId\":\"a\"}".getBytes(StandardCharsets.UTF_8));
      // In the file (the page cache) already, which is what a killed JVM leaves behind...
      assertThat(Files.size(file)).isEqualTo(end);
      assertThat(log.committed()).isZero();
      // ...and on disk once the sender asks, before it reads anything.
      assertThat(log.force()).isEqualTo(end);
      assertThat(log.committed()).isEqualTo(end);
    }
  }

  @Test
  void readsInBoundedChunksAndResumesFromTheOffset() throws Exception {
    Path file = dir.resolve("events.log");
    try (EventLog log = new EventLog(file, false)) {
      for (int i = 0; i < 10; i++) {
        log.append(("{\"eventId\":\"e" + i + "\"}").getBytes(StandardCharsets.UTF_8));
      }
    }
    long size = Files.size(file);
    EventLogReader.Chunk first = EventLogReader.read(file, 0, size, 4, Long.MAX_VALUE, false);
    assertThat(first.events()).extracting(EventLogReader.StoredEvent::eventId).containsExactly("e0", "e1", "e2", "e3");
    EventLogReader.Chunk rest = EventLogReader.read(file, first.nextOffset(), size, 100, Long.MAX_VALUE, false);
    assertThat(rest.events()).hasSize(6);
    assertThat(rest.nextOffset()).isEqualTo(size);
  }

  @Test
  void aTornTailIsLeftForLaterInALiveLogAndReportedInAFinalOne() throws Exception {
    Path file = dir.resolve("events.log");
    try (EventLog log = new EventLog(file, false)) {
      log.append("{\"eventId\":\"a\"}".getBytes(StandardCharsets.UTF_8));
    }
    long good = Files.size(file);
    Files.writeString(file, "0123abcd {\"eventId\":\"b", StandardOpenOption.APPEND);
    long size = Files.size(file);

    EventLogReader.Chunk live = EventLogReader.read(file, 0, size, 100, Long.MAX_VALUE, false);
    assertThat(live.events()).hasSize(1);
    assertThat(live.nextOffset()).isEqualTo(good);
    assertThat(live.problems()).isEmpty();

    EventLogReader.Chunk dead = EventLogReader.read(file, 0, size, 100, Long.MAX_VALUE, true);
    assertThat(dead.events()).hasSize(1);
    assertThat(dead.nextOffset()).isEqualTo(size);
    assertThat(dead.problems()).singleElement().asString()
        .startsWith("torn last record at bytes " + good + ".." + size + " of ");
  }

  @Test
  void backoffGrowsWithJitterAndHonoursRetryAfterUpToItsCap() {
    Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(30));
    for (int attempt = 0; attempt < 12; attempt++) {
      long ceiling = Math.min(30_000, 200L << attempt);
      assertThat(backoff.delay(attempt, null).toMillis()).isBetween(ceiling / 2, ceiling);
    }
    assertThat(backoff.delay(0, Duration.ofSeconds(7))).isEqualTo(Duration.ofSeconds(7));
    assertThat(backoff.delay(0, Duration.ofHours(2))).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void retryAfterIsSecondsOrAnHttpDate() {
    assertThat(RetryAfter.parse("3")).isEqualTo(Duration.ofSeconds(3));
    assertThat(RetryAfter.parse(null)).isNull();
    assertThat(RetryAfter.parse("soon")).isNull();
    String inTenSeconds = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
        .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(10));
    assertThat(RetryAfter.parse(inTenSeconds)).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(10));
  }
}
