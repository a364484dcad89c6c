package dev.suture.platform.worker;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.suture.platform.jobs.JobPriority;
import dev.suture.platform.jobs.WorkerConfig;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * Declares the test case job to the job engine. An exception out of a run is an infrastructure failure (the browser
 * would not start, the database went away): the engine tries again with exponential backoff
 * ({@code suture.worker.infra-retries}, {@code infra-retry-delay} doubling), then records the test as aborted.
 * A worker that dies mid-run stops renewing its heartbeat and the engine revives the job on another worker.
 */
@Factory
class TestCaseTask {

    @Singleton
    @Named(TestCaseJob.TASK)
    OneTimeTask<TestCaseJob> testCaseRun(BeanProvider<TestCaseWorker> worker, WorkerConfig config) {
        return Tasks.oneTime(TestCaseJob.TASK, TestCaseJob.class)
                .defaultPriority(JobPriority.HIGH.value())
                .onFailure(FailureHandler.<TestCaseJob>maxRetries(config.infraRetries())
                        .withBackoff(config.infraRetryDelay(), 2.0)
                        .thenRemove(complete -> worker.get().gaveUp(
                                (TestCaseJob) complete.getExecution().taskInstance.getData(),
                                complete.getCause().orElse(null))))
                .execute((instance, context) -> worker.get().run(instance.getData()));
    }
}
