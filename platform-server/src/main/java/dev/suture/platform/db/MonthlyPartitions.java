package dev.suture.platform.db;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/**
 * Creates one month's partition of one month-partitioned table, in one transaction. Rows that already landed in
 * the table's DEFAULT partition for that month (a client clock ahead of the partitions) are moved into the new
 * partition, since PostgreSQL refuses a new partition whose range the DEFAULT partition already holds.
 */
@Singleton
class MonthlyPartitions {

    /** The month-partitioned tables of migration V21 and the column each is partitioned on. */
    enum Table {
        TEST_RESULTS("test_results", "started_at"),
        STEP_RESULTS("step_results", "result_started_at"),
        EXECUTION_LOGS("execution_logs", "logged_at");

        final String name;
        final String column;

        Table(String name, String column) {
            this.name = name;
            this.column = column;
        }

        /** {@code test_results_2027_03}, the naming of V21. */
        String partitionOf(YearMonth month) {
            return name + "_" + month.format(DateTimeFormatter.ofPattern("yyyy_MM"));
        }
    }

    private static final long LOCK_KEY = 0x5375747572650001L; // "Suture" + 1: one maintainer at a time

    private final JdbcOperations jdbc;

    MonthlyPartitions(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Creates {@code table}'s partition for {@code month} unless it exists; answers whether it created it. Holds a
     * transaction-scoped advisory lock, so several server instances running this at once never collide.
     */
    @Transactional
    public boolean ensure(Table table, YearMonth month) {
        String partition = table.partitionOf(month);
        jdbc.prepareStatement("SELECT pg_advisory_xact_lock(?)", ps -> {
            ps.setLong(1, LOCK_KEY);
            return ps.execute();
        });
        boolean exists = jdbc.prepareStatement("SELECT to_regclass(?) IS NOT NULL", ps -> {
            ps.setString(1, partition);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        });
        if (exists) {
            return false;
        }
        LocalDate from = month.atDay(1);
        LocalDate to = month.plusMonths(1).atDay(1);
        // Identifiers come from the enum and a formatted YearMonth, literals from LocalDate: nothing user-supplied.
        String range = table.column + " >= DATE '" + from + "' AND " + table.column + " < DATE '" + to + "'";
        execute("CREATE TEMP TABLE partition_move (LIKE " + table.name + ") ON COMMIT DROP");
        execute("WITH moved AS (DELETE FROM " + table.name + "_default WHERE " + range + " RETURNING *) "
                + "INSERT INTO partition_move SELECT * FROM moved");
        execute("CREATE TABLE " + partition + " PARTITION OF " + table.name + " FOR VALUES FROM ('" + from
                + "') TO ('" + to + "')");
        execute("INSERT INTO " + table.name + " OVERRIDING SYSTEM VALUE SELECT * FROM partition_move");
        execute("DROP TABLE partition_move");
        return true;
    }

    private void execute(String sql) {
        jdbc.prepareStatement(sql, ps -> ps.execute());
    }
}
