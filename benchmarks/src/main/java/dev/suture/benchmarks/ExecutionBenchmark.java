package dev.suture.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Suites run by the platform's own workers: the server jar runs with the worker on and {@code
 * suture.worker.concurrency} = 1, 2 and 4 slots (a restart per setting, a fresh database each time), a generated
 * suite of short browser tests against a tiny page server in this JVM is executed through the public API twice,
 * and the second execute → finished is timed: the first launches the slots' browsers and loads the healing model,
 * which a long-lived worker does once. The queue overhead is the median of {@code started_at - queued_at} of the
 * {@code execution_jobs} rows: the suite's parallelism equals the slots, so a job is queued only when a slot is
 * about to be free.
 */
final class ExecutionBenchmark implements Benchmark {
  private static final int[] SLOTS = {1, 2, 4};

  @Override
  public String name() {
    return "execution";
  }

  @Override
  public String usage() {
    return "[--server-jar PATH (platform-server/target/suture-platform.jar)] [--tests N (48)]  a suite of N short"
        + " browser tests run by the platform's worker with 1, 2 and 4 slots, on a fresh database on the PostgreSQL"
        + " at 127.0.0.1:5432; prints execution: tests=N slots1_s=... slots2_s=... slots4_s=... speedup2=..."
        + " speedup4=... queue_overhead_ms=...";
  }

  @Override
  public int run(List<String> args) throws Exception {
    Path jar = Path.of("platform-server/target/suture-platform.jar");
    int tests = 48; // runs of 10 s and more: at 24 tests a run of 5 s wobbles by a quarter from one to the next
    for (int i = 0; i < args.size(); i++) {
      String value = i + 1 < args.size() ? args.get(i + 1) : "";
      switch (args.get(i)) {
        case "--server-jar" -> jar = Path.of(value);
        case "--tests" -> tests = Integer.parseInt(value);
        default -> throw new IllegalArgumentException("Unknown argument '" + args.get(i) + "'. " + usage());
      }
      i++;
    }
    HttpServer pages = startPageServer();
    try {
      String baseUrl = "http://127.0.0.1:" + pages.getAddress().getPort();
      double[] seconds = new double[SLOTS.length];
      List<Double> waits = new ArrayList<>();
      for (int s = 0; s < SLOTS.length; s++) {
        seconds[s] = runSuite(jar, SLOTS[s], tests, baseUrl, waits);
        System.out.printf(Locale.ROOT, "execution: %d slot(s): %d tests in %.1f s%n", SLOTS[s], tests, seconds[s]);
      }
      System.out.printf(Locale.ROOT, "execution: tests=%d slots1_s=%.1f slots2_s=%.1f slots4_s=%.1f speedup2=%.2f"
              + " speedup4=%.2f queue_overhead_ms=%.1f%n", tests, seconds[0], seconds[1], seconds[2],
          seconds[0] / seconds[1], seconds[0] / seconds[2], median(waits));
      return 0;
    } finally {
      pages.stop(0);
    }
  }

  /** One server start with {@code slots} worker slots; answers execute → finished in seconds. */
  private static double runSuite(Path jar, int slots, int tests, String baseUrl, List<Double> waits) throws Exception {
    String database = "suture_bench_execution_" + slots + "_" + System.currentTimeMillis();
    psql("postgres", "CREATE DATABASE " + database);
    try {
      List<String> props = List.of("suture.db.url=jdbc:postgresql://127.0.0.1:5432/" + database,
          "suture.db.username=postgres", "suture.worker.enabled=true", "suture.worker.concurrency=" + slots,
          "suture.rate-limit.api-per-minute=1000000000", "suture.auth.bcrypt-cost=4");
      try (PlatformServerProcess server = PlatformServerProcess.start(jar, props)) {
        String token = server.signIn();
        String org = server.call("POST", "/api/organizations", Map.of("name", "bench org"), token, 201)
            .get("id").asText();
        String project = server.call("POST", "/api/projects", Map.of("organizationId", org, "name", "execution"),
            token, 201).get("id").asText();
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < tests; i++) {
          cases.add(server.call("POST", "/api/test-cases", Map.of("projectId", project, "testCase",
              Map.of("name", "greeting " + i, "steps", steps(i))), token, 201).get("id").asText());
        }
        String suite = server.call("POST", "/api/test-suites", Map.of("projectId", project, "name", "generated",
            "config", Map.of("parallelism", slots, "baseUrl", baseUrl)), token, 201).get("id").asText();
        server.call("PUT", "/api/test-suites/" + suite + "/test-cases", Map.of("testCaseIds", cases), token, 200);

        // The first run launches the slots' browsers and loads the healing model: a worker pays that once in its
        // life, so it is left out of the timing, which measures a worker that is already up.
        String execution;
        double elapsed;
        try (ExecutionWatch watch = ExecutionWatch.open(server.base(), project, token)) {
          runToEnd(server, watch, suite, token, slots);
          long start = System.nanoTime();
          execution = runToEnd(server, watch, suite, token, slots);
          elapsed = (System.nanoTime() - start) / 1e9;
        }
        for (String wait : psql(database, "SELECT EXTRACT(EPOCH FROM started_at - queued_at) * 1000 FROM"
            + " execution_jobs WHERE attempt = 1 AND execution_id = '" + execution + "'").split("\n")) {
          waits.add(Double.parseDouble(wait.trim()));
        }
        return elapsed;
      }
    } finally {
      psql("postgres", "DROP DATABASE IF EXISTS " + database);
    }
  }

  /**
   * Executes the suite and waits for it to pass, told of its end by the progress stream (no polling); answers the
   * execution id.
   */
  private static String runToEnd(PlatformServerProcess server, ExecutionWatch watch, String suite, String token,
                                 int slots) throws Exception {
    String execution = server.call("POST", "/api/test-suites/" + suite + "/execute", Map.of(), token, 201)
        .get("executionId").asText();
    watch.awaitFinished(execution, Duration.ofMinutes(10));
    String status = server.call("GET", "/api/executions/" + execution, null, token, 200)
        .path("execution").path("status").asText();
    if (!status.equals("PASSED")) {
      throw new IllegalStateException("The suite ended " + status + " with " + slots + " slots: a benchmark of"
          + " failing tests would not measure the work; see the server log.");
    }
    return execution;
  }

  /** Navigate, fill, click, check: four concrete steps against the page server, each test with its own name. */
  private static List<Map<String, String>> steps(int i) {
    return List.of(Map.of("action", "navigate", "value", "/greet"),
        Map.of("action", "fill", "target", "#name", "value", "visitor " + i),
        Map.of("action", "click", "target", "#greet"),
        Map.of("action", "expect text", "target", "#out", "value", "Hello, visitor " + i));
  }

  private static HttpServer startPageServer() throws IOException {
    byte[] page = ("<!doctype html><html><head><title>Greeting</title></head><body><h1>Greeting</h1>"
        + "<input id=\"name\" aria-label=\"Name\"><button id=\"greet\" onclick=\"document.getElementById('out')"
        + ".textContent = 'Hello, ' + document.getElementById('name').value\">Greet</button><p id=\"out\"></p>"
        + "</body></html>").getBytes(StandardCharsets.UTF_8);
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/greet", exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, page.length);
      exchange.getResponseBody().write(page);
      exchange.close();
    });
    server.start();
    return server;
  }

  /** Runs one statement with psql on the PostgreSQL at 127.0.0.1:5432 and answers its unaligned rows. */
  private static String psql(String database, String sql) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("psql", "-h", "127.0.0.1", "-p", "5432", "-U", "postgres", "-d", database,
        "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1", "-c", sql).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("psql on 127.0.0.1:5432 failed (this benchmark needs that PostgreSQL, user"
          + " postgres, and the psql client): " + out);
    }
    return out;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
