package dev.suture.core.internal.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The background thread that moves events from the outbox to the platform: the live run first, then what earlier
 * runs left. A batch is read from disk, its artifacts are uploaded, it is posted with retries under one
 * idempotency key, and its events are marked sent only after the platform answered 200.
 */
final class Sender implements Runnable {
  /** The contract allows 5 MiB per batch after decompression; stay well below it. */
  private static final long MAX_BATCH_BYTES = 4L * 1024 * 1024;
  private static final Duration IDLE_WAIT = Duration.ofMillis(200);

  private final PlatformClient client;
  private final Retrier retrier;
  private final ArtifactUploader uploader;
  private final OnceLog onceLog;
  private final int batchSize;
  private final Listener listener;
  private final List<RunCursor> cursors = new CopyOnWriteArrayList<>();
  private final Object signal = new Object();
  private final AtomicLong delivered = new AtomicLong();
  private final AtomicInteger retries = new AtomicInteger();
  private final AtomicInteger skippedRecords = new AtomicInteger();
  private volatile boolean stopWhenIdle;
  private volatile boolean misconfigured;

  /** Told of run links and of leftover runs completed. */
  interface Listener {
    void runUrl(String runId, String url);

    void leftoverSent(RunCursor cursor);
  }

  Sender(PlatformClient client, Retrier retrier, ArtifactUploader uploader, OnceLog onceLog, int batchSize,
         Listener listener) {
    this.client = client;
    this.retrier = retrier;
    this.uploader = uploader;
    this.onceLog = onceLog;
    this.batchSize = batchSize;
    this.listener = listener;
  }

  void add(RunCursor cursor) {
    cursors.add(cursor);
    wake();
  }

  void wake() {
    synchronized (signal) {
      signal.notifyAll();
    }
  }

  /** Makes {@link #run()} return once nothing is left to send (used by the flush command). */
  void stopWhenIdle() {
    stopWhenIdle = true;
    wake();
  }

  void stop() {
    retrier.stop();
    client.cancelAll();
    wake();
  }

  /** Whether runs left by earlier processes are still being sent. */
  boolean hasLeftovers() {
    return cursors.stream().anyMatch(cursor -> !cursor.live());
  }

  long delivered() {
    return delivered.get();
  }

  int retries() {
    return retries.get();
  }

  int skippedRecords() {
    return skippedRecords.get();
  }

  /** The key or URL was refused: nothing more is sent, everything stays in the outbox for a fixed configuration. */
  boolean misconfigured() {
    return misconfigured;
  }

  @Override
  public void run() {
    while (!retrier.isStopped() && !misconfigured) {
      boolean worked = false;
      try {
        worked = sendOne();
      } catch (IOException | RuntimeException e) {
        onceLog.warn("outbox:" + e.getClass().getName(), "Suture: cannot read the outbox ({}); events stay there "
            + "for the next run", e.toString());
        retrier.sleep(Duration.ofSeconds(1));
      }
      if (!worked) {
        if (stopWhenIdle) {
          return;
        }
        synchronized (signal) {
          try {
            signal.wait(IDLE_WAIT.toMillis());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }
    }
  }

  /** Sends one batch from the first run that has events; false when there is nothing to send. */
  private boolean sendOne() throws IOException {
    for (RunCursor cursor : cursors) {
      EventLogReader.Chunk chunk = cursor.read(batchSize, MAX_BATCH_BYTES);
      chunk.problems().forEach(problem -> OnceLog.log().warn("Suture outbox: {}", problem));
      skippedRecords.addAndGet(chunk.problems().size());
      java.util.Set<String> sentBefore = cursor.sentBefore();
      List<EventLogReader.StoredEvent> events = chunk.events().stream()
          .filter(e -> !sentBefore.contains(e.eventId())).toList();
      if (events.isEmpty()) {
        if (chunk.nextOffset() != cursor.offset()) {
          cursor.advance(chunk.nextOffset());
          return true;
        }
        if (!cursor.live()) {
          cursors.remove(cursor);
          listener.leftoverSent(cursor);
          return true;
        }
        continue;
      }
      if (deliver(cursor, events)) {
        cursor.advance(chunk.nextOffset());
      }
      return true;
    }
    return false;
  }

  /** Delivers events (splitting on 413); true when each is on the platform or refused for good. */
  private boolean deliver(RunCursor cursor, List<EventLogReader.StoredEvent> events) throws IOException {
    List<ObjectNode> nodes = new ArrayList<>(events.size());
    events.forEach(e -> nodes.add(e.event().deepCopy()));
    if (!uploader.prepare(nodes, cursor.outbox().dir())) {
      return false;
    }
    String batchId = UUID.randomUUID().toString();
    ObjectNode batch = Json.MAPPER.createObjectNode();
    batch.put("batchId", batchId);
    batch.putArray("events").addAll(nodes);
    byte[] body = Json.MAPPER.writeValueAsBytes(batch);
    HttpAnswer answer = retrier.call("batch", () -> client.postBatch(batchId, body), (what, failed, attempt, delay) -> {
      retries.incrementAndGet();
      onceLog.warn("retry:" + (failed.code() == HttpAnswer.NO_ANSWER ? "io" : failed.code()), "Suture: the platform "
          + "did not take a batch ({}); retrying with backoff, the events are safe in the outbox", failed.message());
    });
    List<String> ids = events.stream().map(EventLogReader.StoredEvent::eventId).toList();
    if (answer.ok()) {
      readAnswer(answer, events);
      cursor.outbox().markSent(ids);
      delivered.addAndGet(ids.size());
      return true;
    }
    if (answer.code() == 413 && events.size() > 1) {
      int half = events.size() / 2;
      return deliver(cursor, events.subList(0, half)) && deliver(cursor, events.subList(half, events.size()));
    }
    if (answer.refusedKey() || answer.code() == 404 || answer.code() == 405) {
      misconfigured = true;
      onceLog.warn("misconfigured", "Suture: the platform refused the events at {} ({}). Check suture.server.url "
          + "and suture.server.api-key; the events stay in the outbox and are sent by the next run.",
          client.batchesUrl(), answer.message());
      return false;
    }
    if (answer.retryable()) {
      return false;
    }
    // Any other 4xx will never change: log it once with the server's message, and do not retry it forever.
    onceLog.warn("rejected:" + answer.code(), "Suture: the platform rejected a batch of {} events ({}); they are "
        + "not retried", ids.size(), answer.message());
    cursor.outbox().markSent(ids);
    delivered.addAndGet(ids.size());
    return true;
  }

  private void readAnswer(HttpAnswer answer, List<EventLogReader.StoredEvent> events) {
    try {
      JsonNode json = Json.MAPPER.readTree(answer.body());
      for (JsonNode error : json.path("errors")) {
        onceLog.warn("item:" + error.path("field").asText() + error.path("message").asText(),
            "Suture: the platform rejected event {} ({}): {} {}; it is not retried (similar rejections are not "
                + "logged again)", error.path("eventId").asText(), describe(events, error.path("index").asInt(-1)),
            error.path("field").asText(), error.path("message").asText());
      }
      if (json.path("runs") instanceof ArrayNode runs) {
        for (JsonNode run : runs) {
          if (run.hasNonNull("runId") && run.hasNonNull("url")) {
            listener.runUrl(run.get("runId").asText(), run.get("url").asText());
          }
        }
      }
    } catch (IOException e) {
      onceLog.warn("answer", "Suture: the platform's answer to a batch is not the expected JSON ({})", e.getMessage());
    }
  }

  private static String describe(List<EventLogReader.StoredEvent> events, int index) {
    if (index < 0 || index >= events.size()) {
      return "?";
    }
    JsonNode event = events.get(index).event();
    return event.path("type").asText() + (event.has("test") ? " " + event.path("test").path("key").asText() : "");
  }
}
