package dev.suture.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Authentication throughput of the platform server, measured from outside: the server jar runs as its own
 * process on a fresh embedded PostgreSQL (a new data directory), and Debian's {@code wrk} drives it over
 * loopback. Login is bounded by bcrypt at cost 12 (reported, not tuned away); {@code GET /api/users/me}
 * verifies the JWT, checks the session in PostgreSQL and reads the user. Rate limits are raised for the run so
 * that they do not cap it; any non-2xx answer fails the benchmark rather than inflating the rate.
 */
final class PlatformAuthBenchmark implements Benchmark {
  private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern P99 = Pattern.compile("\\n\\s+99%\\s+([0-9.]+)(us|ms|s)");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
  private static final String PASSWORD = "benchmark-password-1";

  @Override
  public String name() {
    return "platform-auth";
  }

  @Override
  public String usage() {
    return "[--jar PATH (platform-server/target/suture-platform.jar)] [--seconds N (15)] [--warmup N (30)]"
        + " [--connections N (16)]"
        + "  server jar on a fresh embedded PostgreSQL, driven by wrk; prints"
        + " platform-auth: login_rps=... me_rps=... me_p99_ms=...";
  }

  @Override
  public int run(List<String> args) throws Exception {
    Path jar = Path.of("platform-server/target/suture-platform.jar");
    int seconds = 15;
    int warmup = 30;
    int connections = 16;
    for (int i = 0; i < args.size(); i++) {
      String value = i + 1 < args.size() ? args.get(i + 1) : "";
      switch (args.get(i)) {
        case "--jar" -> jar = Path.of(value);
        case "--seconds" -> seconds = Integer.parseInt(value);
        case "--warmup" -> warmup = Integer.parseInt(value);
        case "--connections" -> connections = Integer.parseInt(value);
        default -> throw new IllegalArgumentException("Unknown argument '" + args.get(i) + "'. " + usage());
      }
      i++;
    }
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("No server jar at " + jar.toAbsolutePath() + ": build it with"
          + " ./mvnw -q -pl platform-server -am package -DskipTests, or pass --jar PATH.");
    }
    requireWrk();
    Path dataDir = Files.createTempDirectory("suture-bench-platform");
    int port = freePort();
    Process server = startServer(jar, dataDir, port);
    try {
      String base = "http://127.0.0.1:" + port;
      String email = "bench-" + System.nanoTime() + "@example.com";
      String credentials = "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}";
      post(base + "/api/auth/register", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD
          + "\",\"name\":\"Bench\"}", 201);
      String login = post(base + "/api/auth/login", credentials, 200);
      Matcher token = Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(login);
      if (!token.find()) {
        throw new IllegalStateException("Login answered no access token: " + login);
      }
      Path script = dataDir.resolve("login.lua");
      Files.writeString(script, "wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\n"
          + "wrk.body = '" + credentials + "'\n");
      String auth = "Authorization: Bearer " + token.group(1);
      // Warm-up: the JIT needs some ten thousand requests before the server runs at speed (measured: ~120 rps
      // in the first seconds, ~3,500 after 40 s), plus the connection pool and PostgreSQL's caches.
      wrk(List.of("-t2", "-c" + connections, "-d" + warmup + "s", "-H", auth, base + "/api/users/me"));
      // /me first: logins still queued in the server when a login run ends would steal its CPU.
      String meOut = wrk(List.of("-t2", "-c" + connections, "-d" + seconds + "s", "--timeout", "10s", "--latency",
          "-H", auth, base + "/api/users/me"));
      // Each login spends a bcrypt cost-12 check: allow slow answers instead of counting them as timeouts. The
      // bcrypt code runs interpreted at first, so logins get their own short warm-up.
      List<String> loginArgs = List.of("-t2", "-c4", "--timeout", "60s", "-s", script.toString(),
          base + "/api/auth/login");
      wrk(Stream.concat(Stream.of("-d5s"), loginArgs.stream()).toList());
      String loginOut = wrk(Stream.concat(Stream.of("-d" + seconds + "s"), loginArgs.stream()).toList());
      System.out.println("--- wrk login ---\n" + loginOut + "--- wrk me ---\n" + meOut);
      double loginRps = number(RPS, loginOut, "login Requests/sec");
      double meRps = number(RPS, meOut, "me Requests/sec");
      double p99 = p99Millis(meOut);
      System.out.printf(Locale.ROOT, "platform-auth: login_rps=%.1f me_rps=%.0f me_p99_ms=%.2f%n", loginRps, meRps,
          p99);
      return 0;
    } finally {
      server.destroy();
      if (!server.waitFor(30, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
      deleteTree(dataDir);
    }
  }

  private static void requireWrk() throws InterruptedException {
    try {
      Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      p.waitFor();
    } catch (IOException e) {
      throw new IllegalStateException("The load generator 'wrk' is not installed: apt-get install -y wrk", e);
    }
  }

  private static Process startServer(Path jar, Path dataDir, int port) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder("java", "-jar", jar.toAbsolutePath().toString());
    pb.environment().put("SUTURE_DATA_DIR", dataDir.toString());
    pb.environment().put("SUTURE_PORT", Integer.toString(port));
    pb.environment().put("SUTURE_HOST", "127.0.0.1");
    pb.environment().put("SUTURE_RATE_LIMIT_AUTH_PER_MINUTE", "100000000");
    pb.environment().put("SUTURE_RATE_LIMIT_API_PER_MINUTE", "100000000");
    pb.environment().put("SUTURE_LOG_LEVEL", "WARN");
    pb.environment().remove("SUTURE_DB_URL");
    pb.redirectErrorStream(true);
    Process process = pb.start();
    CompletableFuture<Boolean> ready = new CompletableFuture<>();
    Thread pump = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
          StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          if (line.contains("listening on")) {
            ready.complete(true);
          } else if (!ready.isDone()) {
            System.err.println("[server] " + line);
          }
        }
      } catch (IOException e) {
        ready.completeExceptionally(e);
      }
      ready.complete(false);
    }, "platform-server-output");
    pump.setDaemon(true);
    pump.start();
    try {
      if (!ready.get(180, TimeUnit.SECONDS)) {
        throw new IllegalStateException("The platform server exited before it listened (exit "
            + process.waitFor() + "); see its output above");
      }
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      process.destroyForcibly();
      throw new IllegalStateException("The platform server did not start within 180 s", e);
    }
    return process;
  }

  private static String post(String url, String body, int expected) throws IOException, InterruptedException {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != expected) {
      throw new IllegalStateException(url + " answered " + r.statusCode() + " instead of " + expected + ": "
          + r.body());
    }
    return r.body();
  }

  private static String wrk(List<String> args) throws IOException, InterruptedException {
    List<String> command = Stream.concat(Stream.of("wrk"), args.stream()).toList();
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException("wrk failed: " + out);
    }
    Matcher bad = NON_2XX.matcher(out);
    if (bad.find()) {
      throw new IllegalStateException(bad.group(1) + " answers were not 2xx, so the rate would lie:\n" + out);
    }
    return out;
  }

  private static double number(Pattern pattern, String text, String what) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("No " + what + " in wrk output:\n" + text);
    }
    return Double.parseDouble(m.group(1));
  }

  private static double p99Millis(String text) {
    Matcher m = P99.matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("No 99% latency in wrk output:\n" + text);
    }
    double value = Double.parseDouble(m.group(1));
    return switch (m.group(2)) {
      case "us" -> value / 1000;
      case "s" -> value * 1000;
      default -> value;
    };
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
