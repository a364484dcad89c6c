package dev.suture.platform.ai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suture.platform.fixtures.Client;
import dev.suture.platform.fixtures.PlatformIT;
import dev.suture.platform.fixtures.TestPages;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** improve-test, fix-locator (real Chromium on pages served from this JVM), analyze-failure and optimize-suite. */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class AiToolsIT extends PlatformIT {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    Client client;
    TestPages pages;

    @BeforeAll
    void setUp() {
        client = new Client(server.getURL().toString(), json);
        pages = new TestPages(TestPages.SHOP);
    }

    @AfterAll
    void tearDown() {
        pages.close();
    }

    String testCase(Client.Tenant t, String name, List<Map<String, Object>> steps) {
        Client.Res r = client.post("/api/test-cases", Map.of("projectId", t.projectId(), "testCase",
                Map.of("name", name, "steps", steps)), t.token());
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.str("id");
    }

    @Test
    void improveTestExplainsWeakStepsAndProposesTheSafeFixes() {
        Client.Tenant t = client.tenant("improve");
        List<Map<String, Object>> steps = List.of(
                Map.of("action", "navigate", "value", "https://shop.example/login"),
                Map.of("action", "fill", "target", "#email", "value", "bob@example.com"),
                Map.of("action", "fill", "target", "xpath=/html/body/main/form/input[2]", "value", "hunter2",
                        "instruction", "type 'hunter2' into the password field"),
                Map.of("action", "click", "target", "#btn-3fa9c1d2e4"),
                Map.of("action", "click", "target", "#btn-3fa9c1d2e4"),
                Map.of("action", "wait_for", "value", "2000"));
        String id = testCase(t, "Weak login", steps);
        Client.Res r = client.post("/api/ai/improve-test", Map.of("testCaseId", id), t.token());
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        List<Map<String, Object>> suggestions = (List<Map<String, Object>>) r.map().get("suggestions");
        assertThat(suggestions).extracting(s -> s.get("kind") + "@" + s.get("stepIndex")).containsExactly(
                "structural-locator@2", "literal-secret@2", "generated-name@3", "repeated-step@4", "fixed-pause@5",
                "no-check@null");
        List<Map<String, Object>> proposed = (List<Map<String, Object>>) r.map().get("steps");
        assertThat(proposed).hasSize(5);
        assertThat(proposed.get(2)).containsEntry("value", "${PASSWORD}")
                .containsEntry("instruction", "type '${PASSWORD}' into the password field");
        assertThat(r.map()).containsEntry("changed", true).containsEntry("version", 1);
        // nothing was saved
        assertThat((List<Object>) client.get("/api/test-cases/" + id, t.token()).map().get("steps")).hasSize(6);
    }

    @Test
    void fixLocatorKeepsAWorkingLocatorAndReplacesABrokenOneFromThePage() {
        Client.Tenant t = client.tenant("fix");
        Client.Res ok = client.post("/api/ai/fix-locator", Map.of("projectId", t.projectId(), "url",
                pages.url("/login"), "locator", "#email"), t.token());
        assertThat(ok.status()).as(ok.text()).isEqualTo(200);
        assertThat(ok.map()).containsEntry("status", "ok").containsEntry("matches", 1).containsEntry("proposal", null);

        Client.Res fixed = client.post("/api/ai/fix-locator", Map.of("projectId", t.projectId(), "url",
                pages.url("/login"), "locator", "#sign-in-button"), t.token());
        assertThat(fixed.status()).as(fixed.text()).isEqualTo(200);
        assertThat(fixed.map()).containsEntry("status", "fixed").containsEntry("matches", 0)
                .containsEntry("description", "sign in button");
        Map<String, Object> proposal = (Map<String, Object>) fixed.map().get("proposal");
        assertThat(proposal).containsEntry("source", "offline");
        assertThat(proposal.get("element").toString()).contains("Sign in");
        assertThat((Double) proposal.get("score")).isGreaterThan(0.5);

        Client.Res described = client.post("/api/ai/fix-locator", Map.of("projectId", t.projectId(), "url",
                pages.url("/login"), "locator", "input.x-99", "description", "the password field"), t.token());
        assertThat(described.status()).as(described.text()).isEqualTo(200);
        assertThat(((Map<String, Object>) described.map().get("proposal")).get("element").toString())
                .contains("Password");

        Client.Res nothing = client.post("/api/ai/fix-locator", Map.of("projectId", t.projectId(), "url",
                pages.url("/login"), "locator", "#rocket", "description", "the Launch rocket button"), t.token());
        assertThat(nothing.status()).as(nothing.text()).isEqualTo(422);
        assertThat(nothing.str("type")).endsWith("/no-match");

        Client.Res invalid = client.post("/api/ai/fix-locator", Map.of("projectId", t.projectId(), "url",
                pages.url("/login"), "locator", "button[[["), t.token());
        assertThat(invalid.status()).as(invalid.text()).isEqualTo(400);
        assertThat(invalid.text()).contains("\"field\":\"locator\"");
    }

    @Test
    void analyzeFailureClassifiesEachFailedTestAndSeesFlakiness() {
        Client.Tenant t = client.tenant("analyze");
        String commit = "abc123";
        ingest(t, commit, List.of(result("Checkout", "PASSED", 900, null, null, List.of())));
        String run = ingest(t, commit, List.of(
                result("Checkout", "FAILED", 950, "org.opentest4j.AssertionFailedError: expected: <Order placed> "
                        + "but was: <Payment declined>", null, List.of()),
                result("Login", "FAILED", 300, "com.microsoft.playwright.TimeoutError: Timeout 5000ms exceeded",
                        "Timeout 5000ms exceeded waiting for locator('#go')", List.of(Map.of("locator", "#signin",
                                "healedTo", "#go", "score", 0.71, "decision", "HEALED"))),
                result("Search", "PASSED", 200, null, null, List.of())));
        Client.Res r = client.post("/api/ai/analyze-failure", Map.of("executionId", run), t.token());
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.map()).containsEntry("failedTests", 2).containsEntry("source", "rules");
        List<Map<String, Object>> results = (List<Map<String, Object>>) r.map().get("results");
        Map<String, Object> checkout = results.stream().filter(x -> x.get("name").equals("Checkout")).findFirst()
                .orElseThrow();
        assertThat(checkout).containsEntry("category", "assertion mismatch").containsEntry("flaky", true);
        assertThat(checkout.get("explanation").toString()).contains("Payment declined");
        assertThat(checkout.get("suggestion").toString()).contains("flaky");
        Map<String, Object> login = results.stream().filter(x -> x.get("name").equals("Login")).findFirst()
                .orElseThrow();
        assertThat(login).containsEntry("category", "healed").containsEntry("flaky", false);
        assertThat(login.get("explanation").toString()).contains("#signin → #go");
        assertThat((Map<String, Object>) login.get("failedStep")).containsEntry("target", "#go");

        Client.Res unknown = client.post("/api/ai/analyze-failure", Map.of("executionId", UUID.randomUUID()),
                t.token());
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void optimizeSuiteRunsFailingTestsFirstThenQuickOnesAndDropsDuplicates() {
        Client.Tenant t = client.tenant("optimize");
        List<Map<String, Object>> login = List.of(Map.of("action", "click", "target", "#login"));
        String a = testCase(t, "Login", login);
        String b = testCase(t, "Checkout", List.of(Map.of("action", "click", "target", "#buy")));
        String c = testCase(t, "Login again", login);
        String d = testCase(t, "Search", List.of(Map.of("action", "fill", "target", "#q", "value", "dune")));
        String suite = client.post("/api/test-suites", Map.of("projectId", t.projectId(), "name", "Main"),
                t.token()).str("id");
        assertThat(client.put("/api/test-suites/" + suite + "/test-cases", Map.of("testCaseIds", List.of(a, b, c, d)),
                t.token()).status()).isEqualTo(200);
        ingest(t, "c1", List.of(result("Login", "PASSED", 3000, null, null, List.of()),
                result("Checkout", "FAILED", 5000, "AssertionError: total", null, List.of()),
                result("Search", "PASSED", 100, null, null, List.of())));
        ingest(t, "c2", List.of(result("Checkout", "PASSED", 5000, null, null, List.of())));

        Client.Res r = client.post("/api/ai/optimize-suite", Map.of("suiteId", suite), t.token());
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.map()).containsEntry("testCaseIds", List.of(b, d, a)).containsEntry("changed", true);
        List<Map<String, Object>> order = (List<Map<String, Object>>) r.map().get("order");
        assertThat(order.get(0)).containsEntry("runs", 2).containsEntry("failures", 1).containsEntry("failureRate", 0.5);
        assertThat((List<Map<String, Object>>) r.map().get("duplicates")).singleElement()
                .satisfies(dup -> assertThat(dup).containsEntry("testCaseId", c).containsEntry("duplicateOf", a));
    }

    static Map<String, Object> result(String name, String status, int durationMs, String error, String stepError,
                                      List<Map<String, Object>> healings) {
        Map<String, Object> test = new java.util.HashMap<>(Map.of("testId", UUID.randomUUID().toString(), "key",
                "shop." + name, "name", name, "status", status, "durationMs", durationMs,
                "startedAt", "2026-11-25T10:00:00Z", "healings", healings));
        if (error != null) {
            int colon = error.indexOf(':');
            test.put("error", Map.of("type", error.substring(0, colon), "message", error.substring(colon + 2)));
        }
        if (stepError != null) {
            test.put("steps", List.of(Map.of("index", 0, "action", "click", "target", "#go", "error", stepError)));
        }
        return test;
    }

    /** Reports one run through the ingest API, as the SDK does; answers the execution id. */
    String ingest(Client.Tenant t, String commit, List<Map<String, Object>> tests) {
        String run = UUID.randomUUID().toString();
        List<Map<String, Object>> events = new ArrayList<>();
        events.add(Map.of("eventId", UUID.randomUUID().toString(), "type", "run.started", "runId", run, "at",
                "2026-11-25T10:00:00Z", "run", Map.of("name", "ci", "ci", Map.of("commit", commit, "branch", "main"))));
        for (Map<String, Object> test : tests) {
            events.add(Map.of("eventId", UUID.randomUUID().toString(), "type", "test.finished", "runId", run, "at",
                    "2026-11-25T10:00:05Z", "test", test));
        }
        Client.Res r = client.send("POST", "/api/ingest/batches", client.json(Map.of("batchId",
                UUID.randomUUID().toString(), "events", events)).getBytes(StandardCharsets.UTF_8),
                "application/json", t.apiKey(), Map.of());
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.text()).contains("\"errors\":[]");
        String url = ((Map<String, Object>) r.list("runs").get(0)).get("url").toString();
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
