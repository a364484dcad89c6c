package dev.suture.platform.report;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.suture.platform.jobs.JobPriority;
import dev.suture.platform.jobs.Jobs;
import dev.suture.platform.schedule.FireId;
import dev.suture.platform.schedule.ScheduleSource;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report jobs (db-scheduler one-time tasks): {@code report-generate} (medium priority, instance id = report
 * id), {@code report-schedule-fire} (medium; instance id {@code <schedule-id>@<fire-time>}: makes and generates the
 * fire's report, then enqueues its mail) and {@code report-mail} (low, instance id = report id). Each retries
 * three times with exponential backoff; a report whose generation gave up is marked FAILED with the reason.
 * {@link Jobs} is looked up lazily: the job engine is built from every task bean, these included.
 */
@Factory
class ReportTasks {

    static final String GENERATE = "report-generate";
    static final String FIRE = "report-schedule-fire";
    static final String MAIL = "report-mail";
    static final JobPriority GENERATE_PRIORITY = JobPriority.MEDIUM;
    static final JobPriority MAIL_PRIORITY = JobPriority.LOW;
    private static final int RETRIES = 3;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(ReportTasks.class);

    @Bean
    @Singleton
    @Named(GENERATE)
    OneTimeTask<Void> generateTask(ReportGenerator generator) {
        return Tasks.oneTime(GENERATE).defaultPriority(GENERATE_PRIORITY.value())
                .onFailure(FailureHandler.<Void>maxRetries(RETRIES).withBackoff(FIRST_RETRY).thenRemove(complete ->
                        generator.fail(UUID.fromString(complete.getExecution().taskInstance.getId()), reason(complete
                                .getCause().orElse(null)))))
                .execute((instance, context) -> generator.generate(UUID.fromString(instance.getId())));
    }

    @Bean
    @Singleton
    @Named(MAIL)
    OneTimeTask<Void> mailTask(ScheduledReports scheduled) {
        return Tasks.oneTime(MAIL).defaultPriority(MAIL_PRIORITY.value())
                .onFailure(FailureHandler.<Void>maxRetries(RETRIES).withBackoff(FIRST_RETRY).thenRemove(complete ->
                        LOG.error("Gave up mailing report {}", complete.getExecution().taskInstance.getId())))
                .execute((instance, context) -> {
                    if (scheduled.mail(UUID.fromString(instance.getId()))) {
                        LOG.info("Report {} mailed", instance.getId());
                    }
                });
    }

    @Bean
    @Singleton
    @Named(FIRE)
    OneTimeTask<Void> fireTask(ScheduledReports scheduled, ReportGenerator generator, BeanProvider<Jobs> jobs,
                               @Named(MAIL) OneTimeTask<Void> mail) {
        return Tasks.oneTime(FIRE).defaultPriority(GENERATE_PRIORITY.value())
                .onFailure(FailureHandler.<Void>maxRetries(RETRIES).withBackoff(FIRST_RETRY).thenRemove(complete ->
                        LOG.error("Gave up on report schedule fire {}", complete.getExecution().taskInstance.getId())))
                .execute((instance, context) -> {
                    FireId fire = FireId.parse(instance.getId());
                    scheduled.reportFor(fire).ifPresentOrElse(reportId -> {
                        generator.generate(reportId);
                        jobs.get().enqueue(Jobs.instance(mail, reportId.toString(), null, MAIL_PRIORITY));
                    }, () -> LOG.info("Report schedule {} fire at {} skipped: schedule deleted or disabled",
                            fire.scheduleId(), fire.fireAt()));
                });
    }

    @Bean
    @Singleton
    ScheduleSource reportSchedules(@Named(FIRE) OneTimeTask<Void> fire) {
        return new ScheduleSource("report_schedules", fire, GENERATE_PRIORITY);
    }

    /** What readers of the report see; the exception's text (possibly SQL) stays in the server log. */
    private static String reason(Throwable cause) {
        return "Generation failed " + (RETRIES + 1) + " times" + (cause == null ? ""
                : " (" + cause.getClass().getSimpleName() + ")") + "; the server log has the details";
    }
}
