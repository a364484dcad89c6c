package dev.suture.platform.schedule;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import dev.suture.platform.jobs.JobPriority;

/**
 * A table of user-defined cron schedules and the one-time task that runs one fire of a row. The table must have
 * the columns {@code id, cron, time_zone, enabled, next_run_at}; the task gets a {@link FireId} as instance id.
 * Features declare one bean of this type per schedule table; {@link ScheduleTick} polls them all.
 */
public record ScheduleSource(String table, OneTimeTask<Void> fireTask, JobPriority priority) {

    public ScheduleSource {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("table must be a plain table name: " + table);
        }
    }
}
