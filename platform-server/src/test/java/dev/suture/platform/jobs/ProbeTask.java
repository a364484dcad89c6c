package dev.suture.platform.jobs;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A job for the engine's tests: records when it ran, and can hold its slot until a latch opens. */
@Factory
@Requires(property = "suture.test.jobs-probe", value = "true")
class ProbeTask {

    static final BlockingQueue<Ran> RAN = new LinkedBlockingQueue<>();
    static volatile CountDownLatch gate = new CountDownLatch(0);

    @Serdeable
    record Probe(String label, long enqueuedNanos, boolean waitAtGate) {
    }

    record Ran(String label, long enqueuedNanos, long startedNanos) {
    }

    @Singleton
    OneTimeTask<Probe> probe() {
        return Tasks.oneTime("test-probe", Probe.class).execute((instance, context) -> {
            Probe p = instance.getData();
            RAN.add(new Ran(p.label(), p.enqueuedNanos(), System.nanoTime()));
            if (p.waitAtGate()) {
                try {
                    gate.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
    }
}
