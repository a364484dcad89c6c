package dev.suture.platform.report;

import dev.suture.platform.common.SqlRunner;
import dev.suture.platform.report.ReportViews.Dashboard;
import dev.suture.platform.report.ReportViews.Durations;
import dev.suture.platform.report.ReportViews.Flaky;
import dev.suture.platform.report.ReportViews.FlakyTest;
import dev.suture.platform.report.ReportViews.HealingStats;
import dev.suture.platform.report.ReportViews.LocatorHeals;
import dev.suture.platform.report.ReportViews.Range;
import dev.suture.platform.report.ReportViews.RunsPerDay;
import dev.suture.platform.report.ReportViews.SlowTest;
import dev.suture.platform.report.ReportViews.Slowest;
import dev.suture.platform.report.ReportViews.TrendPoint;
import dev.suture.platform.report.ReportViews.Trends;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The report queries. Each aggregates inside PostgreSQL over one project's date range: the range prunes the
 * monthly partitions of test_results, and (project_id, started_at) INCLUDE (status, duration_ms, suite_name,
 * attempt) lets the dashboard and trends read the index alone. Nothing here loads rows into the JVM.
 */
@Singleton
class ReportQueries {

    private static final String RANGE = "project_id = ? AND started_at >= ? AND started_at < ?";

    private final SqlRunner sql;

    ReportQueries(SqlRunner sql) {
        this.sql = sql;
    }

    Dashboard dashboard(UUID projectId, Range r) {
        List<Object> args = List.of(projectId, r.from(), r.to());
        long[] runs = sql.query("SELECT count(*), count(*) FILTER (WHERE status = 'PASSED'), "
                + "count(*) FILTER (WHERE status = 'FAILED') FROM test_executions WHERE " + RANGE, args,
                rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).get(0);
        Object[] tests = sql.query("SELECT count(*), count(*) FILTER (WHERE status = 'PASSED'), "
                + "count(*) FILTER (WHERE status = 'FAILED'), count(*) FILTER (WHERE status = 'SKIPPED'), "
                + "count(*) FILTER (WHERE status = 'ABORTED'), percentile_cont(0.5) WITHIN GROUP (ORDER BY duration_ms), "
                + "percentile_cont(0.9) WITHIN GROUP (ORDER BY duration_ms), "
                + "percentile_cont(0.95) WITHIN GROUP (ORDER BY duration_ms), "
                + "percentile_cont(0.99) WITHIN GROUP (ORDER BY duration_ms) FROM test_results WHERE " + RANGE, args,
                rs -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                    new Durations(dbl(rs, 6), dbl(rs, 7), dbl(rs, 8), dbl(rs, 9))}).get(0);
        List<RunsPerDay> perDay = sql.query("SELECT (started_at AT TIME ZONE 'UTC')::date AS day, count(*), "
                + "count(*) FILTER (WHERE status = 'PASSED'), count(*) FILTER (WHERE status = 'FAILED') "
                + "FROM test_executions WHERE " + RANGE + " GROUP BY day ORDER BY day", args,
                rs -> new RunsPerDay(rs.getObject(1, java.time.LocalDate.class), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4)));
        long passed = (long) tests[1];
        long decided = passed + (long) tests[2] + (long) tests[4];
        return new Dashboard(projectId, r, runs[0], runs[1], runs[2], (long) tests[0], passed, (long) tests[2],
                (long) tests[3], (long) tests[4], decided == 0 ? null : (double) passed / decided,
                (Durations) tests[5], perDay);
    }

    Trends trends(UUID projectId, Range r, String suite) {
        String filter = suite == null ? "" : " AND suite_name = ?";
        List<Object> args = suite == null ? List.of(projectId, r.from(), r.to())
                : List.of(projectId, r.from(), r.to(), suite);
        List<TrendPoint> points = sql.query("SELECT (started_at AT TIME ZONE 'UTC')::date AS day, "
                + "coalesce(suite_name, '') AS suite, count(*), count(*) FILTER (WHERE status = 'PASSED'), "
                + "count(*) FILTER (WHERE status IN ('PASSED', 'FAILED', 'ABORTED')), avg(duration_ms), "
                + "percentile_cont(0.95) WITHIN GROUP (ORDER BY duration_ms) FROM test_results WHERE " + RANGE + filter
                + " GROUP BY day, suite ORDER BY day, suite", args, rs -> new TrendPoint(
                        rs.getObject(1, java.time.LocalDate.class), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5) == 0 ? null : (double) rs.getLong(4) / rs.getLong(5), dbl(rs, 6), dbl(rs, 7)));
        return new Trends(projectId, r, points);
    }

    /**
     * A test is flaky when its verdict switched between runs of the same commit (the code did not change, the
     * result did) or when it passed only on a retry.
     */
    Flaky flaky(UUID projectId, Range r, int limit) {
        List<FlakyTest> tests = sql.query("SELECT test_key, count(*), count(*) FILTER (WHERE status = 'FAILED'), "
                + "sum(switched), count(*) FILTER (WHERE status = 'PASSED' AND attempt > 1), max(started_at) "
                + "FROM (SELECT test_key, status, attempt, started_at, CASE WHEN commit_sha IS NOT NULL AND "
                + "lag(status) OVER w IS NOT NULL AND lag(status) OVER w <> status THEN 1 ELSE 0 END AS switched "
                + "FROM test_results WHERE " + RANGE + " AND status IN ('PASSED', 'FAILED') "
                + "WINDOW w AS (PARTITION BY test_key, commit_sha ORDER BY started_at)) t GROUP BY test_key "
                + "HAVING sum(switched) > 0 OR count(*) FILTER (WHERE status = 'PASSED' AND attempt > 1) > 0 "
                + "ORDER BY (sum(switched) + count(*) FILTER (WHERE status = 'PASSED' AND attempt > 1))::float8 "
                + "/ count(*) DESC, test_key LIMIT ?", List.of(projectId, r.from(), r.to(), limit),
                rs -> new FlakyTest(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        (double) (rs.getLong(4) + rs.getLong(5)) / rs.getLong(2), SqlRunner.instant(rs, 6)));
        return new Flaky(projectId, r, tests);
    }

    Slowest slowest(UUID projectId, Range r, int limit) {
        List<SlowTest> tests = sql.query("SELECT test_key, count(*), avg(duration_ms), "
                + "percentile_cont(0.95) WITHIN GROUP (ORDER BY duration_ms), max(duration_ms) FROM test_results "
                + "WHERE " + RANGE + " AND status <> 'SKIPPED' GROUP BY test_key ORDER BY avg(duration_ms) DESC, "
                + "test_key LIMIT ?", List.of(projectId, r.from(), r.to(), limit),
                rs -> new SlowTest(rs.getString(1), rs.getLong(2), rs.getDouble(3), rs.getDouble(4), rs.getLong(5)));
        return new Slowest(projectId, r, tests);
    }

    HealingStats healing(UUID projectId, Range r, int limit) {
        String range = "project_id = ? AND occurred_at >= ? AND occurred_at < ?";
        List<Object> args = List.of(projectId, r.from(), r.to());
        long[] totals = sql.query("SELECT count(*), count(*) FILTER (WHERE decision = 'HEALED'), "
                + "count(*) FILTER (WHERE decision = 'SUGGESTED'), count(*) FILTER (WHERE decision = 'REFUSED') "
                + "FROM healing_events WHERE " + range, args,
                rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)}).get(0);
        Map<String, Long> records = new HashMap<>();
        sql.query("SELECT status, count(*) FROM healing_records WHERE project_id = ? GROUP BY status",
                List.of(projectId), rs -> records.put(rs.getString(1), rs.getLong(2)));
        List<LocatorHeals> locators = sql.query("SELECT locator, count(*), count(*) FILTER (WHERE decision = 'HEALED'), "
                + "count(*) FILTER (WHERE decision = 'SUGGESTED'), count(*) FILTER (WHERE decision = 'REFUSED'), "
                + "avg(score) FROM healing_events WHERE " + range + " GROUP BY locator ORDER BY count(*) DESC, locator "
                + "LIMIT ?", List.of(projectId, r.from(), r.to(), limit), rs -> new LocatorHeals(rs.getString(1),
                rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), dbl(rs, 6)));
        return new HealingStats(projectId, r, totals[0], totals[1], totals[2], totals[3],
                records.getOrDefault("PENDING", 0L), records.getOrDefault("ACCEPTED", 0L),
                records.getOrDefault("REJECTED", 0L), locators);
    }

    private static Double dbl(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}
