package dev.suture.platform.db;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * The daily run of {@link PartitionMaintenance} as a job of the job engine: a db-scheduler recurring task, so with
 * several server instances it runs once a day in one of them, not in each.
 */
@Factory
class PartitionMaintenanceTask {

    static final String NAME = "partition-maintenance";

    @Singleton
    RecurringTask<Void> partitionMaintenance(PartitionMaintenance maintenance) {
        return Tasks.recurring(NAME, Schedules.daily(ZoneOffset.UTC, LocalTime.of(3, 17)))
                .execute((instance, context) -> maintenance.ensureAhead());
    }
}
