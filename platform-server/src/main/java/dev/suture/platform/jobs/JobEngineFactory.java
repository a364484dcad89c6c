package dev.suture.platform.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.jdbc.PostgreSqlJdbcCustomization;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the job engine (db-scheduler) from every {@link Task} bean in the context, so a feature declares its jobs
 * as beans ({@code @Singleton OneTimeTask}, {@code RecurringTask}) and nothing here needs to know them.
 * The scheduler is only built where jobs run ({@code suture.worker.enabled}); every process can enqueue.
 */
@Factory
class JobEngineFactory {

    private static final Logger LOG = LoggerFactory.getLogger(JobEngineFactory.class);

    /** The worker side: polls, claims with {@code FOR UPDATE SKIP LOCKED}, heartbeats, revives dead jobs. */
    @Singleton
    @Requires(property = "suture.worker.enabled", notEquals = "false")
    Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks, JobsConfig jobs, WorkerConfig worker,
                        JsonMapper json) {
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        int slots = worker.slots(memory);
        if (slots < worker.concurrency()) {
            LOG.warn("suture.worker.concurrency={} lowered to {}: {} MB of memory fit {} slots of {} MB "
                    + "(suture.worker.memory-per-slot-mb)", worker.concurrency(), slots, memory >> 20, slots,
                    worker.memoryPerSlotMb());
        }
        LOG.info("Job engine: {} slots, tasks {}", slots, tasks.stream().map(Task::getName).sorted().toList());
        // Recurring tasks (schedule-tick) must go through startTasks: db-scheduler only schedules a recurring task's
        // first run for tasks given there, and never for ones that are merely known.
        List<Task<?>> oneTime = tasks.stream().filter(t -> !(t instanceof RecurringTask<?>)).toList();
        List<RecurringTask<?>> recurring = tasks.stream().filter(t -> t instanceof RecurringTask<?>)
                .<RecurringTask<?>>map(t -> (RecurringTask<?>) t).toList();
        return Scheduler.create(DelegatingDataSource.unwrapDataSource(dataSource), oneTime)
                .startTasks(recurring)
                .schedulerName(new SchedulerName.Fixed(WorkerIdentity.NAME))
                .jdbcCustomization(new PostgreSqlJdbcCustomization(false, false))
                .serializer(new JsonTaskSerializer(json))
                .threads(slots)
                // claims only as many jobs as it has free slots, so a busy worker never hoards jobs others could run;
                // and looks again the moment any slot frees up (db-scheduler does when the jobs in hand drop to the
                // lower limit, here slots - 1): a job queued as another completes wakes the workers while that slot is
                // still busy, and would otherwise wait for half the slots to free up or for the next poll
                .pollUsingLockAndFetch((slots - 0.5) / slots, 1.0)
                .pollingInterval(jobs.pollingInterval())
                .heartbeatInterval(jobs.heartbeatInterval())
                .missedHeartbeatsLimit(jobs.missedHeartbeatsLimit())
                .shutdownMaxWait(jobs.shutdownMaxWait())
                .enablePriority()
                .build();
    }

    /**
     * The enqueue side, on the transaction-aware data source: a job scheduled inside a transaction is committed
     * (or rolled back) with the rest of that transaction.
     */
    @Singleton
    SchedulerClient schedulerClient(DataSource dataSource, List<Task<?>> tasks, JsonMapper json) {
        return SchedulerClient.Builder.create(dataSource, tasks)
                .jdbcCustomization(new PostgreSqlJdbcCustomization(false, false))
                .serializer(new JsonTaskSerializer(json))
                .enablePriority()
                .build();
    }
}
