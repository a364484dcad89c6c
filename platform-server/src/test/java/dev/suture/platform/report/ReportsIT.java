package dev.suture.platform.report;

import static dev.suture.platform.report.ReportHistory.test;
import static org.assertj.core.api.Assertions.assertThat;

import dev.suture.platform.fixtures.Client;
import dev.suture.platform.fixtures.PlatformIT;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reports over a small history whose every figure is known; healing records decided through the API. */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class ReportsIT extends PlatformIT {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    Client client;
    Client.Tenant tenant;
    final Instant base = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @BeforeAll
    void loadHistory() {
        client = new Client(server.getURL().toString(), json);
        tenant = client.tenant("reports");
        load(new ReportHistory(client, tenant, base));
    }

    /** Runs 1 and 2 on commit c1, run 3 on c2: A switches on c1 and passes on a retry, C is the slowest. */
    static void load(ReportHistory history) {
        history.run(0, "c1", List.of(test("A", "PASSED", 100, 1, true), test("B", "FAILED", 500, 1, false),
                test("C", "PASSED", 3000, 1, false)));
        history.run(1, "c1", List.of(test("A", "FAILED", 120, 1, false), test("B", "FAILED", 480, 1, false),
                test("C", "PASSED", 3200, 1, false)));
        history.run(2, "c2", List.of(test("A", "PASSED", 110, 2, false), test("B", "PASSED", 450, 1, false)));
    }

    String q() {
        return "?projectId=" + tenant.projectId();
    }

    @Test
    void dashboardCountsRunsTestsAndPercentiles() {
        Client.Res r = client.get("/api/reports/dashboard" + q(), tenant.token());
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.map()).containsEntry("runs", 3).containsEntry("passedRuns", 1).containsEntry("failedRuns", 2)
                .containsEntry("tests", 8).containsEntry("passed", 5).containsEntry("failed", 3)
                .containsEntry("passRate", 0.625);
        Map<String, Object> durations = (Map<String, Object>) r.map().get("durationMs");
        assertThat(((Number) durations.get("p50")).doubleValue()).isEqualTo(465.0);
        assertThat(r.list("runsPerDay")).isNotEmpty();
    }

    @Test
    void trendsArePerDayPerSuite() {
        Client.Res r = client.get("/api/reports/trends" + q() + "&suite=shop.Suite", tenant.token());
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        long tests = r.list("points").stream().mapToLong(p -> ((Number) ((Map<String, Object>) p).get("tests"))
                .longValue()).sum();
        assertThat(tests).isEqualTo(8);
    }

    @Test
    void flakyFindsSwitchesOnOneCommitAndPassesOnRetryOnly() {
        Client.Res r = client.get("/api/reports/flaky" + q(), tenant.token());
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.list("tests")).singleElement().satisfies(t -> assertThat((Map<String, Object>) t)
                .containsEntry("testKey", "shop.Suite#A").containsEntry("statusSwitches", 1)
                .containsEntry("passedOnRetry", 1).containsEntry("executions", 3));
    }

    @Test
    void slowestPutsTheSlowTestFirst() {
        Client.Res r = client.get("/api/reports/slowest" + q() + "&limit=2", tenant.token());
        assertThat(r.list("tests")).hasSize(2);
        assertThat(((Map<String, Object>) r.list("tests").get(0))).containsEntry("testKey", "shop.Suite#C")
                .containsEntry("avgDurationMs", 3100.0);
    }

    @Test
    void healingRecordsAreDecidedAndServedToTheSdk() {
        Client.Res stats = client.get("/api/reports/healing" + q(), tenant.token());
        assertThat(stats.map()).containsEntry("events", 2).containsEntry("healed", 1).containsEntry("suggested", 1);

        Client.Res records = client.get("/api/healing-records" + q() + "&status=PENDING", tenant.token());
        assertThat(records.map()).containsEntry("total", 2);
        String signin = null;
        String cart = null;
        for (Object o : records.list("items")) {
            Map<String, Object> rec = (Map<String, Object>) o;
            if (rec.get("locator").equals("#signin")) {
                signin = rec.get("id").toString();
            } else {
                cart = rec.get("id").toString();
            }
        }
        assertThat(client.post("/api/healing-records/" + signin + "/accept", Map.of(), tenant.apiKey()).status())
                .isEqualTo(403);
        Client.Res accepted = client.post("/api/healing-records/" + signin + "/accept", Map.of(), tenant.token());
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        assertThat(accepted.map()).containsEntry("status", "ACCEPTED");
        assertThat(client.post("/api/healing-records/" + cart + "/reject", Map.of(), tenant.token()).map())
                .containsEntry("status", "REJECTED");

        Client.Res state = client.get("/api/ingest/healing-state", tenant.apiKey());
        assertThat(state.list("accepted")).singleElement().satisfies(a -> assertThat((Map<String, Object>) a)
                .containsEntry("locator", "#signin").containsEntry("fingerprint", Map.of("tag", "button")));
        assertThat(state.list("rejected")).singleElement().satisfies(a -> assertThat((Map<String, Object>) a)
                .containsEntry("locator", "#cart").containsEntry("healedTo", "#basket"));
        Client.Res after = client.get("/api/reports/healing" + q(), tenant.token());
        assertThat(after.map()).containsEntry("recordsAccepted", 1).containsEntry("recordsRejected", 1);
    }

    @Test
    void rangesAndLimitsAreBounded() {
        Client.Res wide = client.get("/api/reports/dashboard" + q() + "&from=2020-01-01T00:00:00Z&to=2026-01-01T00:00:00Z",
                tenant.token());
        assertThat(wide.status()).isEqualTo(400);
        assertThat(wide.text()).contains("366 days");
        assertThat(client.get("/api/reports/flaky" + q() + "&limit=100000", tenant.token()).status()).isEqualTo(400);
        Client.Tenant stranger = client.tenant("stranger");
        assertThat(client.get("/api/reports/dashboard" + q(), stranger.token()).status()).isEqualTo(404);
    }
}
