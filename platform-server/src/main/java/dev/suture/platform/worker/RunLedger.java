package dev.suture.platform.worker;

import dev.suture.core.TestResult;
import dev.suture.core.TestStatus;
import dev.suture.platform.common.SqlRunner;
import dev.suture.platform.ingest.WorkerResults;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The database side of one job: claiming it (only while the execution still runs) and completing it exactly once.
 * Completion locks the execution row first, so completions of one execution are serialised: the last one to
 * finish sees every other one and closes the execution.
 */
@Singleton
class RunLedger {

    private final SqlRunner sql;
    private final ExecutionQueue queue;
    private final WorkerResults results;

    RunLedger(SqlRunner sql, ExecutionQueue queue, WorkerResults results) {
        this.sql = sql;
        this.queue = queue;
        this.results = results;
    }

    /** What a worker needs to run a claimed job. {@code steps} is the test case's stored steps as JSON. */
    record Claim(TestCaseJob job, UUID projectId, String executionName, @Nullable String suiteName,
                 String suiteConfigJson, String testName, String stepsJson, boolean executionStarted) {
    }

    /** The execution's outcome once its last job completed. */
    record Finished(UUID projectId, String status, int tests, int failed) {
    }

    /**
     * Marks the job RUNNING by this worker, provided its row is still open and the execution not stopped; empty
     * when the job must not run (stopped, already completed by another worker, test case deleted).
     */
    @Transactional
    Optional<Claim> claim(TestCaseJob job, String worker) {
        List<Claim> claimed = sql.query("UPDATE execution_jobs j SET status = 'RUNNING', starts = j.starts + 1, "
                + "worker = ?, started_at = coalesce(j.started_at, now()) FROM test_executions e, test_cases tc "
                + "WHERE j.execution_id = ? AND j.test_case_id = ? AND j.attempt = ? AND j.status IN ('QUEUED', "
                + "'RUNNING') AND e.id = j.execution_id AND e.status IN ('QUEUED', 'RUNNING') AND tc.id = j.test_case_id "
                + "RETURNING e.project_id, e.name, e.suite_name, coalesce(e.config -> 'suite', '{}')::text, tc.name, "
                + "tc.steps::text, e.status = 'QUEUED'",
                List.of(worker, job.executionId(), job.testCaseId(), job.attempt()),
                rs -> new Claim(job, rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7)));
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        sql.update("UPDATE test_executions SET status = 'RUNNING' WHERE id = ? AND status = 'QUEUED'",
                job.executionId());
        return Optional.of(claimed.get(0));
    }

    /**
     * Records the run's result through the ingest path, exactly once: the row moves from RUNNING to its final status
     * in this transaction, and if another worker got there first nothing is written. Then the next test case is
     * queued (or the next attempt of this one, within the suite's retries), and the execution is closed when nothing
     * is left. Answers whether this call recorded the result.
     */
    @Transactional
    Optional<Optional<Finished>> complete(Claim claim, TestResult result, Map<String, UUID> storedFiles,
                                          int retries) {
        TestCaseJob job = claim.job();
        sql.query("SELECT 1 FROM test_executions WHERE id = ? FOR UPDATE", List.of(job.executionId()), rs -> 1);
        boolean passed = result.status() == TestStatus.PASSED;
        UUID resultId = WorkerResults.resultId(job.executionId(), job.testCaseId(), job.attempt());
        int moved = sql.update("UPDATE execution_jobs SET status = ?, finished_at = now(), result_id = ? "
                + "WHERE execution_id = ? AND test_case_id = ? AND attempt = ? AND status = 'RUNNING'",
                passed ? "PASSED" : "FAILED", resultId, job.executionId(), job.testCaseId(), job.attempt());
        if (moved == 0) {
            return Optional.empty();
        }
        results.record(claim.projectId(), job.executionId(), job.testCaseId(), job.attempt(), claim.suiteName(),
                result, storedFiles);
        if (!passed && job.attempt() <= retries) {
            queue.queueRetry(job);
        } else {
            queue.queuePending(job.executionId(), 1);
        }
        return Optional.of(finishIfDone(job.executionId()));
    }

    /** Closes the execution when no job is open: FAILED when any test case's last attempt failed. */
    private Optional<Finished> finishIfDone(UUID executionId) {
        List<Finished> finished = sql.query("UPDATE test_executions e SET status = CASE WHEN last.failed > 0 "
                + "THEN 'FAILED' ELSE 'PASSED' END, finished_at = now(), duration_ms = greatest(0, "
                + "(extract(epoch FROM (now() - e.started_at)) * 1000)::bigint) FROM (SELECT count(*) AS tests, "
                + "count(*) FILTER (WHERE status = 'FAILED') AS failed FROM (SELECT DISTINCT ON (test_case_id) status "
                + "FROM execution_jobs WHERE execution_id = ? ORDER BY test_case_id, attempt DESC) l) last "
                + "WHERE e.id = ? AND e.status = 'RUNNING' AND NOT EXISTS (SELECT 1 FROM execution_jobs "
                + "WHERE execution_id = ? AND status IN ('PENDING', 'QUEUED', 'RUNNING')) "
                + "RETURNING e.project_id, e.status, last.tests, last.failed",
                List.of(executionId, executionId, executionId),
                rs -> new Finished(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getInt(4)));
        if (finished.isEmpty()) {
            return Optional.empty();
        }
        Finished f = finished.get(0);
        sql.update("INSERT INTO execution_logs (execution_id, project_id, logged_at, level, message) "
                + "VALUES (?, ?, now(), 'INFO', ?)", executionId, f.projectId(), "Run finished: " + f.tests()
                + " test cases, " + (f.tests() - f.failed()) + " passed, " + f.failed() + " failed");
        return Optional.of(f);
    }
}
