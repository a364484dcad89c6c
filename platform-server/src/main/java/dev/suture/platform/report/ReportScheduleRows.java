package dev.suture.platform.report;

import dev.suture.platform.common.SqlRunner;
import dev.suture.platform.report.StoredReportPayloads.Format;
import dev.suture.platform.report.StoredReportPayloads.Kind;
import dev.suture.platform.report.StoredReportPayloads.Params;
import dev.suture.platform.report.StoredReportPayloads.ScheduleView;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SQL of report_schedules; callers hold the transaction. */
@Singleton
class ReportScheduleRows {

    private static final String COLUMNS = "id, project_id, title, kind, range_days, params::text, format, recipients, "
            + "cron, time_zone, enabled, next_run_at, last_run_at, created_at, updated_at";

    private final SqlRunner sql;
    private final StoredReportRows reports;

    ReportScheduleRows(SqlRunner sql, StoredReportRows reports) {
        this.sql = sql;
        this.reports = reports;
    }

    void insert(UUID id, UUID projectId, String title, Kind kind, int rangeDays, Params params, Format format,
                List<String> recipients, String cron, String zone, boolean enabled, Instant nextRunAt, UUID createdBy) {
        sql.update("INSERT INTO report_schedules (id, project_id, title, kind, range_days, params, format, recipients, "
                + "cron, time_zone, enabled, next_run_at, created_by) VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)",
                id, projectId, title, kind.name(), rangeDays, reports.toJson(params), format.name(),
                recipients.toArray(String[]::new), cron, zone, enabled, nextRunAt, createdBy);
    }

    void update(UUID id, String title, Kind kind, int rangeDays, Params params, Format format, List<String> recipients,
                String cron, String zone, boolean enabled, Instant nextRunAt) {
        sql.update("UPDATE report_schedules SET title = ?, kind = ?, range_days = ?, params = ?::jsonb, format = ?, "
                + "recipients = ?, cron = ?, time_zone = ?, enabled = ?, next_run_at = ?, updated_at = now() "
                + "WHERE id = ?", title, kind.name(), rangeDays, reports.toJson(params), format.name(),
                recipients.toArray(String[]::new), cron, zone, enabled, nextRunAt, id);
    }

    Optional<ScheduleView> find(UUID id) {
        return sql.query("SELECT " + COLUMNS + " FROM report_schedules WHERE id = ?", List.of(id), this::view)
                .stream().findFirst();
    }

    List<ScheduleView> page(UUID projectId, int limit, long offset) {
        return sql.query("SELECT " + COLUMNS + " FROM report_schedules WHERE project_id = ? "
                + "ORDER BY created_at DESC, id LIMIT ? OFFSET ?", List.of(projectId, limit, offset), this::view);
    }

    long count(UUID projectId) {
        return sql.count("SELECT count(*) FROM report_schedules WHERE project_id = ?", List.of(projectId));
    }

    int delete(UUID id) {
        return sql.update("DELETE FROM report_schedules WHERE id = ?", id);
    }

    /**
     * Notes a fire on an enabled schedule (last_run_at moves forward to it) and answers the schedule; empty when the
     * schedule is gone or disabled. A fire may come twice (a retried job): the report's unique (schedule, fire)
     * key, not this row, makes it once.
     */
    Optional<ScheduleView> noteFire(UUID id, Instant fireAt) {
        return sql.query("UPDATE report_schedules SET last_run_at = greatest(coalesce(last_run_at, ?), ?) "
                + "WHERE id = ? AND enabled RETURNING " + COLUMNS, List.of(fireAt, fireAt, id), this::view)
                .stream().findFirst();
    }

    private ScheduleView view(ResultSet rs) throws SQLException {
        Array recipients = rs.getArray(8);
        return new ScheduleView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                Kind.valueOf(rs.getString(4)), rs.getInt(5), reports.read(rs.getString(6), Params.class),
                Format.valueOf(rs.getString(7)), Arrays.asList((String[]) recipients.getArray()), rs.getString(9),
                rs.getString(10), rs.getBoolean(11), SqlRunner.instant(rs, 12), SqlRunner.instant(rs, 13),
                SqlRunner.instant(rs, 14), SqlRunner.instant(rs, 15));
    }
}
