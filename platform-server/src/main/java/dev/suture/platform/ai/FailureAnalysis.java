package dev.suture.platform.ai;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.suture.platform.ai.FailureRules.Verdict;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.common.SqlRunner;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * {@code analyze-failure}: for each failed test of an execution (at most {@value #MAX_RESULTS}), what kind of failure
 * it is ({@link FailureRules}), the step that failed, the heals involved, and whether the test is flaky (it passed
 * on the same commit in the last {@value #HISTORY_DAYS} days, or on a retry in this run). Reads by execution id
 * and the run's time span, so only its monthly partitions are probed.
 */
@Singleton
class FailureAnalysis {

    static final int MAX_RESULTS = 20;
    static final int HISTORY_DAYS = 30;

    private final SqlRunner sql;

    FailureAnalysis(SqlRunner sql) {
        this.sql = sql;
    }

    record Execution(UUID id, UUID projectId, Instant startedAt) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record FailedStep(int index, String action, @Nullable String target, @Nullable String instruction,
                      @Nullable String error) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Heal(String locator, @Nullable String healedTo, String decision, @Nullable Double score) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record History(int days, long runs, long failures, boolean passedOnSameCommit) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ResultAnalysis(UUID resultId, String testKey, String name, String status, String category,
                          String explanation, String suggestion, boolean flaky, @Nullable FailedStep failedStep,
                          List<Heal> heals, List<String> errorLogs, History history) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Analysis(UUID executionId, String source, int failedTests, List<ResultAnalysis> results) {
    }

    private record Failed(UUID id, String key, String name, String status, Instant startedAt, @Nullable String commit,
                          String error) {
    }

    @Transactional(readOnly = true)
    Execution execution(UUID id) {
        return sql.query("SELECT id, project_id, started_at FROM test_executions WHERE id = ?", List.of(id),
                rs -> new Execution(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), SqlRunner.instant(rs, 3)))
                .stream().findFirst().orElseThrow(() -> ProblemException.notFound("Execution " + id));
    }

    @Transactional(readOnly = true)
    Analysis analyze(Execution e, @Nullable UUID resultId) {
        // Results of a run start at or after the run (a day of slack for client clocks).
        Instant from = e.startedAt().minusSeconds(86_400);
        List<Object> args = new ArrayList<>(List.of(e.id(), from));
        String only = "";
        if (resultId != null) {
            only = " AND id = ?";
            args.add(resultId);
        }
        args.add(MAX_RESULTS);
        List<Failed> failed = sql.query("SELECT id, test_key, name, status, started_at, commit_sha, "
                + "concat_ws(': ', error_type, error_message) FROM test_results WHERE execution_id = ? "
                + "AND started_at >= ? AND status IN ('FAILED', 'ABORTED')" + only + " ORDER BY started_at, id LIMIT ?",
                args, rs -> new Failed(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), SqlRunner.instant(rs, 5), rs.getString(6), rs.getString(7)));
        if (resultId != null && failed.isEmpty()) {
            throw ProblemException.invalidField("resultId", "must be a failed test result of this execution");
        }
        List<ResultAnalysis> results = new ArrayList<>();
        for (Failed f : failed) {
            results.add(analyze(e, f));
        }
        return new Analysis(e.id(), "rules", failed.size(), results);
    }

    private ResultAnalysis analyze(Execution e, Failed f) {
        FailedStep step = sql.query("SELECT step_index, action, target, instruction, error FROM step_results "
                + "WHERE result_id = ? AND result_started_at = ? AND error IS NOT NULL ORDER BY step_index LIMIT 1",
                List.of(f.id(), f.startedAt()), rs -> new FailedStep(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5))).stream().findFirst().orElse(null);
        List<Heal> heals = sql.query("SELECT locator, coalesce(suggestion, healed_to), decision, score FROM healing_events "
                + "WHERE execution_id = ? AND result_id = ? ORDER BY occurred_at", List.of(e.id(), f.id()), rs -> {
                    double score = rs.getDouble(4);
                    return new Heal(rs.getString(1), rs.getString(2), rs.getString(3), rs.wasNull() ? null : score);
                });
        List<String> logs = sql.query("SELECT message FROM execution_logs WHERE execution_id = ? AND level = 'ERROR' "
                + "AND (result_id = ? OR result_id IS NULL) AND logged_at >= ? ORDER BY logged_at, id LIMIT 5",
                List.of(e.id(), f.id(), e.startedAt().minusSeconds(86_400)), rs -> FailureRules.firstLine(rs.getString(1)));
        History history = sql.query("SELECT count(*), count(*) FILTER (WHERE status = 'FAILED'), "
                + "coalesce(bool_or(status = 'PASSED' AND commit_sha = ?), false) FROM test_results "
                + "WHERE project_id = ? AND test_key = ? AND started_at >= now() - make_interval(days => ?)",
                List.of(f.commit() == null ? "" : f.commit(), e.projectId(), f.key(), HISTORY_DAYS),
                rs -> new History(HISTORY_DAYS, rs.getLong(1), rs.getLong(2), rs.getBoolean(3))).get(0);
        boolean passedOnRetry = sql.count("SELECT count(*) FROM test_results WHERE execution_id = ? "
                + "AND started_at >= ? AND test_key = ? AND status = 'PASSED'",
                List.of(e.id(), e.startedAt().minusSeconds(86_400), f.key())) > 0;
        String healed = heals.stream().filter(h -> h.decision().equals("HEALED") && h.healedTo() != null)
                .map(h -> h.locator() + " → " + h.healedTo()).findFirst().orElse(null);
        String refused = heals.stream().filter(h -> h.decision().equals("REFUSED")).map(Heal::locator)
                .findFirst().orElse(null);
        Verdict v = FailureRules.classify(f.error() == null ? "" : f.error(), step == null ? null : step.error(), logs,
                healed, refused);
        boolean flaky = history.passedOnSameCommit() || passedOnRetry;
        String suggestion = flaky ? v.suggestion() + " It also passed " + (passedOnRetry ? "on a retry in this run"
                : "on the same commit before") + ": the test is flaky, look for timing or shared state."
                : v.suggestion();
        return new ResultAnalysis(f.id(), f.key(), f.name(), f.status(), v.category(), v.explanation(), suggestion,
                flaky, step, heals, logs, history);
    }
}
