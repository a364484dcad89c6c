package dev.suture.platform.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suture.core.TestResult;
import dev.suture.core.TestStatus;
import dev.suture.platform.common.SqlRunner;
import dev.suture.platform.fixtures.Client;
import dev.suture.platform.fixtures.PlatformIT;
import dev.suture.platform.fixtures.TestPages;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The platform runs stored suites: real Chromium, pages served from this JVM, results through the ingest path,
 * retries, stop, a single test case, and the completion guard.
 */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class WorkerIT extends PlatformIT {

    private static final Map<String, String> PAGES = new HashMap<>(TestPages.SHOP);

    /** A door that opens; its redesign renames the button's id, so {@code #open} stops matching. */
    private static final String DOOR = "<!doctype html><title>Door</title><main><h1>Door</h1><button %s type='button' "
            + "onclick=\"document.getElementById('msg').textContent='Open'\">Come in</button><p id='msg'></p></main>";

    static {
        PAGES.put("/slow", "<!doctype html><title>Slow</title><h1>Slow</h1>");
        PAGES.put("/door", DOOR.formatted("id='open'"));
    }

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    SqlRunner sql;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    RunLedger ledger;

    TestPages pages;
    WorkerRuns runs;
    Client client;
    Client.Tenant tenant;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("suture.worker.enabled", "true", "suture.worker.concurrency", "2");
    }

    @BeforeAll
    void setUp() {
        pages = new TestPages(PAGES);
        runs = new WorkerRuns(server, json, "worker");
        client = runs.client;
        tenant = runs.tenant;
    }

    @AfterAll
    void tearDown() {
        pages.close();
    }

    String suite(String name, Map<String, Object> config, String... cases) {
        Client.Res s = client.post("/api/test-suites", Map.of("projectId", tenant.projectId(), "name", name,
                "config", config), tenant.token());
        assertThat(s.status()).as(s.text()).isEqualTo(201);
        String id = s.str("id");
        Client.Res m = client.put("/api/test-suites/" + id + "/test-cases", Map.of("testCaseIds", List.of(cases)),
                tenant.token());
        assertThat(m.status()).as(m.text()).isEqualTo(200);
        return id;
    }

    Map<String, Object> waitFor(String executionId, List<String> statuses, Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        while (true) {
            Client.Res r = client.get("/api/executions/" + executionId, tenant.token());
            Map<String, Object> execution = (Map<String, Object>) r.map().get("execution");
            if (statuses.contains(execution.get("status")) || System.nanoTime() > end) {
                return r.map();
            }
            Thread.sleep(200);
        }
    }

    static Map<String, String> step(String action, String target, String value) {
        Map<String, String> s = new HashMap<>();
        s.put("action", action);
        s.put("target", target);
        s.put("value", value);
        return s;
    }

    @Test
    void aSuiteRunsInChromiumWithPlainEnglishStepsRetriesAndScreenshots() throws Exception {
        String signIn = runs.testCase("signs in", List.of(
                step("navigate", null, "/login"),
                Map.of("action", "step", "instruction", "type '${USER}' into the Email field"),
                step("click", "button[type=submit]", null),
                step("expect text", "h1", "Welcome, Bob")));
        String broken = runs.testCase("expects the impossible", List.of(
                step("navigate", null, "/login"),
                step("expect text", "h1", "Nothing like this")));
        String suite = suite("Shop", Map.of("baseUrl", pages.url(""), "retries", 1, "parallelism", 2,
                "environment", Map.of("USER", "bob@example.com")), signIn, broken);
        Client.Res queued = client.post("/api/test-suites/" + suite + "/execute", Map.of(), tenant.token());
        assertThat(queued.status()).as(queued.text()).isEqualTo(201);
        String execution = queued.str("executionId");

        Map<String, Object> detail = waitFor(execution, List.of("PASSED", "FAILED"), Duration.ofSeconds(120));
        Map<String, Object> run = (Map<String, Object>) detail.get("execution");
        assertThat(run.get("status")).as(detail.toString()).isEqualTo("FAILED");
        List<Map<String, Object>> results = (List<Map<String, Object>>) detail.get("results");
        assertThat(results).extracting(r -> r.get("name") + "#" + r.get("attempt") + "=" + r.get("status"))
                .containsExactlyInAnyOrder("signs in#1=PASSED", "expects the impossible#1=FAILED",
                        "expects the impossible#2=FAILED");
        Map<String, Object> passed = results.stream().filter(r -> "PASSED".equals(r.get("status"))).findFirst()
                .orElseThrow();
        assertThat(passed.get("testCaseId")).isEqualTo(signIn);
        List<Map<String, Object>> steps = (List<Map<String, Object>>) passed.get("steps");
        assertThat(steps).anySatisfy(s -> {
            assertThat(s.get("instruction")).isEqualTo("type 'bob@example.com' into the Email field");
            assertThat(s.get("action")).isEqualTo("fill");
        });
        // a screenshot per failing attempt, as a JUnit run keeps by default; none of the passing test
        assertThat((List<Object>) detail.get("artifacts")).hasSize(2);
        assertThat(client.get("/api/executions/" + execution + "/screenshots", tenant.token()).text())
                .contains("storageId");
        assertThat(count("SELECT count(*) FROM execution_jobs WHERE execution_id = ?::uuid AND starts = 1",
                execution)).isEqualTo(3);
    }

    @Test
    void aWorkersHealShowsTheReadableSuggestionAsItsNewLocatorLikeAnSdkRun() throws Exception {
        String opens = runs.testCase("opens the door", List.of(step("navigate", null, pages.url("/door")),
                step("click", "#open", null), step("expect text", "#msg", "Open")));
        Client.Res first = client.post("/api/executions", Map.of("testCaseId", opens), tenant.token());
        Map<String, Object> baseline = waitFor(first.str("id"), List.of("PASSED", "FAILED"), Duration.ofSeconds(90));
        assertThat(((Map<String, Object>) baseline.get("execution")).get("status")).as(baseline.toString())
                .isEqualTo("PASSED");
        PAGES.put("/door", DOOR.formatted("id='enter' class='primary'"));
        Client.Res second = client.post("/api/executions", Map.of("testCaseId", opens), tenant.token());
        Map<String, Object> healed = waitFor(second.str("id"), List.of("PASSED", "FAILED"), Duration.ofSeconds(90));
        assertThat(((Map<String, Object>) healed.get("execution")).get("status")).as(healed.toString())
                .isEqualTo("PASSED");
        String readable = "page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(\"Come in\"))";
        assertThat((List<Map<String, Object>>) healed.get("healingEvents")).singleElement().satisfies(h -> {
            assertThat(h).containsEntry("locator", "#open").containsEntry("suggestion", readable);
            assertThat((String) h.get("healedTo")).isNotBlank().isNotEqualTo(readable);
        });
        assertThat(client.get("/api/healing-records?projectId=" + tenant.projectId() + "&locator=%23open",
                tenant.token()).list("items")).singleElement()
                .satisfies(r -> assertThat((Map<String, Object>) r).containsEntry("suggestion", readable));
    }

    @Test
    void aResultIsRecordedOnceEvenWhenASecondWorkerCompletesTheSameJob() throws Exception {
        String ok = runs.testCase("once", List.of(step("navigate", null, pages.url("/welcome"))));
        Client.Res queued = client.post("/api/executions", Map.of("testCaseId", ok), tenant.token());
        assertThat(queued.status()).as(queued.text()).isEqualTo(201);
        String execution = queued.str("id");
        Map<String, Object> done = waitFor(execution, List.of("PASSED", "FAILED"), Duration.ofSeconds(60));
        assertThat(((Map<String, Object>) done.get("execution")).get("status")).as(done.toString()).isEqualTo("PASSED");
        TestCaseJob job = new TestCaseJob(UUID.fromString(execution), UUID.fromString(ok), 1);
        RunLedger.Claim late = new RunLedger.Claim(job, UUID.fromString(tenant.projectId()), "once", null, "{}",
                "once", "[]", false);
        TestResult duplicate = new TestResult(ok, "x", "once", "once", TestStatus.FAILED, Instant.now(), 1,
                List.of(), null, List.of(), List.of(), List.of());
        assertThat(ledger.complete(late, duplicate, Map.of(), 0)).isEmpty();
        assertThat(count("SELECT count(*) FROM test_results WHERE execution_id = ?::uuid", execution)).isEqualTo(1);
    }

    @Test
    void stopCancelsQueuedTestsAndEndsTheRunningOnesBeforeTheirNextStep() throws Exception {
        String[] cases = new String[4];
        for (int i = 0; i < cases.length; i++) {
            // 20 s if it ran to the end; a stop must end it before its next step (a second at most)
            cases[i] = runs.testCase("slow " + i, List.of(step("navigate", null, pages.url("/slow")),
                    step("wait for", null, "1000"), step("wait for", null, "1000"), step("wait for", null, "1000"),
                    step("wait for", null, "1000"), step("wait for", null, "1000"), step("wait for", null, "1000"),
                    step("wait for", null, "1000"), step("wait for", null, "1000"), step("wait for", null, "1000"),
                    step("wait for", null, "1000"), step("wait for", null, "1000"), step("wait for", null, "1000"),
                    step("wait for", null, "1000"), step("wait for", null, "1000"), step("wait for", null, "1000"),
                    step("wait for", null, "1000"), step("wait for", null, "1000"), step("wait for", null, "1000"),
                    step("wait for", null, "1000"), step("wait for", null, "1000")));
        }
        String suite = suite("Slow", Map.of("parallelism", 1), cases);
        String execution = client.post("/api/test-suites/" + suite + "/execute", Map.of(), tenant.token())
                .str("executionId");
        waitFor(execution, List.of("RUNNING"), Duration.ofSeconds(60));
        long running = System.nanoTime();
        while (count("SELECT count(*) FROM execution_jobs WHERE execution_id = ?::uuid AND status = 'RUNNING'",
                execution) == 0 && System.nanoTime() - running < 30_000_000_000L) {
            Thread.sleep(100);
        }
        Client.Res stopped = client.post("/api/executions/" + execution + "/stop", Map.of(), tenant.token());
        assertThat(stopped.status()).as(stopped.text()).isEqualTo(200);
        long t0 = System.nanoTime();
        while (count("SELECT count(*) FROM scheduled_tasks WHERE starts_with(task_instance, ?)", execution + "/") > 0
                && System.nanoTime() - t0 < 20_000_000_000L) {
            Thread.sleep(100);
        }
        Duration toIdle = Duration.ofNanos(System.nanoTime() - t0);
        assertThat(toIdle).as("the running test ended long before its 20 s").isLessThan(Duration.ofSeconds(15));
        Thread.sleep(1000);
        assertThat(count("SELECT count(*) FROM test_results WHERE execution_id = ?::uuid", execution)).isZero();
        assertThat(count("SELECT count(*) FROM execution_jobs WHERE execution_id = ?::uuid AND status <> 'CANCELLED'",
                execution)).isZero();
        assertThat(((Map<String, Object>) waitFor(execution, List.of("STOPPED"), Duration.ofSeconds(1))
                .get("execution")).get("status")).isEqualTo("STOPPED");
    }

    private long count(String query, String arg) {
        return tx.executeRead(s -> sql.count(query, List.of(arg)));
    }
}
