package dev.suture.platform.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.suture.junit.WebTest;
import dev.suture.platform.progress.ProgressEvent;
import dev.suture.platform.progress.ProgressPublisher;
import dev.suture.platform.support.Accounts;
import dev.suture.platform.support.Api;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Live progress in real Chromium under the dashboard's CSP: a viewer watches a running execution while a worker
 * (this process's publisher and a second database connection) reports its tests, steps and heals, and the header
 * turns to the final status; the executions list shows a run reported through the SDK appear and finish, and so do
 * the overview's last runs and a suite's results (the same live table); signing out in one tab ends another tab's
 * live view.
 */
@MicronautTest(transactional = false)
@WebTest
class DashboardLiveIT extends DashboardProperties {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ProgressPublisher publisher;
    @Property(name = "datasources.default.url")
    String url;

    Api api;
    String base;
    Accounts.Account owner;
    Accounts.Account viewer;
    UUID projectId;
    String apiKey;

    @BeforeAll
    void setUp() {
        api = new Api(server.getURI(), json);
        base = server.getURI().toString();
        Accounts accounts = new Accounts(api);
        owner = accounts.register("Mara");
        viewer = accounts.register("Vik");
        String org = accounts.createOrg(owner, "Paper Lantern");
        projectId = UUID.fromString(accounts.createProject(owner, org, "Bookshop suite"));
        accounts.addOrgMember(owner, org, viewer, "VIEWER");
        accounts.addProjectMember(owner, projectId.toString(), viewer, "VIEWER");
        apiKey = accounts.createApiKey(owner, projectId.toString());
    }

    @Test
    void aRunningExecutionsPageFillsInAsItsTestsRun(Page page) throws Exception {
        UUID execution = ingest(List.of(runStarted(UUID.randomUUID(), "nightly suite")));
        SignIn.as(page, base, viewer, "Bookshop suite");
        page.navigate(base + "/projects/" + projectId + "/executions/" + execution);
        Locator header = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
        assertThat(header).containsText("RUNNING");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Live");

        UUID checkout = UUID.randomUUID();
        publisher.publish(test(execution, ProgressEvent.TEST_STARTED, checkout, "checkout", null, null));
        publisher.publish(test(execution, ProgressEvent.STEP_DONE, checkout, "checkout", 0,
                "open the basket → navigate /basket"));
        Locator checkoutCard = page.locator("section.test").filter(new Locator.FilterOptions().setHasText("checkout"));
        assertThat(checkoutCard.locator(".timeline li")).hasCount(1);
        assertThat(checkoutCard.locator(".pill")).hasText("RUNNING");
        // the rest comes from another process: a worker's own database connection
        notifyFromWorker(test(execution, ProgressEvent.STEP_DONE, checkout, "checkout", 1,
                "click the Pay button → click getByRole(BUTTON, \"Pay\")"));
        notifyFromWorker(test(execution, ProgressEvent.HEALED, checkout, "checkout", null,
                "#pay → getByRole(BUTTON, \"Pay\")"));
        assertThat(checkoutCard.locator(".timeline li").nth(1)).containsText("click the Pay button");
        assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Healed locator #pay")))
                .containsText("getByRole(BUTTON, \"Pay\")");
        Screens.save(page, "50-execution-live-running");

        notifyFromWorker(test(execution, ProgressEvent.PASSED, checkout, "checkout", null, "PASSED in 900 ms"));
        UUID search = UUID.randomUUID();
        publisher.publish(test(execution, ProgressEvent.TEST_STARTED, search, "search", null, null));
        publisher.publish(test(execution, ProgressEvent.FAILED, search, "search", null, "expected 3 books but was 2"));
        publisher.publish(ProgressEvent.ofExecution(projectId, execution, ProgressEvent.EXECUTION_FINISHED,
                "FAILED: 2 tests, 1 passed, 1 failed, 0 skipped"));
        assertThat(header.locator(".pill")).hasText("FAILED");
        assertThat(checkoutCard.locator(".pill").first()).hasText("PASSED");
        Locator searchCard = page.locator("section.test").filter(new Locator.FilterOptions().setHasText("search"));
        assertThat(searchCard.locator(".pill")).hasText("FAILED");
        assertThat(searchCard).containsText("expected 3 books but was 2");
        assertThat(page.locator(".tiles [data-live-counts]")).hasText("1 / 2");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Finished: FAILED");
        assertThat(page.getByText("No test results in this run yet.")).hasCount(0);
        Screens.save(page, "51-execution-live-finished");
    }

    @Test
    void theExecutionsListShowsARunReportedThroughTheSdkAppearAndFinish(Page page) {
        SignIn.as(page, base, viewer, "Bookshop suite");
        page.navigate(base + "/projects/" + projectId + "/executions");
        assertThat(page.locator("[data-live]")).hasText("Live");
        UUID runId = UUID.randomUUID();
        UUID execution = ingest(List.of(runStarted(runId, "mvn test on CI")));
        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("mvn test on CI"));
        assertThat(row.locator(".pill")).hasText("RUNNING");
        assertThat(row.getByRole(AriaRole.LINK)).hasAttribute("href",
                "/projects/" + projectId + "/executions/" + execution);

        Map<String, Object> test = new HashMap<>(Map.of("testId", UUID.randomUUID().toString(), "key",
                "bookshop.ShopTest#addsToBasket", "name", "addsToBasket", "status", "PASSED", "startedAt",
                Instant.now().toString(), "durationMs", 800, "attempt", 1, "steps", List.of()));
        ingest(List.of(Map.of("eventId", UUID.randomUUID().toString(), "type", "test.finished", "runId", runId.toString(),
                "at", Instant.now().toString(), "test", test)));
        assertThat(row).containsText("1 / 1 passed");
        ingest(List.of(Map.of("eventId", UUID.randomUUID().toString(), "type", "run.finished", "runId",
                runId.toString(), "at", Instant.now().toString(), "summary", Map.of("total", 1, "passed", 1,
                        "failed", 0, "skipped", 0, "aborted", 0))));
        assertThat(row.locator(".pill")).hasText("PASSED");
        Screens.save(page, "52-executions-live");
        // what the live view showed is what the server now renders
        page.reload();
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("mvn test on CI")))
                .containsText("1 / 1 passed");
    }

    @Test
    void theOverviewAndASuitesResultsFollowARunningExecutionWithoutAReload(Page suitePage) {
        Api.Res suite = api.post("/api/test-suites", api.json(Map.of("projectId", projectId.toString(), "name",
                "Smoke")), owner.token());
        assertThat(suite.status()).as(suite.text()).isEqualTo(201);
        UUID runId = UUID.randomUUID();
        ingest(List.of(Map.of("eventId", UUID.randomUUID().toString(), "type", "run.started", "runId",
                runId.toString(), "at", Instant.now().toString(), "run", Map.of("name", "smoke on CI", "suite",
                        "Smoke"))));
        SignIn.as(suitePage, base, viewer, "Bookshop suite");
        suitePage.navigate(base + "/projects/" + projectId + "/suites/" + suite.str("id"));
        Page overview = suitePage.context().newPage();
        overview.navigate(base + "/projects/" + projectId);
        for (Page p : List.of(suitePage, overview)) {
            assertThat(p.locator("[data-live]")).hasText("Live");
            assertThat(runRow(p, "smoke on CI").locator(".pill")).hasText("RUNNING");
        }

        ingest(List.of(Map.of("eventId", UUID.randomUUID().toString(), "type", "test.finished", "runId",
                runId.toString(), "at", Instant.now().toString(), "test", Map.of("testId",
                        UUID.randomUUID().toString(), "key", "bookshop.SearchTest#findsABook", "name", "findsABook",
                        "status", "FAILED", "startedAt", Instant.now().toString(), "durationMs", 700, "attempt", 1,
                        "steps", List.of()))));
        for (Page p : List.of(suitePage, overview)) {
            assertThat(runRow(p, "smoke on CI")).containsText("0 / 1 passed, 1 failed");
        }
        ingest(List.of(Map.of("eventId", UUID.randomUUID().toString(), "type", "run.finished", "runId",
                runId.toString(), "at", Instant.now().toString(), "summary", Map.of("total", 1, "passed", 0,
                        "failed", 1, "skipped", 0, "aborted", 0))));
        for (Page p : List.of(suitePage, overview)) {
            assertThat(runRow(p, "smoke on CI").locator(".pill")).hasText("FAILED");
        }
        // the overview lists every run of the project, so a run that starts now appears at the top
        ingest(List.of(runStarted(UUID.randomUUID(), "hotfix check")));
        assertThat(runRow(overview, "hotfix check").locator(".pill")).hasText("RUNNING");
        assertThat(overview.locator("table[data-live-runs] tbody tr").first()).containsText("hotfix check");
        Screens.save(overview, "53-overview-live");
        // a suite's results only follow the runs they list: a progress event does not name its suite
        assertThat(runRow(suitePage, "hotfix check")).hasCount(0);
        Screens.save(suitePage, "54-suite-results-live");
        overview.close();
    }

    @Test
    void signingOutInAnotherTabEndsTheLiveView(Page page) {
        SignIn.as(page, base, viewer, "Bookshop suite");
        page.navigate(base + "/projects/" + projectId + "/executions");
        assertThat(page.locator("[data-live]")).hasText("Live");
        Page otherTab = page.context().newPage();
        otherTab.navigate(base + "/projects/" + projectId);
        otherTab.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        // the server closed the first tab's socket: it says why and does not reconnect
        assertThat(page.locator("[data-live]"))
                .hasText("Live updates unavailable: Signed out: the session has ended; sign in again");
        otherTab.close();
    }

    private static Locator runRow(Page page, String name) {
        return page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(name));
    }

    private ProgressEvent test(UUID execution, String type, UUID testId, String name, Integer step, String message) {
        return new ProgressEvent(projectId, execution, type, testId, name, step, message, null);
    }

    /** A NOTIFY from a separate JDBC connection, as a worker process sends it. */
    private void notifyFromWorker(ProgressEvent event) throws Exception {
        try (Connection worker = DriverManager.getConnection(url, "postgres", "");
             PreparedStatement ps = worker.prepareStatement("SELECT pg_notify('suture_progress', ?)")) {
            ps.setString(1, new String(json.writeValueAsBytes(event), StandardCharsets.UTF_8));
            ps.execute();
        }
    }

    private static Map<String, Object> runStarted(UUID runId, String name) {
        return Map.of("eventId", UUID.randomUUID().toString(), "type", "run.started", "runId", runId.toString(),
                "at", Instant.now().toString(), "run", Map.of("name", name));
    }

    /** Reports events as the SDK does; answers the execution of the (first) run. */
    private UUID ingest(List<Map<String, Object>> events) {
        Api.Res r = api.send("POST", "/api/ingest/batches", api.json(Map.of("batchId", UUID.randomUUID().toString(),
                "events", events)), "Authorization", "Bearer " + apiKey);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.text()).contains("\"errors\":[]");
        String link = String.valueOf(((Map<?, ?>) ((List<?>) r.body().get("runs")).get(0)).get("url"));
        return UUID.fromString(link.substring(link.lastIndexOf('/') + 1));
    }
}
