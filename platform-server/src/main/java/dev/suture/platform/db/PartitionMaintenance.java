package dev.suture.platform.db;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the month-partitioned tables ({@code test_results}, {@code step_results}, {@code execution_logs}) ahead of
 * the calendar: the current month and the next {@code suture.partitions.months-ahead} months always have their
 * partitions, so new results never pile up in the DEFAULT partition (which every query would have to scan).
 * Idempotent; runs at start-up and once a day at 03:17 UTC as the job engine's recurring task
 * {@code partition-maintenance} ({@link PartitionMaintenanceTask}).
 */
@Singleton
public class PartitionMaintenance {

    private static final Logger LOG = LoggerFactory.getLogger(PartitionMaintenance.class);

    private final MonthlyPartitions partitions;
    private final int monthsAhead;
    private final Clock clock;

    PartitionMaintenance(MonthlyPartitions partitions, @Value("${suture.partitions.months-ahead:3}") int monthsAhead) {
        if (monthsAhead < 0 || monthsAhead > 120) {
            throw new IllegalStateException("suture.partitions.months-ahead must be between 0 and 120; got "
                    + monthsAhead);
        }
        this.partitions = partitions;
        this.monthsAhead = monthsAhead;
        this.clock = Clock.systemUTC();
    }

    /** Creates every missing partition from {@code first} through {@code months} months later; answers their names. */
    public List<String> ensure(YearMonth first, int months) {
        List<String> created = new ArrayList<>();
        for (int i = 0; i <= months; i++) {
            YearMonth month = first.plusMonths(i);
            for (MonthlyPartitions.Table table : MonthlyPartitions.Table.values()) {
                if (partitions.ensure(table, month)) {
                    created.add(table.partitionOf(month));
                }
            }
        }
        if (!created.isEmpty()) {
            LOG.info("Created partitions {}", created);
        }
        return created;
    }

    /** The current month (UTC) and the configured months ahead. */
    public List<String> ensureAhead() {
        return ensure(YearMonth.now(clock), monthsAhead);
    }

    /** A failure here must not stop the server: until the next run, new months' rows land in DEFAULT. */
    @EventListener
    void onStartup(StartupEvent event) {
        try {
            ensureAhead();
        } catch (RuntimeException e) {
            LOG.warn("Could not create the coming months' partitions; rows go to the DEFAULT partitions until the "
                    + "next run", e);
        }
    }
}
