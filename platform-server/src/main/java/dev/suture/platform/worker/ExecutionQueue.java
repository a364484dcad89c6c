package dev.suture.platform.worker;

import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import dev.suture.platform.common.SqlRunner;
import dev.suture.platform.jobs.JobPriority;
import dev.suture.platform.jobs.Jobs;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Turns an execution into jobs and takes them back: one {@code execution_jobs} row per test case (attempt 1),
 * queued on the job engine as the suite's parallelism allows, and cancelled by {@link #stop}. Every method runs
 * inside the caller's transaction, so the rows, the jobs and the execution change together.
 */
@Singleton
public class ExecutionQueue {

    /** Channel on which {@link #stop} tells every worker process to interrupt the execution's running tests. */
    public static final String STOP_CHANNEL = "suture_execution_stop";

    private final SqlRunner sql;
    private final Jobs jobs;
    private final OneTimeTask<TestCaseJob> task;

    ExecutionQueue(SqlRunner sql, Jobs jobs, @Named(TestCaseJob.TASK) OneTimeTask<TestCaseJob> task) {
        this.sql = sql;
        this.jobs = jobs;
        this.task = task;
    }

    /**
     * Creates the jobs of a QUEUED execution: its {@code config.testCaseIds} in order, or for a retry its
     * {@code config.testKeys} that are stored test cases of the project (a platform run's test key is the test case
     * id). Answers how many test cases will run; with none, the execution is finished as FAILED with a log line.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int start(UUID executionId) {
        // The ingest writer finds a run by its client run id; a platform run's is its own id.
        sql.update("UPDATE test_executions SET client_run_id = id WHERE id = ? AND client_run_id IS NULL", executionId);
        // A retry runs with the configuration of the execution it retries.
        sql.update("UPDATE test_executions e SET config = e.config || jsonb_build_object('suite', p.config -> 'suite') "
                + "FROM test_executions p WHERE e.id = ? AND p.id = e.parent_execution_id AND e.config -> 'suite' IS NULL "
                + "AND p.config -> 'suite' IS NOT NULL", executionId);
        int rows = sql.update("INSERT INTO execution_jobs (execution_id, test_case_id, attempt, position, status) "
                + "SELECT e.id, tc.id, 1, ids.position, 'PENDING' FROM test_executions e "
                + "CROSS JOIN LATERAL (SELECT value, ordinality FROM jsonb_array_elements_text(coalesce("
                + "e.config -> 'testCaseIds', e.config -> 'testKeys', '[]')) WITH ORDINALITY) AS ids(value, position) "
                + "JOIN test_cases tc ON tc.project_id = e.project_id "
                + "AND tc.id::text = ids.value WHERE e.id = ? ON CONFLICT DO NOTHING", executionId);
        if (rows == 0) {
            sql.update("INSERT INTO execution_logs (execution_id, project_id, logged_at, level, message) "
                    + "SELECT id, project_id, now(), 'ERROR', 'None of the requested tests is a stored test case of "
                    + "this project, so the platform has nothing to run (it re-runs stored test cases only)' "
                    + "FROM test_executions WHERE id = ?", executionId);
            sql.update("UPDATE test_executions SET status = 'FAILED', finished_at = now(), duration_ms = 0 "
                    + "WHERE id = ?", executionId);
            return 0;
        }
        Integer parallelism = sql.query("SELECT (config #>> '{suite,parallelism}')::int FROM test_executions "
                + "WHERE id = ?", List.of(executionId), rs -> (Integer) rs.getObject(1)).get(0);
        queuePending(executionId, parallelism == null ? rows : parallelism);
        return rows;
    }

    /**
     * Stops an execution: its queued jobs are removed from the engine, every open row becomes CANCELLED (so a job
     * that starts anyway, or finishes now, records nothing), and a NOTIFY tells the workers running its tests to
     * interrupt them.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void stop(UUID executionId) {
        jobs.cancelQueued(task, TestCaseJob.prefixOf(executionId));
        sql.update("UPDATE execution_jobs SET status = 'CANCELLED', finished_at = now() WHERE execution_id = ? "
                + "AND status IN ('PENDING', 'QUEUED', 'RUNNING')", executionId);
        sql.query("SELECT pg_notify(?, ?)", List.of(STOP_CHANNEL, executionId.toString()), rs -> 1);
    }

    /**
     * Queues up to {@code count} of the execution's waiting test cases, in suite order. {@code queued_at} is the
     * moment of queuing ({@code clock_timestamp()}), not the start of the caller's transaction ({@code now()}): a
     * completing job records its whole result in that transaction before it queues the next test case.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void queuePending(UUID executionId, int count) {
        if (count <= 0) {
            return;
        }
        List<TestCaseJob> next = sql.query("UPDATE execution_jobs SET status = 'QUEUED', queued_at = clock_timestamp() "
                + "WHERE (execution_id, test_case_id, attempt) IN (SELECT execution_id, test_case_id, attempt "
                + "FROM execution_jobs WHERE execution_id = ? AND status = 'PENDING' ORDER BY position, attempt "
                + "LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING execution_id, test_case_id, attempt",
                List.of(executionId, count), ExecutionQueue::job);
        enqueue(next);
    }

    /** Queues the next attempt of a failed test case (the suite's {@code retries}). */
    @Transactional(propagation = Propagation.MANDATORY)
    void queueRetry(TestCaseJob failed) {
        TestCaseJob retry = new TestCaseJob(failed.executionId(), failed.testCaseId(), failed.attempt() + 1);
        sql.update("INSERT INTO execution_jobs (execution_id, test_case_id, attempt, position, status, queued_at) "
                + "SELECT execution_id, test_case_id, ?, position, 'QUEUED', clock_timestamp() FROM execution_jobs "
                + "WHERE execution_id = ? AND test_case_id = ? AND attempt = ? ON CONFLICT DO NOTHING",
                retry.attempt(), failed.executionId(), failed.testCaseId(), failed.attempt());
        enqueue(List.of(retry));
    }

    private void enqueue(List<TestCaseJob> next) {
        List<TaskInstance<?>> instances = new ArrayList<>();
        for (TestCaseJob job : next) {
            instances.add(Jobs.instance(task, job.instanceId(), job, JobPriority.HIGH));
        }
        jobs.enqueueAll(instances);
    }

    private static TestCaseJob job(ResultSet rs) throws SQLException {
        return new TestCaseJob(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3));
    }
}
