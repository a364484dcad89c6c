package dev.suture.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import dev.suture.platform.jobs.ProbeTask.Probe;
import dev.suture.platform.jobs.ProbeTask.Ran;
import dev.suture.platform.common.SqlRunner;
import dev.suture.platform.support.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The job engine across two contexts on one database, as an API process and a worker process would be: the API
 * side only enqueues ({@code suture.worker.enabled=false}); the worker polls only once a minute, so a job that
 * starts at once proves the NOTIFY wake-up.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobEngineIT {

    private ApplicationContext api;
    private ApplicationContext worker;
    private Jobs jobs;
    private OneTimeTask<Probe> probe;

    @BeforeAll
    void start() {
        api = ApplicationContext.run(props(false), "test");
        worker = ApplicationContext.run(props(true), "test");
        jobs = api.getBean(Jobs.class);
        probe = api.getBean(Argument.of(OneTimeTask.class, Probe.class));
    }

    private static Map<String, Object> props(boolean runsJobs) {
        Map<String, Object> p = new HashMap<>(TestDatabase.get().properties());
        p.put("suture.test.jobs-probe", "true");
        p.put("suture.worker.enabled", String.valueOf(runsJobs));
        p.put("suture.worker.concurrency", "1");
        p.put("suture.jobs.polling-interval", "60s");
        return p;
    }

    @AfterAll
    void stop() {
        worker.close();
        api.close();
    }

    @BeforeEach
    void clear() {
        ProbeTask.RAN.clear();
        ProbeTask.gate = new CountDownLatch(0);
    }

    @Test
    void aJobQueuedByAnotherProcessStartsWithinMillisecondsNotAtTheNextPoll() throws Exception {
        List<Long> delaysMs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            jobs.enqueue(Jobs.instance(probe, UUID.randomUUID().toString(),
                    new Probe("p" + i, System.nanoTime(), false), JobPriority.HIGH));
            Ran ran = ProbeTask.RAN.poll(10, TimeUnit.SECONDS);
            assertThat(ran).as("job %d ran", i).isNotNull();
            delaysMs.add(TimeUnit.NANOSECONDS.toMillis(ran.startedNanos() - ran.enqueuedNanos()));
        }
        delaysMs.sort(null);
        assertThat(delaysMs.get(delaysMs.size() / 2)).as("median enqueue-to-start, all: %s", delaysMs)
                .isLessThan(500);
    }

    @Test
    void aJobQueuedInATransactionThatRollsBackNeverRuns() throws Exception {
        String id = UUID.randomUUID().toString();
        TransactionOperations<Connection> tx = api.getBean(Argument.of(TransactionOperations.class, Connection.class));
        tx.executeWrite(status -> {
            jobs.enqueue(Jobs.instance(probe, id, new Probe("rolled-back", System.nanoTime(), false), JobPriority.HIGH));
            status.setRollbackOnly();
            return null;
        });
        assertThat(ProbeTask.RAN.poll(1500, TimeUnit.MILLISECONDS)).isNull();
        assertThat(queuedRows(id)).isZero();
    }

    @Test
    void aBusyWorkerTakesHigherPriorityJobsFirst() throws Exception {
        ProbeTask.gate = new CountDownLatch(1);
        jobs.enqueue(Jobs.instance(probe, UUID.randomUUID().toString(), new Probe("blocker", 0, true), JobPriority.HIGH));
        assertThat(ProbeTask.RAN.poll(10, TimeUnit.SECONDS)).extracting(Ran::label).isEqualTo("blocker");
        for (JobPriority p : List.of(JobPriority.LOW, JobPriority.MEDIUM, JobPriority.HIGH)) {
            jobs.enqueue(Jobs.instance(probe, UUID.randomUUID().toString(), new Probe(p.name(), 0, false), p));
        }
        ProbeTask.gate.countDown();
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Ran ran = ProbeTask.RAN.poll(10, TimeUnit.SECONDS);
            assertThat(ran).isNotNull();
            order.add(ran.label());
        }
        assertThat(order).containsExactly("HIGH", "MEDIUM", "LOW");
    }

    @Test
    void theSameInstanceIdIsQueuedOnce() {
        String id = "schedule-1@2026-01-01T00:00:00Z-" + UUID.randomUUID();
        var at = java.time.Instant.now().plusSeconds(3600);
        assertThat(jobs.scheduleIfAbsent(Jobs.instance(probe, id, new Probe("a", 0, false), JobPriority.LOW), at))
                .isTrue();
        assertThat(jobs.scheduleIfAbsent(Jobs.instance(probe, id, new Probe("b", 0, false), JobPriority.LOW), at))
                .isFalse();
        assertThat(queuedRows(id)).isEqualTo(1);
        assertThat(jobs.cancelQueued(probe, id)).isEqualTo(1);
        assertThat(queuedRows(id)).isZero();
    }

    private long queuedRows(String id) {
        TransactionOperations<Connection> tx = api.getBean(Argument.of(TransactionOperations.class, Connection.class));
        return tx.executeRead(s -> api.getBean(SqlRunner.class).count(
                "SELECT count(*) FROM scheduled_tasks WHERE task_instance = ?", List.of(id)));
    }
}
