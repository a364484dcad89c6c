package dev.suture.platform.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suture.platform.support.Accounts;
import dev.suture.platform.support.Api;
import dev.suture.platform.support.DatabaseProperties;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The live progress WebSocket over real sockets: events from this process's publisher and from another database
 * connection (a worker process) reach a project's viewer; non-members, other projects, API keys, foreign origins
 * and anonymous clients get nothing; a batch ingested through the SDK's API streams its tests live; a session's
 * sockets close when it is signed out or revoked, and only that session's.
 */
@MicronautTest(transactional = false)
class ProgressSocketIT extends DatabaseProperties {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ProgressPublisher publisher;
    @Property(name = "datasources.default.url")
    String url;

    Api api;
    Accounts accounts;
    URI base;
    String org;
    Accounts.Account owner;
    Accounts.Account viewer;
    Accounts.Account outsider;
    UUID projectId;
    UUID otherProjectId;
    String apiKey;

    @BeforeAll
    void setUp() {
        api = new Api(server.getURI(), json);
        base = server.getURI();
        accounts = new Accounts(api);
        owner = accounts.register("Owner");
        viewer = accounts.register("Viewer");
        outsider = accounts.register("Outsider");
        org = accounts.createOrg(owner, "Live org");
        projectId = UUID.fromString(accounts.createProject(owner, org, "Live project"));
        accounts.addOrgMember(owner, org, viewer, "VIEWER");
        accounts.addProjectMember(owner, projectId.toString(), viewer, "VIEWER");
        apiKey = accounts.createApiKey(owner, projectId.toString());
        String otherOrg = accounts.createOrg(outsider, "Other org");
        otherProjectId = UUID.fromString(accounts.createProject(outsider, otherOrg, "Other project"));
    }

    @Test
    void aViewerHearsEventsFromThisProcessAndFromAnotherWhileOtherProjectsHearNothing() throws Exception {
        UUID execution = startRun();
        try (LiveSocket watcher = bearer("/ws/progress/executions/" + execution, viewer);
             LiveSocket stranger = bearer("/ws/progress/projects/" + otherProjectId, outsider)) {
            assertThat(read(watcher.next())).containsEntry("type", "subscribed")
                    .containsEntry("projectId", projectId.toString()).containsEntry("executionId", execution.toString());
            assertThat(read(stranger.next())).containsEntry("type", "subscribed");

            UUID test = UUID.randomUUID();
            publisher.publish(ProgressEvent.ofTest(projectId, execution, ProgressEvent.TEST_STARTED, test, "checkout",
                    null, null));
            // two connections are not ordered against each other: hear the first before the worker sends
            Map<String, Object> started = read(watcher.next());
            assertThat(started).containsEntry("type", "test-started").containsEntry("testId", test.toString())
                    .containsEntry("testName", "checkout");
            try (Connection worker = DriverManager.getConnection(url, "postgres", "");
                 PreparedStatement ps = worker.prepareStatement("SELECT pg_notify('suture_progress', ?)")) {
                ps.setString(1, new String(json.writeValueAsBytes(ProgressEvent.ofTest(projectId, execution,
                        ProgressEvent.STEP_DONE, test, "checkout", 0, "click → #pay")), StandardCharsets.UTF_8));
                ps.execute();
            }
            Map<String, Object> step = read(watcher.next());
            assertThat(step).containsEntry("type", "step-done").containsEntry("stepIndex", 0)
                    .containsEntry("message", "click → #pay");
            assertThat(stranger.next()).as("another project's member hears nothing").isNull();
        }
    }

    @Test
    void nonMembersAndBadCredentialsAreClosedWithAReason() throws Exception {
        UUID execution = startRun();
        assertClosed(bearer("/ws/progress/projects/" + projectId, outsider), 4404,
                "No such project, or you are not a member of its project");
        assertClosed(bearer("/ws/progress/executions/" + execution, outsider), 4404,
                "No such execution, or you are not a member of its project");
        assertClosed(LiveSocket.open(base, "/ws/progress/projects/" + projectId, Map.of()), 4401,
                "Sign in: send the session cookie or Bearer <access token>");
        assertClosed(LiveSocket.open(base, "/ws/progress/projects/" + projectId,
                Map.of("Authorization", "Bearer not-a-token")), 4401,
                "The access token is invalid or expired; refresh it or sign in again");
        assertClosed(LiveSocket.open(base, "/ws/progress/projects/" + projectId,
                Map.of("Authorization", "Bearer " + apiKey)), 4401, "API keys cannot subscribe: use a user's access token");
        // the session cookie of a member, sent by a page of another site: the CORS filter refuses the handshake
        String cookie = "suture_session=" + viewer.refreshToken();
        assertThatThrownBy(() -> LiveSocket.open(base, "/ws/progress/projects/" + projectId,
                Map.of("Cookie", cookie, "Origin", "https://evil.example")))
                .hasRootCauseMessage("Unexpected HTTP response status code 403");
        // ... and an origin allowed to call the API (suture.cors.allowed-origins) still may not use the cookie
        assertClosed(LiveSocket.open(base, "/ws/progress/projects/" + projectId,
                Map.of("Cookie", cookie, "Origin", "http://localhost:3000")), 4401,
                "Cookie sign-in is only accepted from this server's own pages");
        assertClosed(bearer("/ws/progress/suites/" + projectId, viewer), 4400,
                "Unknown scope 'suites': use /ws/progress/projects/{id} or /ws/progress/executions/{id}");
        assertClosed(bearer("/ws/progress/projects/42", viewer), 4400, "'42' is not a UUID");
        // the same cookie from the server's own page is a member's subscription
        try (LiveSocket own = LiveSocket.open(base, "/ws/progress/projects/" + projectId,
                Map.of("Cookie", cookie, "Origin", "http://" + base.getHost() + ":" + base.getPort()))) {
            assertThat(read(own.next())).containsEntry("type", "subscribed");
        }
    }

    @Test
    void aRunReportedThroughTheSdkStreamsItsTestsLive() throws Exception {
        try (LiveSocket watcher = bearer("/ws/progress/projects/" + projectId, owner)) {
            assertThat(read(watcher.next())).containsEntry("type", "subscribed");
            String runId = UUID.randomUUID().toString();
            Instant at = Instant.parse("2026-11-26T10:00:00Z");
            Map<String, Object> test = new java.util.HashMap<>(Map.of("testId", UUID.randomUUID().toString(),
                    "key", "shop.CartTest#adds", "name", "adds", "status", "PASSED", "startedAt", at.toString(),
                    "durationMs", 900, "attempt", 1, "steps", List.of(
                            Map.of("index", 0, "action", "click", "target", "#add", "instruction", "add the book"),
                            Map.of("index", 1, "action", "fill", "target", "#qty")),
                    "healings", List.of(Map.of("locator", "#add", "healedTo", "getByRole(BUTTON, \"Add\")",
                            "score", 0.9, "decision", "HEALED"))));
            List<Object> events = List.of(
                    Map.of("eventId", UUID.randomUUID().toString(), "type", "run.started", "runId", runId,
                            "at", at.toString(), "run", Map.of("name", "mvn test")),
                    Map.of("eventId", UUID.randomUUID().toString(), "type", "test.finished", "runId", runId,
                            "at", at.plusSeconds(1).toString(), "test", test),
                    Map.of("eventId", UUID.randomUUID().toString(), "type", "run.finished", "runId", runId,
                            "at", at.plusSeconds(2).toString(), "summary", Map.of("total", 1, "passed", 1,
                                    "failed", 0, "skipped", 0, "aborted", 0)));
            Api.Res r = api.send("POST", "/api/ingest/batches", api.json(Map.of("batchId", UUID.randomUUID().toString(),
                    "events", events)), "Authorization", "Bearer " + apiKey, "Content-Type", "application/json");
            assertThat(r.status()).as(r.text()).isEqualTo(200);

            List<String> seen = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Map<String, Object> e = read(watcher.next());
                seen.add(e.get("type") + (e.get("message") == null ? "" : ": " + e.get("message")));
            }
            assertThat(seen).containsExactly("execution-started: mvn test", "test-started: shop.CartTest#adds",
                    "step-done: add the book → click #add", "step-done: fill #qty",
                    "healed: #add → getByRole(BUTTON, \"Add\")", "passed: PASSED in 900 ms");
            assertThat(read(watcher.next())).containsEntry("type", "execution-finished")
                    .containsEntry("message", "PASSED: 1 tests, 1 passed, 0 failed, 0 skipped");
        }
    }

    @Test
    void aSessionsSocketsCloseWhenItIsSignedOutOrRevokedAndNoOtherSessionsDo() throws Exception {
        Accounts.Account laptop = accounts.register("Leaver");
        accounts.addOrgMember(owner, org, laptop, "VIEWER");
        accounts.addProjectMember(owner, projectId.toString(), laptop, "VIEWER");
        Accounts.Account phone = accounts.login(laptop.id(), laptop.email());
        Accounts.Account tablet = accounts.login(laptop.id(), laptop.email());
        String path = "/ws/progress/projects/" + projectId;
        LiveSocket.Closed signedOut = new LiveSocket.Closed(4401, "Signed out: the session has ended; sign in again");
        try (LiveSocket dashboard = LiveSocket.open(base, path, Map.of("Cookie", "suture_session="
                + laptop.refreshToken(), "Origin", "http://" + base.getHost() + ":" + base.getPort()));
             LiveSocket onPhone = bearer(path, phone);
             LiveSocket onTablet = bearer(path, tablet)) {
            List<LiveSocket> all = List.of(dashboard, onPhone, onTablet);
            for (LiveSocket socket : all) {
                assertThat(read(socket.next())).containsEntry("type", "subscribed");
            }
            assertHear(all, "before anyone signs out");

            // the dashboard's session signs out (as its Sign out button does: the session's refresh token)
            assertThat(api.post("/api/auth/logout", api.json(Map.of("refreshToken", laptop.refreshToken())),
                    laptop.token()).status()).isEqualTo(204);
            assertThat(dashboard.awaitClose()).isEqualTo(signedOut);
            assertHear(List.of(onPhone, onTablet), "after the dashboard signed out");

            // a password change on the phone ends the user's other sessions, not the phone's own
            assertThat(api.put("/api/users/me/password", api.json(Map.of(
                    "currentPassword", Accounts.PASSWORD, "newPassword", "another-horse-10")), phone.token())
                    .status()).isEqualTo(204);
            assertThat(onTablet.awaitClose()).isEqualTo(signedOut);
            assertHear(List.of(onPhone), "after the password change");

            assertThat(api.post("/api/auth/logout", "{}", phone.token()).status()).isEqualTo(204);
            assertThat(onPhone.awaitClose()).isEqualTo(signedOut);
        }
    }

    /** Each socket is still open and streaming: it hears an event published now. */
    private void assertHear(List<LiveSocket> sockets, String message) throws IOException, InterruptedException {
        publisher.publish(ProgressEvent.ofExecution(projectId, UUID.randomUUID(), ProgressEvent.EXECUTION_STARTED,
                message));
        for (LiveSocket socket : sockets) {
            assertThat(read(socket.next())).containsEntry("message", message);
            assertThat(socket.closed).isNotDone();
        }
    }

    /** An execution of the project, created the way the SDK starts a run. */
    private UUID startRun() {
        String runId = UUID.randomUUID().toString();
        Api.Res r = api.send("POST", "/api/ingest/batches", api.json(Map.of("batchId", UUID.randomUUID().toString(),
                "events", List.of(Map.of("eventId", UUID.randomUUID().toString(), "type", "run.started",
                        "runId", runId, "at", Instant.now().toString(), "run", Map.of("name", "live run"))))),
                "Authorization", "Bearer " + apiKey, "Content-Type", "application/json");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> runs = (List<Map<String, Object>>) r.body().get("runs");
        String urlOfRun = (String) runs.get(0).get("url");
        return UUID.fromString(urlOfRun.substring(urlOfRun.lastIndexOf('/') + 1));
    }

    private LiveSocket bearer(String path, Accounts.Account who) {
        return LiveSocket.open(base, path, Map.of("Authorization", "Bearer " + who.token()));
    }

    private static void assertClosed(LiveSocket socket, int code, String reason) throws Exception {
        try (socket) {
            assertThat(socket.awaitClose()).isEqualTo(new LiveSocket.Closed(code, reason));
            assertThat(socket.messages).as("nothing is sent before the close").isEmpty();
        }
    }

    private Map<String, Object> read(String message) throws IOException {
        assertThat(message).as("a message within 5 s").isNotNull();
        return json.readValue(message.getBytes(StandardCharsets.UTF_8), Argument.mapOf(String.class, Object.class));
    }
}
