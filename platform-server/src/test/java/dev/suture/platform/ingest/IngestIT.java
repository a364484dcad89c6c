package dev.suture.platform.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suture.platform.fixtures.Client;
import dev.suture.platform.fixtures.PlatformIT;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class IngestIT extends PlatformIT {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    Client client;
    Client.Tenant tenant;

    @BeforeAll
    void setUp() {
        client = new Client(server.getURL().toString(), json);
        tenant = client.tenant("ingest");
    }

    static Map<String, Object> runStarted(UUID runId) {
        return Map.of("eventId", UUID.randomUUID().toString(), "type", "run.started", "runId", runId.toString(),
                "at", "2026-11-26T10:00:00Z", "run", Map.of("name", "mvn test", "suite", "shop",
                        "ci", Map.of("provider", "github", "commit", "abc123", "branch", "main")));
    }

    static Map<String, Object> testFinished(UUID runId, String key, String status, int steps) {
        Map<String, Object> test = new HashMap<>();
        test.put("testId", UUID.randomUUID().toString());
        test.put("suite", "shop.CartTest");
        test.put("key", key);
        test.put("name", key.substring(key.indexOf('#') + 1));
        test.put("status", status);
        test.put("startedAt", "2026-11-26T10:00:01Z");
        test.put("durationMs", 1234);
        test.put("attempt", 1);
        List<Map<String, Object>> stepList = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            Map<String, Object> step = new HashMap<>();
            step.put("index", i);
            step.put("action", "click");
            step.put("target", "#b" + i);
            step.put("durationMs", 10 + i);
            step.put("error", null);
            stepList.add(step);
        }
        test.put("steps", stepList);
        if (status.equals("FAILED")) {
            test.put("error", Map.of("type", "AssertionError", "message", "expected 2 items\nbut was 1",
                    "stackTrace", "at shop.CartTest"));
        }
        return Map.of("eventId", UUID.randomUUID().toString(), "type", "test.finished", "runId", runId.toString(),
                "at", "2026-11-26T10:00:02Z", "test", test);
    }

    static Map<String, Object> runFinished(UUID runId, int failed) {
        return Map.of("eventId", UUID.randomUUID().toString(), "type", "run.finished", "runId", runId.toString(),
                "at", "2026-11-26T10:01:00Z", "summary", Map.of("total", 2, "passed", 2 - failed, "failed", failed,
                        "skipped", 0, "aborted", 0));
    }

    Client.Res send(Object batch, String key) {
        return client.send("POST", "/api/ingest/batches", client.json(batch).getBytes(StandardCharsets.UTF_8),
                "application/json", key, Map.of());
    }

    @Test
    @SuppressWarnings("unchecked")
    void storesValidEventsAnswersPerItemErrorsAndNeverDuplicates() {
        UUID runId = UUID.randomUUID();
        Map<String, Object> healed = new HashMap<>(testFinished(runId, "shop.CartTest#adds(Page)", "PASSED", 3));
        @SuppressWarnings("unchecked")
        Map<String, Object> test = new HashMap<>((Map<String, Object>) healed.get("test"));
        test.put("healings", List.of(Map.of("locator", "#signin", "healedTo", "xpath=/html[1]/body[1]/button[1]",
                "suggestion", "getByRole(BUTTON, \"Sign in\")", "score", 0.93, "runnerUp", 0.41,
                "decision", "HEALED")));
        test.put("artifacts", List.of(Map.of("kind", "SCREENSHOT", "storageId", UUID.randomUUID().toString(),
                "sha256", "ab".repeat(32), "name", "screenshot.png")));
        test.put("someFutureField", "ignored");
        healed.put("test", test);
        Map<String, Object> bad = new HashMap<>(testFinished(runId, "shop.CartTest#bad(Page)", "PASSED", 0));
        @SuppressWarnings("unchecked")
        Map<String, Object> badTest = new HashMap<>((Map<String, Object>) bad.get("test"));
        badTest.put("status", "GREEN");
        bad.put("test", badTest);
        List<Object> events = List.of(runStarted(runId), healed,
                testFinished(runId, "shop.CartTest#removes(Page)", "FAILED", 2), bad, runFinished(runId, 1));
        Map<String, Object> batch = Map.of("batchId", UUID.randomUUID().toString(), "events", events);
        // the run names its suite ("shop"): the project's stored suite of that name (in any case) lists the run
        Client.Res suite = client.post("/api/test-suites", Map.of("projectId", tenant.projectId().toString(),
                "name", "Shop"), tenant.token());
        assertThat(suite.status()).as(suite.text()).isEqualTo(201);

        Client.Res first = send(batch, tenant.apiKey());
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(first.map()).containsEntry("accepted", 4).containsEntry("duplicates", 0);
        assertThat(first.list("errors")).singleElement().satisfies(e -> assertThat((Map<String, Object>) e)
                .containsEntry("index", 3).containsEntry("field", "test.status")
                .containsEntry("message", "must be one of PASSED, FAILED, SKIPPED, ABORTED")
                .containsEntry("eventId", bad.get("eventId")));
        @SuppressWarnings("unchecked")
        Map<String, Object> run = (Map<String, Object>) first.list("runs").get(0);
        assertThat(run.get("runId")).isEqualTo(runId.toString());
        String executionId = run.get("url").toString().substring(run.get("url").toString().lastIndexOf('/') + 1);

        Client.Res again = send(batch, tenant.apiKey());
        assertThat(again.status()).as(again.text()).isEqualTo(200);
        assertThat(again.map()).containsEntry("accepted", 0).containsEntry("duplicates", 4);

        Client.Res detail = client.get("/api/executions/" + executionId, tenant.token());
        assertThat(detail.status()).as(detail.text()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> execution = (Map<String, Object>) detail.map().get("execution");
        assertThat(execution).containsEntry("status", "FAILED").containsEntry("total", 2)
                .containsEntry("passed", 1).containsEntry("failed", 1).containsEntry("name", "mvn test")
                .containsEntry("branch", "main").containsEntry("commit", "abc123");
        List<Object> results = detail.list("results");
        assertThat(results).hasSize(2);
        assertThat(results).anySatisfy(r -> assertThat((List<?>) ((Map<?, ?>) r).get("steps")).hasSize(3));
        assertThat(execution).containsEntry("suiteId", suite.map().get("id")).containsEntry("suiteName", "shop");
        assertThat(client.get("/api/executions?projectId=" + tenant.projectId() + "&suiteId=" + suite.map().get("id"),
                tenant.token()).text()).contains(executionId);
        // the readable suggestion is the new locator; the selector the run acted on stays beside it
        assertThat(detail.list("healingEvents")).singleElement()
                .satisfies(h -> assertThat((Map<String, Object>) h).containsEntry("locator", "#signin")
                        .containsEntry("suggestion", "getByRole(BUTTON, \"Sign in\")")
                        .containsEntry("healedTo", "xpath=/html[1]/body[1]/button[1]"));
        assertThat(client.get("/api/healing-records?projectId=" + tenant.projectId(), tenant.token()).list("items"))
                .singleElement().satisfies(h -> assertThat((Map<String, Object>) h)
                        .containsEntry("suggestion", "getByRole(BUTTON, \"Sign in\")")
                        .containsEntry("healedTo", "xpath=/html[1]/body[1]/button[1]"));
        assertThat(detail.list("artifacts")).hasSize(1);

        Client.Res logs = client.get("/api/executions/" + executionId + "/logs", tenant.token());
        assertThat(logs.text()).contains("Run started: mvn test on main at abc123")
                .contains("shop.CartTest#removes(Page) FAILED: expected 2 items");
        Client.Res healing = client.get("/api/executions?projectId=" + tenant.projectId() + "&status=FAILED",
                tenant.token());
        assertThat(healing.map()).containsEntry("total", 1);
    }

    @Test
    void resultsArrivingBeforeTheirRunStartedLearnItsCommit() throws IOException {
        UUID runId = UUID.randomUUID();
        Map<String, Object> early = Map.of("batchId", UUID.randomUUID().toString(), "events",
                List.of(testFinished(runId, "a.B#c()", "PASSED", 1)));
        byte[] gz = gzip(client.json(early).getBytes(StandardCharsets.UTF_8));
        Client.Res r = client.send("POST", "/api/ingest/batches", gz, "application/json", tenant.apiKey(),
                Map.of("Content-Encoding", "gzip"));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.map()).containsEntry("accepted", 1);
        assertThat(send(Map.of("batchId", UUID.randomUUID().toString(), "events", List.of(runStarted(runId))),
                tenant.apiKey()).map()).containsEntry("accepted", 1);
        Client.Res list = client.get("/api/executions?projectId=" + tenant.projectId() + "&commit=abc123&size=200",
                tenant.token());
        assertThat(list.text()).contains(runId.toString());
    }

    @Test
    void refusesBadKeysEnvelopesAndOversizedBodies() {
        Map<String, Object> batch = Map.of("batchId", UUID.randomUUID().toString(),
                "events", List.of(runStarted(UUID.randomUUID())));
        Client.Res wrongKey = send(batch, "sut_not-a-real-key");
        assertThat(wrongKey.status()).isEqualTo(401);
        assertThat(wrongKey.raw().headers().firstValue("Content-Type")).hasValue("application/problem+json");

        Client.Res user = send(batch, tenant.token());
        assertThat(user.status()).isEqualTo(403);

        Client.Res empty = send(Map.of("batchId", "nope", "events", List.of()), tenant.apiKey());
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.text()).contains("batchId").contains("events");

        byte[] huge = ("{\"batchId\":\"" + UUID.randomUUID() + "\",\"events\":[],\"pad\":\""
                + "x".repeat(6 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        Client.Res tooBig = client.send("POST", "/api/ingest/batches", huge, "application/json", tenant.apiKey(),
                Map.of());
        assertThat(tooBig.status()).isEqualTo(413);
    }

    @Test
    void acceptedAndRejectedHealsAreServedAsHealingState() {
        Client.Res state = client.get("/api/ingest/healing-state", tenant.apiKey());
        assertThat(state.status()).as(state.text()).isEqualTo(200);
        assertThat(state.map()).containsEntry("accepted", List.of()).containsEntry("rejected", List.of());
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
