package dev.suture.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The platform's data path at scale: a generated year of history (1 million step results across 20 projects,
 * 200 suites) is sent through the HTTP batch ingest endpoint into a fresh database by concurrent clients, which
 * measures sustained ingest throughput and batch latency; then the dashboard, trends and flaky reports are asked
 * for, round-robin over the projects, and their latency is measured on that history.
 */
final class PlatformDataBenchmark implements Benchmark {

  @Override
  public String name() {
    return "platform-data";
  }

  @Override
  public String usage() {
    return "[--server-jar PATH (platform-server/target/suture-platform.jar)] [--steps N (1000000)] [--projects N (20)]"
        + " [--clients N (4)] [--queries N (100)]  ingest through HTTP into a fresh database, then report latency;"
        + " prints platform-data: ingest_results_per_s=... ingest_p99_ms=... dashboard_p95_ms=... trends_p95_ms=..."
        + " flaky_p95_ms=...";
  }

  @Override
  public int run(List<String> args) throws Exception {
    Path jar = Path.of("platform-server/target/suture-platform.jar");
    long steps = 1_000_000;
    int projects = 20;
    int clients = 4;
    int queries = 100;
    for (int i = 0; i < args.size(); i++) {
      String value = i + 1 < args.size() ? args.get(i + 1) : "";
      switch (args.get(i)) {
        case "--server-jar" -> jar = Path.of(value);
        case "--steps" -> steps = Long.parseLong(value);
        case "--projects" -> projects = Integer.parseInt(value);
        case "--clients" -> clients = Integer.parseInt(value);
        case "--queries" -> queries = Integer.parseInt(value);
        default -> throw new IllegalArgumentException("Unknown argument '" + args.get(i) + "'. " + usage());
      }
      i++;
    }
    // No rate limit or tier limit may throttle the load; a token that outlives the run.
    List<String> props = List.of("suture.rate-limit.api-per-minute=1000000000", "suture.rate-limit.auth-per-minute=1000",
        "suture.tiers.free.max-projects=100000", "suture.auth.access-token-ttl=6h", "suture.auth.bcrypt-cost=4",
        "suture.web.secure-cookies=false");
    System.out.println("platform-data: starting " + jar + " on a fresh embedded PostgreSQL");
    try (PlatformServerProcess server = PlatformServerProcess.start(jar, props)) {
      PlatformServerProcess.Account account = server.register();
      String token = account.token();
      String org = server.call("POST", "/api/organizations", Map.of("name", "bench org"), token, 201).get("id").asText();
      List<String> projectIds = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      for (int p = 0; p < projects; p++) {
        String id = server.call("POST", "/api/projects", Map.of("organizationId", org, "name", "project " + p), token,
            201).get("id").asText();
        projectIds.add(id);
        keys.add(server.call("POST", "/api/projects/" + id + "/api-keys", Map.of("name", "ci"), token, 201)
            .get("key").asText());
      }
      PlatformHistory history = new PlatformHistory(projects, steps, Instant.now());
      System.out.printf("platform-data: %d projects, %d suites, %d step results in %d batches of %d, %d clients%n",
          projects, projects * PlatformHistory.SUITES_PER_PROJECT, history.totalSteps(),
          (long) projects * history.batchesPerProject(), history.stepsPerBatch(), clients);

      List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
      AtomicInteger next = new AtomicInteger();
      int batches = projects * history.batchesPerProject();
      int projectCount = projects;
      long started = System.nanoTime();
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        done.add(pool.submit(() -> {
          for (int n = next.getAndIncrement(); n < batches; n = next.getAndIncrement()) {
            int p = n % projectCount; // interleave projects, as many CI pipelines would
            Map<String, Object> batch = history.batch(p, n / projectCount);
            byte[] body = PlatformServerProcess.json(batch);
            long t0 = System.nanoTime();
            HttpResponse<byte[]> r = server.send("POST", "/api/ingest/batches", body, keys.get(p));
            latencies.add((System.nanoTime() - t0) / 1e6);
            if (r.statusCode() != 200) {
              throw new IllegalStateException("Batch " + n + " answered " + r.statusCode() + ": "
                  + new String(r.body(), StandardCharsets.UTF_8));
            }
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      pool.shutdown();
      double seconds = (System.nanoTime() - started) / 1e9;
      double perSecond = history.totalSteps() / seconds;
      System.out.printf("platform-data: ingested %d step results in %.1f s (%d batches, p50 %.1f ms, p99 %.1f ms)%n",
          history.totalSteps(), seconds, latencies.size(), percentile(latencies, 50), percentile(latencies, 99));

      JsonNode year = server.call("GET", "/api/reports/dashboard?projectId=" + projectIds.get(0) + "&from="
          + Instant.now().minusSeconds(365L * 86400 + 3600) + "&to=" + Instant.now().plusSeconds(3600), null, token, 200);
      System.out.printf("platform-data: check: project 0 has %d test results and %d runs over the year (expected %d)%n",
          year.get("tests").asLong(), year.get("runs").asLong(), history.totalSteps()
              / projects / PlatformHistory.STEPS_PER_TEST);

      double dashboard = measure(server, token, projectIds, "/api/reports/dashboard?projectId=", queries);
      double trends = measure(server, token, projectIds, "/api/reports/trends?projectId=", queries);
      double flaky = measure(server, token, projectIds, "/api/reports/flaky?projectId=", queries);
      measureOverviewPage(DashboardClient.signIn(server.base(), account.email(), account.password()), projectIds,
          queries);
      System.out.printf("platform-data: ingest_results_per_s=%.0f ingest_p99_ms=%.1f dashboard_p95_ms=%.1f"
          + " trends_p95_ms=%.1f flaky_p95_ms=%.1f%n", perSecond, percentile(latencies, 99), dashboard, trends, flaky);
    }
    return 0;
  }

  /** p95 of {@code n} requests (after 10 unmeasured ones), round-robin over the projects, default range. */
  private static double measure(PlatformServerProcess server, String token, List<String> projects, String path, int n)
      throws Exception {
    List<Double> times = time(n, i -> server.call("GET", path + projects.get(i % projects.size()), null, token, 200));
    System.out.printf("platform-data: %s p50 %.1f ms, p95 %.1f ms over %d requests%n", path.substring(0,
        path.indexOf('?')), percentile(times, 50), percentile(times, 95), n);
    return percentile(times, 95);
  }

  /**
   * The dashboard's project overview (tiles, four charts, flaky tests, last runs) rendered on the same history; the
   * dashboard issue's target is 300 ms of server time, timed here on loopback.
   */
  private static void measureOverviewPage(DashboardClient dashboard, List<String> projects, int n) throws Exception {
    List<Double> times = time(n, i -> {
      String path = "/projects/" + projects.get(i % projects.size());
      HttpResponse<String> page = dashboard.get(path);
      if (page.statusCode() != 200) {
        throw new IllegalStateException("GET " + path + " answered " + page.statusCode());
      }
    });
    System.out.printf("platform-data: overview page /projects/{id} p50 %.1f ms, p95 %.1f ms over %d requests"
        + " (dashboard target: 300 ms)%n", percentile(times, 50), percentile(times, 95), n);
  }

  /** Milliseconds of {@code n} calls of {@code request}, after 10 unmeasured ones. */
  private static List<Double> time(int n, Request request) throws Exception {
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < n + 10; i++) {
      long t0 = System.nanoTime();
      request.send(i);
      if (i >= 10) {
        times.add((System.nanoTime() - t0) / 1e6);
      }
    }
    return times;
  }

  private interface Request {
    void send(int index) throws Exception;
  }

  static double percentile(List<Double> values, double p) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
  }
}
