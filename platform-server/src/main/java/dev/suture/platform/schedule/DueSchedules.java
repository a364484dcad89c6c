package dev.suture.platform.schedule;

import dev.suture.platform.common.ProblemException;
import dev.suture.platform.common.SqlRunner;
import dev.suture.platform.jobs.Jobs;
import io.micronaut.context.BeanProvider;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the due rows of one schedule table and enqueues one fire each, in one transaction with moving the rows'
 * next_run_at on: rows are locked with {@code FOR UPDATE SKIP LOCKED}, so two ticks running at once (several
 * instances) split the rows between them; the fire id {@code <schedule-id>@<fire-time>} makes a repeated enqueue
 * of the same fire a no-op; and each fire task claims its fire once more in its own transaction.
 */
@Singleton
class DueSchedules {

    private static final Logger LOG = LoggerFactory.getLogger(DueSchedules.class);
    /** Rows per tick and table; the rest wait for the next tick (a minute later at most). */
    static final int BATCH = 500;

    private final SqlRunner sql;
    /** Lazily: the job engine is built from every task bean, and the tick task depends on this class. */
    private final BeanProvider<Jobs> jobs;

    DueSchedules(SqlRunner sql, BeanProvider<Jobs> jobs) {
        this.sql = sql;
        this.jobs = jobs;
    }

    private record Due(UUID id, String cron, String zone, Instant fireAt) {
    }

    /**
     * Enqueues the due fires of one table and moves each row's next_run_at past {@code now}. Fires missed while
     * no server ran collapse into one (the latest due), rather than starting a burst of stale runs.
     */
    @Transactional
    int fire(ScheduleSource source, Instant now) {
        List<Due> due = sql.query("SELECT id, cron, time_zone, next_run_at FROM " + source.table()
                + " WHERE enabled AND next_run_at <= ? ORDER BY next_run_at LIMIT " + BATCH
                + " FOR UPDATE SKIP LOCKED", List.of(now), rs -> new Due(rs.getObject(1, UUID.class),
                        rs.getString(2), rs.getString(3), SqlRunner.instant(rs, 4)));
        for (Due d : due) {
            FireId fire = new FireId(d.id(), d.fireAt());
            boolean enqueued = jobs.get().scheduleIfAbsent(Jobs.instance(source.fireTask(), fire.instanceId(), null,
                    source.priority()), now);
            LOG.info("Schedule {} of {} due at {}: {}", d.id(), source.table(), d.fireAt(),
                    enqueued ? "fire enqueued" : "fire was already enqueued");
            sql.update("UPDATE " + source.table() + " SET next_run_at = ? WHERE id = ?", next(d, now), d.id());
        }
        return due.size();
    }

    private Instant next(Due d, Instant now) {
        try {
            return CronSchedule.nextRun(d.cron(), d.zone(), now);
        } catch (ProblemException e) {
            // Only reachable if a row was written around the API's validation; park it rather than loop on it.
            LOG.error("Schedule {} has an invalid cron '{}' or zone '{}'; it will not fire again", d.id(), d.cron(),
                    d.zone());
            return null;
        }
    }
}
