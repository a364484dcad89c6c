package dev.suture.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suture.platform.support.Api;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reports runs to the platform exactly as the SDK does: batches of events on {@code POST /api/ingest/batches}. */
final class History {

    private final Api api;
    private final String apiKey;

    History(Api api, String apiKey) {
        this.api = api;
        this.apiKey = apiKey;
    }

    /**
     * One test of a run: its verdict, duration, steps (instruction, action, target) and an optional heal (locator,
     * selector healed to and, as the SDK sends it, the readable suggestion).
     */
    record Test(String key, String status, long durationMs, List<String[]> steps, String[] heal) {
    }

    /** Reports a finished run that started at {@code start}; answers the run id the platform gave it. */
    String run(String name, String branch, String commit, Instant start, List<Test> tests) {
        String runId = UUID.randomUUID().toString();
        List<Object> events = new ArrayList<>();
        events.add(Map.of("eventId", uuid(), "type", "run.started", "runId", runId, "at", start.toString(),
                "run", Map.of("name", name, "suite", "bookshop", "ci", Map.of("provider", "local", "commit", commit,
                        "branch", branch))));
        int passed = 0;
        int failed = 0;
        Instant at = start;
        for (Test t : tests) {
            List<Object> steps = new ArrayList<>();
            for (int i = 0; i < t.steps().size(); i++) {
                String[] s = t.steps().get(i);
                Map<String, Object> step = new HashMap<>(Map.of("index", i, "action", s[1], "target", s[2],
                        "startedAt", at.toString(), "durationMs", 40));
                if (s[0] != null) {
                    step.put("instruction", s[0]);
                }
                steps.add(step);
            }
            Map<String, Object> test = new HashMap<>(Map.of("testId", uuid(), "suite", "bookshop.ShopTest",
                    "key", t.key(), "name", t.key().substring(t.key().indexOf('#') + 1), "status", t.status(),
                    "startedAt", at.toString(), "durationMs", t.durationMs(), "attempt", 1, "steps", steps));
            if (t.status().equals("FAILED")) {
                test.put("error", Map.of("type", "AssertionFailedError", "message", "expected 3 books but was 2",
                        "stackTrace", "at bookshop.ShopTest"));
                failed++;
            } else {
                passed++;
            }
            if (t.heal() != null) {
                Map<String, Object> heal = new HashMap<>(Map.of("locator", t.heal()[0],
                        "healedTo", t.heal()[1], "score", 0.91, "runnerUp", 0.42, "decision", "HEALED"));
                if (t.heal().length > 2) {
                    heal.put("suggestion", t.heal()[2]);
                }
                test.put("healings", List.of(heal));
            }
            events.add(Map.of("eventId", uuid(), "type", "test.finished", "runId", runId, "at", at.toString(),
                    "test", test));
            at = at.plusMillis(t.durationMs());
        }
        events.add(Map.of("eventId", uuid(), "type", "run.finished", "runId", runId, "at", at.toString(),
                "summary", Map.of("total", tests.size(), "passed", passed, "failed", failed, "skipped", 0,
                        "aborted", 0)));
        Api.Res r = api.send("POST", "/api/ingest/batches", api.json(Map.of("batchId", uuid(), "events", events)),
                "Authorization", "Bearer " + apiKey);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.text()).contains("\"errors\":[]");
        String url = String.valueOf(((Map<?, ?>) ((List<?>) r.body().get("runs")).get(0)).get("url"));
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }
}
