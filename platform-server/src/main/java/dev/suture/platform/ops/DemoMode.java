package dev.suture.platform.ops;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --demo}: once the server listens, sets up a demo organisation, project and two users through the
 * server's own public API (so the demo data is exactly what a client would create), prints the dashboard URL
 * and the logins, and, when started from a source checkout, runs the sample suite against the sample bookshop
 * with reporting to the demo project, so that runs and charts appear within minutes.
 */
@Singleton
@Requires(property = "suture.demo", value = "true")
final class DemoMode implements ApplicationEventListener<ServerStartupEvent> {

    static final String OWNER = "demo@suture.dev";
    static final String VIEWER = "viewer@suture.dev";
    static final String PASSWORD = "suture-demo";
    private static final Logger LOG = LoggerFactory.getLogger(DemoMode.class);

    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    DemoMode(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        EmbeddedServer server = event.getSource();
        String url = "http://localhost:" + server.getPort();
        Thread t = new Thread(() -> {
            try {
                setUp(url);
            } catch (IOException | RuntimeException e) {
                LOG.error("Demo set-up failed: {}", e.toString(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "suture-demo");
        t.setDaemon(true);
        t.start();
    }

    private void setUp(String url) throws IOException, InterruptedException {
        register(url, OWNER, "Dana Demo");
        String viewerId = String.valueOf(register(url, VIEWER, "Victor Viewer").get("id"));
        String token = String.valueOf(call(url, "POST", "/api/auth/login", null,
                Map.of("email", OWNER, "password", PASSWORD)).get("accessToken"));
        if (viewerId.equals("null")) {
            viewerId = String.valueOf(((Map<?, ?>) call(url, "POST", "/api/auth/login", null,
                    Map.of("email", VIEWER, "password", PASSWORD)).get("user")).get("id"));
        }
        List<Map<String, Object>> orgs = list(url, "/api/organizations", token);
        String orgId = orgs.isEmpty()
                ? String.valueOf(call(url, "POST", "/api/organizations", token, Map.of("name", "Demo")).get("id"))
                : String.valueOf(orgs.get(0).get("id"));
        List<Map<String, Object>> projects = list(url, "/api/projects?organizationId=" + orgId, token);
        String projectId = projects.isEmpty()
                ? String.valueOf(call(url, "POST", "/api/projects", token, Map.of("organizationId", orgId,
                        "name", "Paper Lantern Books", "description", "The sample bookshop's browser suite")).get("id"))
                : String.valueOf(projects.get(0).get("id"));
        call(url, "POST", "/api/organizations/" + orgId + "/members", token, Map.of("email", VIEWER, "role", "VIEWER"));
        call(url, "POST", "/api/projects/" + projectId + "/members", token, Map.of("userId", viewerId, "role", "VIEWER"));
        String key = String.valueOf(call(url, "POST", "/api/projects/" + projectId + "/api-keys", token,
                Map.of("name", "demo run " + System.currentTimeMillis())).get("key"));
        PrintStream out = System.out;
        out.println();
        out.println("Suture demo ready: " + url + "/");
        out.println("  sign in as " + OWNER + " / " + PASSWORD + " (owner), or " + VIEWER + " / " + PASSWORD
                + " (viewer)");
        String command = "./mvnw -q -pl samples surefire:test -Dsuture.server.url=" + url
                + " -Dsuture.server.api-key=" + key;
        Path checkout = Path.of("").toAbsolutePath();
        if (Files.isRegularFile(checkout.resolve("samples/pom.xml")) && Files.isRegularFile(checkout.resolve("mvnw"))) {
            Path log = checkout.resolve("samples/target/suture-demo-run.log");
            Files.createDirectories(log.getParent());
            out.println("  running the sample suite against the sample bookshop, reporting to the demo project");
            out.println("  (log: " + log + "); runs appear on the dashboard as they finish");
            out.flush();
            Process p = new ProcessBuilder(List.of("./mvnw", "-q", "-pl", "samples", "surefire:test",
                    "-Dsuture.server.url=" + url, "-Dsuture.server.api-key=" + key))
                    .directory(checkout.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            int exit = p.waitFor();
            out.println("Suture demo: the sample suite finished (exit " + exit + "); see " + url + "/");
        } else {
            out.println("  report a run to it from a Suture checkout with:");
            out.println("    " + command);
        }
        out.flush();
    }

    private Map<String, Object> register(String url, String email, String name)
            throws IOException, InterruptedException {
        return call(url, "POST", "/api/auth/register", null, Map.of("email", email, "password", PASSWORD,
                "name", name));
    }

    private List<Map<String, Object>> list(String url, String path, String token)
            throws IOException, InterruptedException {
        HttpResponse<String> r = send(url, "GET", path, token, null);
        return json.readValue(r.body(), Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    /** Calls the API; a 409 (already there from an earlier demo start) answers an empty map. */
    private Map<String, Object> call(String url, String method, String path, String token, Map<String, ?> body)
            throws IOException, InterruptedException {
        HttpResponse<String> r = send(url, method, path, token, json.writeValueAsString(body));
        if (r.statusCode() == 409) {
            return Map.of();
        }
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return json.readValue(r.body(), Argument.mapOf(String.class, Object.class));
    }

    private HttpResponse<String> send(String url, String method, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
