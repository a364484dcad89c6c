package dev.suture.core.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

/**
 * A real HTTP server on 127.0.0.1 that speaks the ingest contract (/work/notes/ingest-contract.md) the way the
 * platform does, keeps everything it is sent, and misbehaves on request: fails the next N batches with a status (500,
 * 429 with Retry-After, 400...), or answers slowly. Combine with {@link FaultProxy} for refused and reset
 * connections. Used by the reporting tests and by the {@code reporting} benchmark.
 */
public final class TestPlatform implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> TYPES = Set.of("run.started", "test.finished", "run.finished");
  private static final Set<String> STATUSES = Set.of("PASSED", "FAILED", "SKIPPED", "ABORTED");

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(8);
  private final String apiKey;
  /** eventId -> the event as stored (first copy wins, as the contract says). */
  private final Map<String, JsonNode> events = new ConcurrentHashMap<>();
  /** eventId -> how many times a request carried it (more than one means a client resent it; never stored twice). */
  private final Map<String, AtomicInteger> receipts = new ConcurrentHashMap<>();
  /** sha256 -> storage id, and storage id -> bytes. */
  private final Map<String, String> byHash = new ConcurrentHashMap<>();
  private final Map<String, byte[]> blobs = new ConcurrentHashMap<>();
  private final Set<String> idempotencyKeys = ConcurrentHashMap.newKeySet();
  private final AtomicInteger batches = new AtomicInteger();
  private final AtomicInteger uploads = new AtomicInteger();
  private final AtomicInteger gzipped = new AtomicInteger();
  private final AtomicInteger failNext = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private volatile int failStatus = 500;
  private volatile int retryAfterSeconds = -1;
  private volatile long delayMs;
  private volatile String healingState = "{\"accepted\":[],\"rejected\":[]}";

  private TestPlatform(String apiKey, int port) throws IOException {
    this.apiKey = apiKey;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
    server.setExecutor(executor);
    server.createContext("/api/ingest/batches", exchange -> handle(exchange, this::batch));
    server.createContext("/api/ingest/healing-state", exchange -> handle(exchange, this::healingState));
    server.createContext("/api/storage", exchange -> handle(exchange, this::storage));
    server.start();
  }

  /** Starts a platform that accepts exactly this API key. */
  public static TestPlatform start(String apiKey) throws IOException {
    return new TestPlatform(apiKey, 0);
  }

  /** Starts a platform on a given port, for example where an earlier one was, to play a platform coming back. */
  public static TestPlatform start(String apiKey, int port) throws IOException {
    return new TestPlatform(apiKey, port);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public String url() {
    return "http://127.0.0.1:" + port();
  }

  /** The next {@code count} batch requests fail with {@code status}; a 429 carries {@code Retry-After}. */
  public void failNextBatches(int count, int status, int retryAfter) {
    failStatus = status;
    retryAfterSeconds = retryAfter;
    failNext.set(count);
  }

  /** Every request waits this long before it is answered. */
  public void delay(long millis) {
    delayMs = millis;
  }

  public void healingState(String json) {
    healingState = json;
  }

  /** Stored events by id. */
  public Map<String, JsonNode> events() {
    return Map.copyOf(events);
  }

  /** Stored events of one type. */
  public List<JsonNode> events(String type) {
    return events.values().stream().filter(e -> type.equals(e.path("type").asText())).toList();
  }

  /** Events a client sent more than once (stored once each all the same). */
  public long resentEvents() {
    return receipts.values().stream().filter(n -> n.get() > 1).count();
  }

  /**
   * Test executions stored more than once in a run under different event ids: a client that reports a test twice.
   * An execution is its key and display name, which tells the repetitions of a repeated test apart.
   */
  public long duplicatedTests() {
    return events("test.finished").stream()
        .collect(java.util.stream.Collectors.groupingBy(e -> e.path("runId").asText() + " " + e.path("test")
            .path("key").asText() + " " + e.path("test").path("name").asText(),
            java.util.stream.Collectors.counting()))
        .values().stream().filter(n -> n > 1).count();
  }

  public int batches() {
    return batches.get();
  }

  /** Batch requests answered with an injected failure. */
  public int failedRequests() {
    return failed.get();
  }

  public int gzippedBatches() {
    return gzipped.get();
  }

  public int uploads() {
    return uploads.get();
  }

  public byte[] blob(String storageId) {
    return blobs.get(storageId);
  }

  public Set<String> idempotencyKeys() {
    return Set.copyOf(idempotencyKeys);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  private void handle(HttpExchange exchange, Handler handler) throws IOException {
    try (exchange) {
      if (delayMs > 0) {
        Thread.sleep(delayMs);
      }
      if (!("Bearer " + apiKey).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        problem(exchange, 401, "Unknown or revoked API key");
        return;
      }
      handler.handle(exchange);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      problem(exchange, 500, e.toString());
    }
  }

  private void batch(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestMethod().equals("POST")) {
      problem(exchange, 405, "POST only");
      return;
    }
    byte[] body = exchange.getRequestBody().readAllBytes();
    if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
      gzipped.incrementAndGet();
      try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
        body = in.readAllBytes();
      }
    }
    if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      failed.incrementAndGet();
      if (retryAfterSeconds >= 0) {
        exchange.getResponseHeaders().set("Retry-After", String.valueOf(retryAfterSeconds));
      }
      problem(exchange, failStatus, "Injected failure " + failStatus);
      return;
    }
    if (body.length > 5 * 1024 * 1024) {
      problem(exchange, 413, "A batch may be at most 5 MiB");
      return;
    }
    JsonNode batch = JSON.readTree(body);
    JsonNode list = batch.path("events");
    if (!batch.hasNonNull("batchId") || !list.isArray() || list.isEmpty() || list.size() > 500) {
      problem(exchange, 400, "A batch needs a batchId and 1 to 500 events");
      return;
    }
    String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
    if (key != null) {
      idempotencyKeys.add(key);
    }
    batches.incrementAndGet();
    int accepted = 0;
    int duplicates = 0;
    ObjectNode answer = JSON.createObjectNode();
    ArrayNode errors = answer.putArray("errors");
    Map<String, String> runs = new java.util.LinkedHashMap<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode event = list.get(i);
      String error = validate(event);
      if (error != null) {
        errors.addObject().put("index", i).put("eventId", event.path("eventId").asText())
            .put("field", error.substring(0, error.indexOf(' '))).put("message", error.substring(error.indexOf(' ') + 1));
        continue;
      }
      String id = event.get("eventId").asText();
      receipts.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
      if (events.putIfAbsent(id, event) == null) {
        accepted++;
      } else {
        duplicates++;
      }
      String runId = event.get("runId").asText();
      runs.put(runId, url() + "/executions/" + runId);
    }
    answer.put("accepted", accepted).put("duplicates", duplicates);
    ArrayNode runList = answer.putArray("runs");
    runs.forEach((runId, url) -> runList.addObject().put("runId", runId).put("url", url));
    send(exchange, 200, "application/json", JSON.writeValueAsBytes(answer));
  }

  private static String validate(JsonNode event) {
    if (!event.hasNonNull("eventId")) {
      return "eventId is required";
    }
    if (!TYPES.contains(event.path("type").asText())) {
      return "type must be one of run.started, test.finished, run.finished";
    }
    if (!event.hasNonNull("runId")) {
      return "runId is required";
    }
    if (event.path("type").asText().equals("test.finished")) {
      JsonNode test = event.path("test");
      if (!STATUSES.contains(test.path("status").asText())) {
        return "test.status must be one of PASSED, FAILED, SKIPPED, ABORTED";
      }
      // The limits and required step field of the platform's parser.
      if (test.path("steps").size() > 1000 || test.path("artifacts").size() > 50
          || test.path("healings").size() > 100) {
        return "test.steps at most 1000 steps, 50 artifacts and 100 healings per test";
      }
      for (JsonNode step : test.path("steps")) {
        if (!step.hasNonNull("action")) {
          return "test.steps.action is required";
        }
      }
      for (JsonNode artifact : test.path("artifacts")) {
        if (!artifact.hasNonNull("storageId")) {
          return "test.artifacts.storageId is required";
        }
      }
    }
    return null;
  }

  private void healingState(HttpExchange exchange) throws IOException {
    send(exchange, 200, "application/json", healingState.getBytes(StandardCharsets.UTF_8));
  }

  private void storage(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    if (exchange.getRequestMethod().equals("HEAD") && path.startsWith("/api/storage/by-hash/")) {
      String id = byHash.get(path.substring("/api/storage/by-hash/".length()));
      if (id == null) {
        exchange.sendResponseHeaders(404, -1);
      } else {
        exchange.getResponseHeaders().set("X-Storage-Id", id);
        exchange.sendResponseHeaders(200, -1);
      }
      return;
    }
    if (!exchange.getRequestMethod().equals("POST") || !path.equals("/api/storage")) {
      problem(exchange, 404, "No such storage resource");
      return;
    }
    byte[] file = Multipart.part(exchange.getRequestHeaders().getFirst("Content-Type"),
        exchange.getRequestBody().readAllBytes(), "file");
    if (file == null) {
      problem(exchange, 400, "multipart part 'file' is required");
      return;
    }
    String sha = sha256(file);
    String id = byHash.computeIfAbsent(sha, s -> {
      String newId = UUID.randomUUID().toString();
      blobs.put(newId, file);
      uploads.incrementAndGet();
      return newId;
    });
    ObjectNode answer = JSON.createObjectNode().put("id", id).put("sha256", sha).put("size", file.length);
    send(exchange, 201, "application/json", JSON.writeValueAsBytes(answer));
  }

  private static void problem(HttpExchange exchange, int status, String detail) throws IOException {
    ObjectNode problem = JSON.createObjectNode().put("status", status).put("title", "Error").put("detail", detail);
    send(exchange, status, "application/problem+json", JSON.writeValueAsBytes(problem));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }

  static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
