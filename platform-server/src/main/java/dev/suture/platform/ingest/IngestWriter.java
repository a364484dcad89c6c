package dev.suture.platform.ingest;

import dev.suture.platform.ingest.IngestEvent.RunFinished;
import dev.suture.platform.ingest.IngestEvent.RunStarted;
import dev.suture.platform.ingest.IngestEvent.TestFinished;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Stores the validated events of one batch in one transaction. The ledger insert comes first: only events
 * whose id is new to the project are written, so a resent batch (or two racing copies of it) changes nothing.
 * Every table is written with one statement per batch (arrays through {@code unnest}), not one per row.
 */
@Singleton
class IngestWriter {

    private final JdbcOperations jdbc;
    private final JsonMapper json;
    private final ResultRows resultRows;

    IngestWriter(JdbcOperations jdbc, JsonMapper json, ResultRows resultRows) {
        this.jdbc = jdbc;
        this.json = json;
        this.resultRows = resultRows;
    }

    /** {@code finalStatus}: the status of each execution that a run.finished of this batch ended. */
    record Outcome(Set<UUID> newEventIds, Map<UUID, UUID> executionByRun, Map<UUID, String> finalStatus) {
    }

    @Transactional
    Outcome write(UUID projectId, UUID batchId, List<IngestEvent> events) {
        Set<UUID> fresh = claim(projectId, batchId, events);
        List<IngestEvent> todo = events.stream().filter(e -> fresh.contains(e.eventId())).toList();
        Map<UUID, UUID> executions = ensureRuns(projectId, events);
        List<TestFinished> tests = new ArrayList<>();
        for (IngestEvent e : todo) {
            if (e instanceof RunStarted s) {
                runStarted(projectId, executions.get(s.runId()), s);
            } else if (e instanceof TestFinished t) {
                tests.add(t);
            }
        }
        if (!tests.isEmpty()) {
            resultRows.insert(projectId, executions, tests);
            bumpCounters(executions, tests);
        }
        Map<UUID, String> finalStatus = new HashMap<>();
        for (IngestEvent e : todo) {
            if (e instanceof RunFinished f) {
                UUID execution = executions.get(f.runId());
                finalStatus.put(execution, runFinished(projectId, execution, f));
            }
        }
        return new Outcome(fresh, executions, finalStatus);
    }

    /** Records the event ids in the ledger and answers those that were not there before. */
    private Set<UUID> claim(UUID projectId, UUID batchId, List<IngestEvent> events) {
        if (events.isEmpty()) {
            return Set.of();
        }
        return jdbc.prepareStatement("INSERT INTO ingest_events (project_id, event_id, batch_id) "
                + "SELECT ?, e, ? FROM unnest(?::uuid[]) AS e ON CONFLICT DO NOTHING RETURNING event_id", ps -> {
                    ps.setObject(1, projectId);
                    ps.setObject(2, batchId);
                    SqlArrays.bind(ps, 3, events, IngestEvent::eventId);
                    Set<UUID> ids = new HashSet<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getObject(1, UUID.class));
                        }
                    }
                    return ids;
                });
    }

    /** Creates the run rows that do not exist yet (events of a run may arrive before its run.started). */
    private Map<UUID, UUID> ensureRuns(UUID projectId, List<IngestEvent> events) {
        Map<UUID, IngestEvent> first = new TreeMap<>();
        for (IngestEvent e : events) {
            first.merge(e.runId(), e, (a, b) -> a.at().isBefore(b.at()) ? a : b);
        }
        List<IngestEvent> runs = new ArrayList<>(first.values());
        jdbc.prepareStatement("INSERT INTO test_executions (id, project_id, client_run_id, name, trigger, status, "
                + "started_at) SELECT gen_random_uuid(), ?, r, 'SDK run ' || left(r::text, 8), 'SDK', 'RUNNING', t "
                + "FROM unnest(?::uuid[], ?::timestamptz[]) AS x(r, t) "
                + "ON CONFLICT (project_id, client_run_id) DO NOTHING", ps -> {
                    ps.setObject(1, projectId);
                    SqlArrays.bind(ps, 2, runs, IngestEvent::runId);
                    SqlArrays.bind(ps, 3, runs, IngestEvent::at);
                    return ps.executeUpdate();
                });
        return jdbc.prepareStatement("SELECT client_run_id, id FROM test_executions WHERE project_id = ? "
                + "AND client_run_id = ANY(?::uuid[])", ps -> {
                    ps.setObject(1, projectId);
                    SqlArrays.bind(ps, 2, runs, IngestEvent::runId);
                    Map<UUID, UUID> ids = new HashMap<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ids.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
                        }
                    }
                    return ids;
                });
    }

    private void runStarted(UUID projectId, UUID executionId, RunStarted s) {
        IngestEvent.Ci ci = s.ci();
        Map<String, Object> ciMap = new LinkedHashMap<>();
        if (ci != null) {
            putIf(ciMap, "provider", ci.provider());
            putIf(ciMap, "commit", ci.commit());
            putIf(ciMap, "branch", ci.branch());
            putIf(ciMap, "author", ci.author());
            putIf(ciMap, "buildUrl", ci.buildUrl());
            putIf(ciMap, "buildNumber", ci.buildNumber());
        }
        String commit = ci == null ? null : ci.commit();
        String branch = ci == null ? null : ci.branch();
        // A run named after one of the project's stored suites (suture.run.suite) is one of that suite's runs: the
        // link puts it under the suite's results, beside the runs the platform's workers make of it.
        jdbc.prepareStatement("UPDATE test_executions SET name = coalesce(?, name), suite_name = coalesce(?, suite_name), "
                + "suite_id = coalesce(suite_id, (SELECT id FROM test_suites WHERE project_id = ? "
                + "AND lower(name) = lower(?))), branch = coalesce(?, branch), commit_sha = coalesce(?, commit_sha), "
                + "ci = ?::jsonb, started_at = least(started_at, ?) WHERE id = ?", ps -> {
                    ps.setString(1, s.name());
                    ps.setString(2, s.suite());
                    ps.setObject(3, projectId);
                    ps.setString(4, s.suite());
                    ps.setString(5, branch);
                    ps.setString(6, commit);
                    ps.setString(7, toJson(ciMap));
                    ps.setTimestamp(8, Timestamp.from(s.at()));
                    ps.setObject(9, executionId);
                    return ps.executeUpdate();
                });
        if (commit != null || branch != null) {
            // results that arrived before their run.started learn the run's commit and branch now
            jdbc.prepareStatement("UPDATE test_results SET commit_sha = coalesce(commit_sha, ?), "
                    + "branch = coalesce(branch, ?) WHERE execution_id = ? AND (commit_sha IS NULL OR branch IS NULL)",
                    ps -> {
                        ps.setString(1, commit);
                        ps.setString(2, branch);
                        ps.setObject(3, executionId);
                        return ps.executeUpdate();
                    });
        }
        log(projectId, executionId, s.at(), "INFO", "Run started: " + (s.name() == null ? "" : s.name())
                + (branch == null ? "" : " on " + branch) + (commit == null ? "" : " at " + commit));
    }

    /** Ends the run and answers its final status. */
    private String runFinished(UUID projectId, UUID executionId, RunFinished f) {
        String status = jdbc.prepareStatement("UPDATE test_executions SET finished_at = greatest(coalesce(finished_at, ?), ?), "
                + "status = CASE WHEN status = 'STOPPED' THEN status WHEN ? > 0 OR failed + aborted > 0 THEN 'FAILED' "
                + "ELSE 'PASSED' END, duration_ms = greatest(0, (extract(epoch FROM (?::timestamptz - started_at)) "
                + "* 1000)::bigint) WHERE id = ? RETURNING status", ps -> {
                    Timestamp at = Timestamp.from(f.at());
                    ps.setTimestamp(1, at);
                    ps.setTimestamp(2, at);
                    ps.setInt(3, f.failed() + f.aborted());
                    ps.setTimestamp(4, at);
                    ps.setObject(5, executionId);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? rs.getString(1) : null;
                    }
                });
        log(projectId, executionId, f.at(), "INFO", "Run finished: " + f.total() + " tests, " + f.passed()
                + " passed, " + f.failed() + " failed, " + f.skipped() + " skipped, " + f.aborted() + " aborted");
        return status;
    }

    /** One UPDATE per run, in a fixed order so that concurrent batches of one run cannot deadlock. */
    private void bumpCounters(Map<UUID, UUID> executions, List<TestFinished> tests) {
        Map<UUID, int[]> deltas = new TreeMap<>(Comparator.naturalOrder());
        Map<UUID, java.time.Instant> earliest = new HashMap<>();
        for (TestFinished t : tests) {
            UUID exec = executions.get(t.runId());
            int[] d = deltas.computeIfAbsent(exec, k -> new int[5]);
            d[0]++;
            switch (t.test().status()) {
                case "PASSED" -> d[1]++;
                case "FAILED" -> d[2]++;
                case "SKIPPED" -> d[3]++;
                default -> d[4]++;
            }
            earliest.merge(exec, t.test().startedAt(), (a, b) -> a.isBefore(b) ? a : b);
        }
        for (Map.Entry<UUID, int[]> e : deltas.entrySet()) {
            int[] d = e.getValue();
            jdbc.prepareStatement("UPDATE test_executions SET total = total + ?, passed = passed + ?, "
                    + "failed = failed + ?, skipped = skipped + ?, aborted = aborted + ?, "
                    + "started_at = least(started_at, ?), status = CASE WHEN finished_at IS NOT NULL AND ? > 0 "
                    + "AND status = 'PASSED' THEN 'FAILED' ELSE status END WHERE id = ?", ps -> {
                        for (int i = 0; i < 5; i++) {
                            ps.setInt(i + 1, d[i]);
                        }
                        ps.setTimestamp(6, Timestamp.from(earliest.get(e.getKey())));
                        ps.setInt(7, d[2] + d[4]);
                        ps.setObject(8, e.getKey());
                        return ps.executeUpdate();
                    });
        }
    }

    private void log(UUID projectId, UUID executionId, java.time.Instant at, String level, String message) {
        jdbc.prepareStatement("INSERT INTO execution_logs (execution_id, project_id, logged_at, level, message) "
                + "VALUES (?, ?, ?, ?, ?)", ps -> {
                    ps.setObject(1, executionId);
                    ps.setObject(2, projectId);
                    ps.setTimestamp(3, Timestamp.from(at));
                    ps.setString(4, level);
                    ps.setString(5, message);
                    return ps.executeUpdate();
                });
    }

    private String toJson(Object value) {
        try {
            return new String(json.writeValueAsBytes(value), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void putIf(Map<String, Object> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
