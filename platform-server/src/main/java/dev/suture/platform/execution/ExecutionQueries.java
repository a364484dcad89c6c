package dev.suture.platform.execution;

import dev.suture.platform.execution.ExecutionViews.Artifact;
import dev.suture.platform.execution.ExecutionViews.Execution;
import dev.suture.platform.execution.ExecutionViews.HealingEvent;
import dev.suture.platform.execution.ExecutionViews.LogLine;
import dev.suture.platform.execution.ExecutionViews.Result;
import dev.suture.platform.execution.ExecutionViews.Step;
import dev.suture.platform.common.SqlRunner;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Read queries of executions in plain SQL (the filters are optional, the result tables partitioned). */
@Singleton
class ExecutionQueries {

    static final String COLUMNS = "id, project_id, suite_id, suite_name, client_run_id, parent_execution_id, name, "
            + "trigger, status, branch, commit_sha, total, passed, failed, skipped, aborted, duration_ms, started_at, "
            + "finished_at";

    private final SqlRunner sql;

    ExecutionQueries(SqlRunner sql) {
        this.sql = sql;
    }

    record Filter(UUID projectId, UUID suiteId, UUID testCaseId, String status, String branch, String commit,
                  Instant from, Instant to) {
    }

    List<Execution> list(Filter f, int limit, long offset) {
        List<Object> args = new ArrayList<>();
        String where = where(f, args);
        args.add(limit);
        args.add(offset);
        return query("SELECT " + COLUMNS + " FROM test_executions e WHERE " + where
                + " ORDER BY started_at DESC, id LIMIT ? OFFSET ?", args, ExecutionQueries::execution);
    }

    long count(Filter f) {
        List<Object> args = new ArrayList<>();
        String where = where(f, args);
        return query("SELECT count(*) FROM test_executions e WHERE " + where, args, rs -> rs.getLong(1)).get(0);
    }

    private static String where(Filter f, List<Object> args) {
        StringBuilder sql = new StringBuilder("project_id = ?");
        args.add(f.projectId());
        if (f.suiteId() != null) {
            sql.append(" AND suite_id = ?");
            args.add(f.suiteId());
        }
        if (f.status() != null) {
            sql.append(" AND status = ?");
            args.add(f.status());
        }
        if (f.branch() != null) {
            sql.append(" AND branch = ?");
            args.add(f.branch());
        }
        if (f.commit() != null) {
            sql.append(" AND commit_sha = ?");
            args.add(f.commit());
        }
        if (f.from() != null) {
            sql.append(" AND started_at >= ?");
            args.add(f.from());
        }
        if (f.to() != null) {
            sql.append(" AND started_at < ?");
            args.add(f.to());
        }
        if (f.testCaseId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM test_results r WHERE r.execution_id = e.id AND r.test_case_id = ?)");
            args.add(f.testCaseId());
        }
        return sql.toString();
    }

    record TestCaseRef(UUID projectId, String name) {
    }

    record SuiteRef(UUID projectId, String name, String configJson) {
    }

    Optional<TestCaseRef> testCase(UUID id) {
        return query("SELECT project_id, name FROM test_cases WHERE id = ?", List.of(id),
                rs -> new TestCaseRef(rs.getObject(1, UUID.class), rs.getString(2))).stream().findFirst();
    }

    Optional<SuiteRef> suite(UUID id) {
        return query("SELECT project_id, name, config::text FROM test_suites WHERE id = ?", List.of(id),
                rs -> new SuiteRef(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3))).stream().findFirst();
    }

    Optional<Execution> find(UUID id) {
        return query("SELECT " + COLUMNS + " FROM test_executions WHERE id = ?", List.of(id),
                ExecutionQueries::execution).stream().findFirst();
    }

    /** Results with their steps; the run's time span lets PostgreSQL skip the months it cannot touch. */
    List<Result> results(Execution e) {
        Instant from = e.startedAt().minusSeconds(86_400);
        Instant to = (e.finishedAt() == null ? Instant.now() : e.finishedAt()).plusSeconds(7 * 86_400);
        List<Object> args = List.of(e.id(), from, to);
        Map<UUID, List<Step>> steps = new HashMap<>();
        query("SELECT result_id, step_index, action, target, value, instruction, started_at, duration_ms, error "
                + "FROM step_results WHERE execution_id = ? AND result_started_at >= ? AND result_started_at < ? "
                + "ORDER BY result_id, step_index", args, rs -> {
                    steps.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new Step(
                            rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            SqlRunner.instant(rs, 7), (Long) rs.getObject(8), rs.getString(9)));
                    return null;
                });
        return query("SELECT id, test_case_id, suite_name, test_key, name, status, attempt, started_at, duration_ms, "
                + "error_type, error_message, stack_trace FROM test_results WHERE execution_id = ? AND started_at >= ? "
                + "AND started_at < ? ORDER BY started_at, test_key", args, rs -> new Result(rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getInt(7), SqlRunner.instant(rs, 8), rs.getLong(9), rs.getString(10), rs.getString(11), rs.getString(12),
                steps.getOrDefault(rs.getObject(1, UUID.class), List.of())));
    }

    List<Artifact> artifacts(UUID executionId, String kind) {
        List<Object> args = new ArrayList<>(List.of(executionId));
        String filter = "";
        if (kind != null) {
            filter = " AND kind = ?";
            args.add(kind);
        }
        return query("SELECT id, result_id, kind, storage_id, sha256, name FROM result_artifacts WHERE execution_id = ?"
                + filter + " ORDER BY created_at, id", args, rs -> new Artifact(rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, UUID.class), rs.getString(5),
                rs.getString(6)));
    }

    List<HealingEvent> healingEvents(UUID executionId) {
        return query("SELECT id, result_id, test_key, locator, healed_to, score, runner_up, decision, "
                + "artifact_storage_id, occurred_at, suggestion FROM healing_events WHERE execution_id = ? "
                + "ORDER BY occurred_at, id",
                List.of(executionId), rs -> new HealingEvent(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(11), (Double) rs.getObject(6),
                        (Double) rs.getObject(7), rs.getString(8), rs.getObject(9, UUID.class), SqlRunner.instant(rs, 10)));
    }

    List<LogLine> logs(UUID executionId, String level, int limit, long offset) {
        List<Object> args = new ArrayList<>(List.of(executionId));
        String filter = "";
        if (level != null) {
            filter = " AND level = ?";
            args.add(level);
        }
        args.add(limit);
        args.add(offset);
        return query("SELECT id, result_id, logged_at, level, message FROM execution_logs WHERE execution_id = ?"
                + filter + " ORDER BY logged_at, id LIMIT ? OFFSET ?", args, rs -> new LogLine(rs.getLong(1),
                rs.getObject(2, UUID.class), SqlRunner.instant(rs, 3), rs.getString(4), rs.getString(5)));
    }

    /** The keys of the tests whose last attempt in this run did not pass. */
    List<String> failedKeys(Execution e) {
        return query("SELECT test_key FROM (SELECT DISTINCT ON (test_key) test_key, status FROM test_results "
                + "WHERE execution_id = ? ORDER BY test_key, attempt DESC, started_at DESC) last "
                + "WHERE status IN ('FAILED', 'ABORTED') ORDER BY test_key", List.of(e.id()), rs -> rs.getString(1));
    }

    int update(String statement, Object... args) {
        return sql.update(statement, args);
    }

    long countLogs(UUID executionId) {
        return sql.count("SELECT count(*) FROM execution_logs WHERE execution_id = ?", List.of(executionId));
    }

    private <T> List<T> query(String statement, List<?> args, SqlRunner.Row<T> row) {
        return sql.query(statement, args, row);
    }

    static Execution execution(ResultSet rs) throws SQLException {
        return new Execution(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getString(4), rs.getObject(5, UUID.class), rs.getObject(6, UUID.class), rs.getString(7),
                rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getInt(12), rs.getInt(13),
                rs.getInt(14), rs.getInt(15), rs.getInt(16), (Long) rs.getObject(17), SqlRunner.instant(rs, 18), SqlRunner.instant(rs, 19));
    }
}
