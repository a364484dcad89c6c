package dev.suture.platform.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suture.platform.fixtures.Client;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Loads a run history through the real ingest API, as the SDK reports it; shared by the report tests. */
final class ReportHistory {

    private final Client client;
    private final Client.Tenant tenant;
    private final Instant base;

    ReportHistory(Client client, Client.Tenant tenant, Instant base) {
        this.client = client;
        this.tenant = tenant;
        this.base = base;
    }

    /** A finished test of suite {@code shop.Suite}; a healed one carries one HEALED and one SUGGESTED heal. */
    static Map<String, Object> test(String name, String status, long duration, int attempt, boolean healed) {
        Map<String, Object> t = new HashMap<>();
        t.put("testId", UUID.randomUUID().toString());
        t.put("suite", "shop.Suite");
        t.put("key", "shop.Suite#" + name);
        t.put("name", name);
        t.put("status", status);
        t.put("durationMs", duration);
        t.put("attempt", attempt);
        if (healed) {
            t.put("healings", List.of(Map.of("locator", "#signin", "healedTo", "getByText(\"Sign in\")",
                    "score", 0.9, "decision", "HEALED", "fingerprint", Map.of("tag", "button")),
                    Map.of("locator", "#cart", "healedTo", "#basket", "score", 0.8, "decision", "SUGGESTED")));
        }
        return t;
    }

    /** One run on {@code commit}, {@code hour} hours after the base time, with these tests. */
    void run(int hour, String commit, List<Map<String, Object>> tests) {
        UUID runId = UUID.randomUUID();
        Instant at = base.plus(hour, ChronoUnit.HOURS);
        List<Object> events = new ArrayList<>();
        events.add(Map.of("eventId", UUID.randomUUID().toString(), "type", "run.started", "runId", runId.toString(),
                "at", at.toString(), "run", Map.of("name", "ci", "ci", Map.of("commit", commit, "branch", "main"))));
        int failed = 0;
        for (Map<String, Object> t : tests) {
            t.put("startedAt", at.plusSeconds(1).toString());
            events.add(Map.of("eventId", UUID.randomUUID().toString(), "type", "test.finished",
                    "runId", runId.toString(), "at", at.plusSeconds(2).toString(), "test", t));
            failed += t.get("status").equals("FAILED") ? 1 : 0;
        }
        events.add(Map.of("eventId", UUID.randomUUID().toString(), "type", "run.finished", "runId", runId.toString(),
                "at", at.plusSeconds(60).toString(), "summary", Map.of("total", tests.size(), "failed", failed)));
        Client.Res r = client.post("/api/ingest/batches", Map.of("batchId", UUID.randomUUID().toString(),
                "events", events), tenant.apiKey());
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.map()).containsEntry("accepted", events.size());
    }
}
