package dev.suture.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import dev.suture.platform.support.DatabaseProperties;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class PartitionMaintenanceIT extends DatabaseProperties {

    private static final int MONTHS_AHEAD = 15;

    @Inject
    PartitionMaintenance maintenance;
    @Inject
    List<Task<?>> tasks;
    DataSource dataSource;

    /** The pool itself: the injected DataSource only lends the connection of a surrounding transaction. */
    @Inject
    void dataSource(DataSource contextual) {
        dataSource = DelegatingDataSource.unwrapDataSource(contextual);
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(super.getProperties());
        props.put("suture.partitions.months-ahead", String.valueOf(MONTHS_AHEAD));
        return props;
    }

    @Test
    void createsTheMonthsAheadOnceForEveryPartitionedTable() throws SQLException {
        List<String> created = maintenance.ensure(YearMonth.of(2031, 1), 1);
        assertThat(created).containsExactly("test_results_2031_01", "step_results_2031_01", "execution_logs_2031_01",
                "test_results_2031_02", "step_results_2031_02", "execution_logs_2031_02");
        assertThat(maintenance.ensure(YearMonth.of(2031, 1), 1)).isEmpty();
        assertThat(query("SELECT pg_get_expr(c.relpartbound, c.oid) FROM pg_class c WHERE c.relname = ?",
                "step_results_2031_02")).containsExactly(
                "FOR VALUES FROM ('2031-02-01 00:00:00+00') TO ('2031-03-01 00:00:00+00')");
        // the parent's indexes reach the new partition (reports rely on them there too)
        assertThat(query("SELECT indexdef FROM pg_indexes WHERE tablename = ? ORDER BY indexname",
                "test_results_2031_01")).anyMatch(d -> d.contains("(project_id, started_at) INCLUDE"));
    }

    @Test
    void movesRowsThatAlreadyLandedInTheDefaultPartition() throws SQLException {
        OffsetDateTime at = OffsetDateTime.of(2032, 5, 17, 10, 0, 0, 0, ZoneOffset.UTC);
        UUID result = UUID.randomUUID();
        update("INSERT INTO test_results (id, execution_id, project_id, test_key, name, status, started_at, "
                + "duration_ms) VALUES (?, ?, ?, 'a.B#c', 'c', 'PASSED', ?, 5)", result, UUID.randomUUID(),
                UUID.randomUUID(), at);
        update("INSERT INTO execution_logs (execution_id, project_id, logged_at, level, message) "
                + "VALUES (?, ?, ?, 'INFO', 'early')", UUID.randomUUID(), UUID.randomUUID(), at);
        assertThat(query("SELECT tableoid::regclass::text FROM test_results WHERE id = ?", result))
                .containsExactly("test_results_default");

        assertThat(maintenance.ensure(YearMonth.of(2032, 5), 0)).contains("test_results_2032_05",
                "execution_logs_2032_05");

        assertThat(query("SELECT tableoid::regclass::text FROM test_results WHERE id = ?", result))
                .containsExactly("test_results_2032_05");
        assertThat(query("SELECT tableoid::regclass::text || ':' || message FROM execution_logs WHERE logged_at = ?",
                at)).containsExactly("execution_logs_2032_05:early");
        // the identity column keeps counting after the move
        update("INSERT INTO execution_logs (execution_id, project_id, logged_at, level, message) "
                + "VALUES (?, ?, ?, 'INFO', 'later')", UUID.randomUUID(), UUID.randomUUID(), at);
        assertThat(query("SELECT count(DISTINCT id)::text FROM execution_logs WHERE logged_at = ?", at))
                .containsExactly("2");
    }

    @Test
    void startUpCoversTheCurrentMonthAndTheMonthsAheadAndTheDailyRunIsAJob() throws Exception {
        // V21 creates months up to 2027-12; 15 months ahead reaches past that, so start-up must have created some.
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        for (int i = 0; i <= MONTHS_AHEAD; i++) {
            String name = "step_results_" + now.plusMonths(i).toString().replace('-', '_');
            assertThat(query("SELECT to_regclass(?)::text", name)).as(name).containsExactly(name);
        }
        // the daily run is a recurring task among the Task beans the job engine is built from
        assertThat(tasks).filteredOn(t -> t.getName().equals(PartitionMaintenanceTask.NAME)).singleElement()
                .isInstanceOf(RecurringTask.class);
        String next = "execution_logs_" + now.plusMonths(1).toString().replace('-', '_');
        update("DROP TABLE " + next);
        assertThat(maintenance.ensureAhead()).containsExactly(next);
    }

    private void update(String sql, Object... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, sql, params)) {
            ps.executeUpdate();
        }
    }

    private List<String> query(String sql, Object... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, sql, params);
             ResultSet rs = ps.executeQuery()) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }
}
