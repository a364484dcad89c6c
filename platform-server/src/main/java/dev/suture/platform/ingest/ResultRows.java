package dev.suture.platform.ingest;

import dev.suture.platform.ingest.IngestEvent.Artifact;
import dev.suture.platform.ingest.IngestEvent.Healing;
import dev.suture.platform.ingest.IngestEvent.Step;
import dev.suture.platform.ingest.IngestEvent.TestFinished;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Writes the rows of new test.finished events: results, steps, artifacts, healing events and records, logs. */
@Singleton
class ResultRows {

    private final JdbcOperations jdbc;

    ResultRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    private record StepRow(TestFinished t, Step s, UUID execution) {
    }

    private record ArtifactRow(TestFinished t, Artifact a, UUID execution) {
    }

    private record HealingRow(TestFinished t, Healing h, UUID execution) {
    }

    void insert(UUID projectId, Map<UUID, UUID> executions, List<TestFinished> tests) {
        List<StepRow> steps = new ArrayList<>();
        List<ArtifactRow> artifacts = new ArrayList<>();
        List<HealingRow> healings = new ArrayList<>();
        for (TestFinished t : tests) {
            UUID exec = executions.get(t.runId());
            t.test().steps().forEach(s -> steps.add(new StepRow(t, s, exec)));
            t.test().artifacts().forEach(a -> artifacts.add(new ArtifactRow(t, a, exec)));
            t.test().healings().forEach(h -> healings.add(new HealingRow(t, h, exec)));
        }
        results(projectId, executions, tests);
        if (!steps.isEmpty()) {
            steps(projectId, steps);
        }
        if (!artifacts.isEmpty()) {
            artifacts(projectId, artifacts);
        }
        if (!healings.isEmpty()) {
            healings(projectId, healings);
        }
        failureLogs(projectId, executions, tests);
    }

    /** commit and branch come from the run row, so reports never need to join the runs table. */
    private void results(UUID projectId, Map<UUID, UUID> executions, List<TestFinished> tests) {
        jdbc.prepareStatement("INSERT INTO test_results (id, execution_id, project_id, suite_name, test_key, name, "
                + "class_name, method_name, status, attempt, started_at, duration_ms, commit_sha, branch, error_type, "
                + "error_message, stack_trace) SELECT r.id, r.ex, ?, coalesce(r.suite, e.suite_name), r.k, r.n, r.c, "
                + "r.m, r.st, r.att, r.sa, r.d, e.commit_sha, e.branch, r.et, r.em, r.stack FROM unnest(?::uuid[], "
                + "?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[], "
                + "?::timestamptz[], ?::bigint[], ?::text[], ?::text[], ?::text[]) AS r(id, ex, suite, k, n, c, m, st, "
                + "att, sa, d, et, em, stack) JOIN test_executions e ON e.id = r.ex ON CONFLICT DO NOTHING", ps -> {
                    ps.setObject(1, projectId);
                    SqlArrays.bind(ps, 2, tests, t -> t.test().testId());
                    SqlArrays.bind(ps, 3, tests, t -> executions.get(t.runId()));
                    SqlArrays.bind(ps, 4, tests, t -> t.test().suite());
                    SqlArrays.bind(ps, 5, tests, t -> t.test().key());
                    SqlArrays.bind(ps, 6, tests, t -> t.test().name());
                    SqlArrays.bind(ps, 7, tests, t -> t.test().className());
                    SqlArrays.bind(ps, 8, tests, t -> t.test().methodName());
                    SqlArrays.bind(ps, 9, tests, t -> t.test().status());
                    SqlArrays.bind(ps, 10, tests, t -> t.test().attempt());
                    SqlArrays.bind(ps, 11, tests, t -> t.test().startedAt());
                    SqlArrays.bind(ps, 12, tests, t -> t.test().durationMs());
                    SqlArrays.bind(ps, 13, tests, t -> t.test().errorType());
                    SqlArrays.bind(ps, 14, tests, t -> t.test().errorMessage());
                    SqlArrays.bind(ps, 15, tests, t -> t.test().stackTrace());
                    return ps.executeUpdate();
                });
    }

    private void steps(UUID projectId, List<StepRow> steps) {
        jdbc.prepareStatement("INSERT INTO step_results (result_id, result_started_at, step_index, execution_id, "
                + "project_id, action, target, value, instruction, started_at, duration_ms, error) "
                + "SELECT r, rs, i, ex, ?, a, t, v, ins, sa, d, err FROM unnest(?::uuid[], ?::timestamptz[], ?::int[], "
                + "?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::bigint[], ?::text[]) "
                + "AS x(r, rs, i, ex, a, t, v, ins, sa, d, err) ON CONFLICT DO NOTHING", ps -> {
                    ps.setObject(1, projectId);
                    SqlArrays.bind(ps, 2, steps, r -> r.t().test().testId());
                    SqlArrays.bind(ps, 3, steps, r -> r.t().test().startedAt());
                    SqlArrays.bind(ps, 4, steps, r -> r.s().index());
                    SqlArrays.bind(ps, 5, steps, StepRow::execution);
                    SqlArrays.bind(ps, 6, steps, r -> r.s().action());
                    SqlArrays.bind(ps, 7, steps, r -> r.s().target());
                    SqlArrays.bind(ps, 8, steps, r -> r.s().value());
                    SqlArrays.bind(ps, 9, steps, r -> r.s().instruction());
                    SqlArrays.bind(ps, 10, steps, r -> r.s().startedAt());
                    SqlArrays.bind(ps, 11, steps, r -> r.s().durationMs());
                    SqlArrays.bind(ps, 12, steps, r -> r.s().error());
                    return ps.executeUpdate();
                });
    }

    private void artifacts(UUID projectId, List<ArtifactRow> rows) {
        jdbc.prepareStatement("INSERT INTO result_artifacts (id, project_id, execution_id, result_id, kind, storage_id, "
                + "sha256, name) SELECT gen_random_uuid(), ?, ex, r, k, s, h, coalesce(n, lower(k)) FROM unnest("
                + "?::uuid[], ?::uuid[], ?::text[], ?::uuid[], ?::text[], ?::text[]) AS x(ex, r, k, s, h, n)", ps -> {
                    ps.setObject(1, projectId);
                    SqlArrays.bind(ps, 2, rows, ArtifactRow::execution);
                    SqlArrays.bind(ps, 3, rows, r -> r.t().test().testId());
                    SqlArrays.bind(ps, 4, rows, r -> r.a().kind());
                    SqlArrays.bind(ps, 5, rows, r -> r.a().storageId());
                    SqlArrays.bind(ps, 6, rows, r -> r.a().sha256());
                    SqlArrays.bind(ps, 7, rows, r -> r.a().name());
                    return ps.executeUpdate();
                });
    }

    private void healings(UUID projectId, List<HealingRow> rows) {
        jdbc.prepareStatement("INSERT INTO healing_events (id, project_id, execution_id, result_id, test_key, locator, "
                + "healed_to, suggestion, score, runner_up, decision, artifact_storage_id, occurred_at) SELECT "
                + "gen_random_uuid(), ?, ex, r, k, l, h, sg, s, ru, d, a, o FROM unnest(?::uuid[], ?::uuid[], ?::text[], "
                + "?::text[], ?::text[], ?::text[], ?::float8[], ?::float8[], ?::text[], ?::uuid[], ?::timestamptz[]) "
                + "AS x(ex, r, k, l, h, sg, s, ru, d, a, o)",
                ps -> {
                    ps.setObject(1, projectId);
                    SqlArrays.bind(ps, 2, rows, HealingRow::execution);
                    SqlArrays.bind(ps, 3, rows, r -> r.t().test().testId());
                    SqlArrays.bind(ps, 4, rows, r -> r.t().test().key());
                    SqlArrays.bind(ps, 5, rows, r -> r.h().locator());
                    SqlArrays.bind(ps, 6, rows, r -> r.h().healedTo());
                    SqlArrays.bind(ps, 7, rows, r -> r.h().suggestion());
                    SqlArrays.bind(ps, 8, rows, r -> r.h().score());
                    SqlArrays.bind(ps, 9, rows, r -> r.h().runnerUp());
                    SqlArrays.bind(ps, 10, rows, r -> r.h().decision());
                    SqlArrays.bind(ps, 11, rows, r -> r.h().artifactStorageId());
                    SqlArrays.bind(ps, 12, rows, r -> r.t().test().startedAt());
                    return ps.executeUpdate();
                });
        // Heals and suggestions become reviewable records; sorted so concurrent batches lock rows in one order.
        List<HealingRow> reviewable = rows.stream()
                .filter(r -> r.h().healedTo() != null && !"REFUSED".equals(r.h().decision()))
                .sorted(Comparator.comparing((HealingRow r) -> r.h().locator()).thenComparing(r -> r.h().healedTo()))
                .toList();
        for (HealingRow r : reviewable) {
            jdbc.prepareStatement("INSERT INTO healing_records (id, project_id, locator, healed_to, suggestion, "
                    + "best_score, occurrences, fingerprint, last_test_key, first_seen_at, last_seen_at) VALUES (?, ?, ?, "
                    + "?, ?, ?, 1, ?::jsonb, ?, ?, ?) ON CONFLICT (project_id, locator, healed_to) DO UPDATE SET "
                    + "occurrences = healing_records.occurrences + 1, "
                    + "suggestion = coalesce(excluded.suggestion, healing_records.suggestion), "
                    + "best_score = greatest(healing_records.best_score, excluded.best_score), "
                    + "fingerprint = coalesce(excluded.fingerprint, healing_records.fingerprint), "
                    + "last_test_key = excluded.last_test_key, "
                    + "last_seen_at = greatest(healing_records.last_seen_at, excluded.last_seen_at)", ps -> {
                        Timestamp at = Timestamp.from(r.t().test().startedAt());
                        ps.setObject(1, UUID.randomUUID());
                        ps.setObject(2, projectId);
                        ps.setString(3, r.h().locator());
                        ps.setString(4, r.h().healedTo());
                        ps.setString(5, r.h().suggestion());
                        ps.setObject(6, r.h().score());
                        ps.setString(7, r.h().fingerprintJson());
                        ps.setString(8, r.t().test().key());
                        ps.setTimestamp(9, at);
                        ps.setTimestamp(10, at);
                        return ps.executeUpdate();
                    });
        }
    }

    /** A failed test leaves one line in its run's log; passing tests stay out of it to keep the log readable. */
    private void failureLogs(UUID projectId, Map<UUID, UUID> executions, List<TestFinished> tests) {
        List<TestFinished> failed = tests.stream()
                .filter(t -> "FAILED".equals(t.test().status()) || "ABORTED".equals(t.test().status())).toList();
        if (failed.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("INSERT INTO execution_logs (execution_id, project_id, result_id, logged_at, level, "
                + "message) SELECT ex, ?, r, at, 'ERROR', m FROM unnest(?::uuid[], ?::uuid[], ?::timestamptz[], "
                + "?::text[]) AS x(ex, r, at, m)", ps -> {
                    ps.setObject(1, projectId);
                    SqlArrays.bind(ps, 2, failed, t -> executions.get(t.runId()));
                    SqlArrays.bind(ps, 3, failed, t -> t.test().testId());
                    SqlArrays.bind(ps, 4, failed, TestFinished::at);
                    SqlArrays.bind(ps, 5, failed, t -> t.test().key() + " " + t.test().status()
                            + (t.test().errorMessage() == null ? "" : ": " + firstLine(t.test().errorMessage())));
                    return ps.executeUpdate();
                });
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() > 500 ? line.substring(0, 500) : line;
    }
}
