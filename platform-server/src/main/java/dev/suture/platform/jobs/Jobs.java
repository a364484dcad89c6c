package dev.suture.platform.jobs;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import dev.suture.platform.common.SqlRunner;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;

/**
 * The one way features put work on the job engine. Every method joins the caller's transaction (or opens one), so
 * a job is queued exactly when the change that asked for it commits; the same transaction sends a PostgreSQL
 * {@code NOTIFY} on {@value #WAKE_CHANNEL}, delivered at commit, which wakes every worker at once instead of at
 * its next poll.
 */
@Singleton
public class Jobs {

    /** The channel workers listen on for "new jobs are due". */
    public static final String WAKE_CHANNEL = "suture_jobs";

    private final SchedulerClient client;
    private final SqlRunner sql;

    Jobs(SchedulerClient client, SqlRunner sql) {
        this.client = client;
        this.sql = sql;
    }

    /** Builds a job instance; {@code id} must be unique per task (a second one with the same id is ignored). */
    public static <T> TaskInstance<T> instance(Task<T> task, String id, T data, JobPriority priority) {
        return task.instanceBuilder(id).data(data).priority(priority.value()).build();
    }

    /** Queues a job to run now. An instance whose id is already queued or running is left as it is. */
    @Transactional
    public <T> void enqueue(TaskInstance<T> instance) {
        schedule(instance, Instant.now());
    }

    /** Queues a job to run at {@code at}. An instance whose id is already queued or running is left as it is. */
    @Transactional
    public <T> void schedule(TaskInstance<T> instance, Instant at) {
        client.scheduleIfNotExists(instance, at);
        wake(at);
    }

    /**
     * Queues a job unless one with the same task and id exists; answers whether it was queued. The primary key
     * decides, so two processes racing on the same id queue it once.
     */
    @Transactional
    public <T> boolean scheduleIfAbsent(TaskInstance<T> instance, Instant at) {
        boolean created = client.scheduleIfNotExists(instance, at);
        if (created) {
            wake(at);
        }
        return created;
    }

    /** Queues many jobs in one round trip each, and wakes the workers once. */
    @Transactional
    public void enqueueAll(List<TaskInstance<?>> instances) {
        if (instances.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        client.scheduleBatch(instances, now);
        wake(now);
    }

    /**
     * Removes the queued (not yet claimed) jobs of {@code task} whose id starts with {@code idPrefix}; answers how
     * many. Jobs already running are not touched: db-scheduler cannot cancel a claimed job, so their owner must
     * notice and stop on its own.
     */
    @Transactional
    public int cancelQueued(Task<?> task, String idPrefix) {
        return sql.update("DELETE FROM scheduled_tasks WHERE task_name = ? AND NOT picked "
                + "AND starts_with(task_instance, ?)", task.getName(), idPrefix);
    }

    private void wake(Instant at) {
        if (!at.isAfter(Instant.now())) {
            sql.query("SELECT pg_notify(?, '')", List.of(WAKE_CHANNEL), rs -> 1);
        }
    }
}
