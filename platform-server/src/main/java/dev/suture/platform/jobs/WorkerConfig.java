package dev.suture.platform.jobs;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code suture.worker.*}: whether this process runs jobs, and how many at once.
 *
 * @param enabled        run jobs in this process (true by default, so one server does everything); a server that
 *                       only serves the API sets it to false and leaves the jobs to worker processes
 * @param concurrency    jobs run at the same time (each browser test holds one Chromium page)
 * @param memoryPerSlot  memory one slot needs (a Chromium page costs about 600 MB); the concurrency is lowered
 *                       so that {@code slots * memoryPerSlot} fits in the machine's memory
 * @param jobTimeout     a test case run that takes longer is interrupted and recorded as failed
 * @param infraRetries   how often a job that failed for an infrastructure reason (no browser, database gone) is
 *                       tried again before its test is recorded as aborted; a failing test is a result, not this
 * @param infraRetryDelay the first pause before such a retry; each further one doubles it
 * @param stateDir       where the worker keeps each project's healing baselines and step cache between runs;
 *                       empty means {@code <suture.data-dir>/worker}
 */
@ConfigurationProperties("suture.worker")
public record WorkerConfig(@Bindable(defaultValue = "true") boolean enabled,
                           @Bindable(defaultValue = "5") int concurrency,
                           @Bindable(defaultValue = "600") int memoryPerSlotMb,
                           @Bindable(defaultValue = "30m") Duration jobTimeout,
                           @Bindable(defaultValue = "3") int infraRetries,
                           @Bindable(defaultValue = "5s") Duration infraRetryDelay,
                           @Nullable String stateDir) {

    /** The number of job slots for a machine with the given memory: the configured concurrency, at most. */
    public int slots(long physicalMemoryBytes) {
        long fit = physicalMemoryBytes / ((long) memoryPerSlotMb * 1024 * 1024);
        return (int) Math.max(1, Math.min(concurrency, fit));
    }
}
