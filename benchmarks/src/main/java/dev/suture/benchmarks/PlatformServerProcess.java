package dev.suture.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The platform server jar started as a child process on a fresh embedded PostgreSQL (a new data directory), and
 * a small JSON client for it. The benchmark never loads a Micronaut class: it talks HTTP like any client.
 */
final class PlatformServerProcess implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final String base;
  private final Path dataDir;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private PlatformServerProcess(Process process, String base, Path dataDir) {
    this.process = process;
    this.base = base;
    this.dataDir = dataDir;
  }

  static PlatformServerProcess start(Path jar, List<String> systemProperties) throws Exception {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("No server jar at " + jar.toAbsolutePath() + ": build it with "
          + "'./mvnw -q -pl platform-server -am package -DskipTests' or pass --server-jar PATH.");
    }
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path dataDir = Files.createTempDirectory("suture-platform-data-");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-Dsuture.port=" + port));
    systemProperties.forEach(p -> command.add("-D" + p));
    command.addAll(List.of("-jar", jar.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dataDir.resolve("server.log").toFile());
    // A fresh database: the server starts an embedded PostgreSQL in the new data directory.
    builder.environment().remove("SUTURE_DB_URL");
    builder.environment().remove("DATASOURCES_DEFAULT_URL");
    builder.environment().put("SUTURE_DATA_DIR", dataDir.toString());
    PlatformServerProcess server = new PlatformServerProcess(builder.start(), "http://127.0.0.1:" + port, dataDir);
    server.awaitHealthy(Duration.ofMinutes(3));
    return server;
  }

  private void awaitHealthy(Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The server exited with " + process.exitValue() + "; see "
            + dataDir.resolve("server.log"));
      }
      try {
        if (http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("The server did not become healthy within " + timeout + "; see "
        + dataDir.resolve("server.log"));
  }

  String base() {
    return base;
  }

  /** Sends a request and answers the parsed JSON body, failing on any status but the expected one. */
  JsonNode call(String method, String path, Object body, String bearer, int expected) throws Exception {
    HttpResponse<byte[]> r = send(method, path, body == null ? null : JSON.writeValueAsBytes(body), bearer);
    if (r.statusCode() != expected) {
      throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": "
          + new String(r.body(), StandardCharsets.UTF_8));
    }
    return r.body().length == 0 ? null : JSON.readTree(r.body());
  }

  HttpResponse<byte[]> send(String method, String path, byte[] body, String bearer) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A registered user: its e-mail, password and access token. */
  record Account(String email, String password, String token) {
  }

  /** Registers a fresh user and answers its access token. */
  String signIn() throws Exception {
    return register().token();
  }

  /** Registers a fresh user and signs it in. */
  Account register() throws Exception {
    String email = "bench-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    String password = "benchmark-password-1";
    call("POST", "/api/auth/register", Map.of("email", email, "password", password, "name", "Bench"), null, 201);
    return new Account(email, password, call("POST", "/api/auth/login", Map.of("email", email, "password", password),
        null, 200).get("accessToken").asText());
  }

  static byte[] json(Map<String, Object> value) throws IOException {
    return JSON.writeValueAsBytes(value);
  }

  @Override
  public void close() throws Exception {
    process.destroy(); // SIGTERM: the server stops its embedded PostgreSQL in its shutdown hook
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
