package dev.suture.platform.schedule;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import com.github.kagkarlsson.scheduler.task.Priority;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;

/**
 * The {@code schedule-tick} recurring task: at the start of every minute (by default) it enqueues one fire per
 * due row of every {@link ScheduleSource}. User-defined schedules are rows, not db-scheduler tasks, because
 * db-scheduler must know every task when it starts. db-scheduler keeps one row for a recurring task, so the tick
 * itself runs on one instance at a time.
 */
@Factory
class ScheduleTick {

    static final String NAME = "schedule-tick";

    @Bean
    @Singleton
    RecurringTask<Void> scheduleTick(DueSchedules due, List<ScheduleSource> sources,
                                     @Value("${suture.schedules.tick-cron:0 * * * * *}") String tickCron) {
        return Tasks.recurring(NAME, Schedules.cron(tickCron))
                .defaultPriority(Priority.HIGH)
                .execute((instance, context) -> {
                    Instant now = Instant.now();
                    for (ScheduleSource source : sources) {
                        due.fire(source, now);
                    }
                });
    }
}
