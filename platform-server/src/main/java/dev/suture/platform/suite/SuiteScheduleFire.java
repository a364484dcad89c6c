package dev.suture.platform.suite;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.suture.platform.jobs.JobPriority;
import dev.suture.platform.schedule.FireId;
import dev.suture.platform.schedule.ScheduleSource;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Suite schedules as a {@link ScheduleSource}: the {@code schedule-tick} enqueues a {@code suite-schedule-fire}
 * per due row of test_suite_schedules, and the fire queues the suite's execution as {@code execute} does, with
 * trigger SCHEDULE (high priority: it starts test execution). The suite service is looked up lazily: through the
 * execution queue it needs the job engine, which is built from every task bean, this one included.
 */
@Factory
class SuiteScheduleFire {

    static final String TASK = "suite-schedule-fire";
    private static final Logger LOG = LoggerFactory.getLogger(SuiteScheduleFire.class);

    @Bean
    @Singleton
    @Named(TASK)
    OneTimeTask<Void> suiteScheduleFire(BeanProvider<SuiteService> suites) {
        return Tasks.oneTime(TASK).defaultPriority(JobPriority.HIGH.value()).execute((instance, context) -> {
            FireId fire = FireId.parse(instance.getId());
            suites.get().executeScheduled(fire).ifPresentOrElse(
                    q -> LOG.info("Schedule {} fired at {}: execution {} queued", fire.scheduleId(), fire.fireAt(),
                            q.executionId()),
                    () -> LOG.info("Schedule {} fire at {} skipped: already run, schedule gone or disabled, "
                            + "suite empty or project archived", fire.scheduleId(), fire.fireAt()));
        });
    }

    @Bean
    @Singleton
    ScheduleSource suiteSchedules(@Named(TASK) OneTimeTask<Void> suiteScheduleFire) {
        return new ScheduleSource("test_suite_schedules", suiteScheduleFire, JobPriority.HIGH);
    }
}
