package dev.suture.platform.report;

import dev.suture.platform.access.AccessService;
import dev.suture.platform.access.Caller;
import dev.suture.platform.access.ProjectAccess;
import dev.suture.platform.access.ProjectPermission;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.common.SqlRunner;
import dev.suture.platform.report.ReportViews.Dashboard;
import dev.suture.platform.report.ReportViews.HealingStats;
import dev.suture.platform.report.ReportViews.TrendPoint;
import dev.suture.platform.web.Chart;
import dev.suture.platform.web.Chrome;
import dev.suture.platform.web.Pages;
import dev.suture.platform.web.Rows;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Parameter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A project's overview: pass rate, runs per day, duration trend, flaky tests and healing activity over the last
 * N days, and the last runs. Every figure comes from the reports' SQL ({@link ReportService}); this page only
 * turns them into tiles, tables and chart series.
 */
@Controller("/projects/{projectId}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class OverviewPage {

    private final ReportService reports;
    private final AccessService access;
    private final SqlRunner sql;
    private final JsonMapper json;
    private final Pages pages;

    OverviewPage(ReportService reports, AccessService access, SqlRunner sql, JsonMapper json, Pages pages) {
        this.reports = reports;
        this.access = access;
        this.sql = sql;
        this.json = json;
        this.pages = pages;
    }

    @Get
    @Transactional(readOnly = true)
    HttpResponse<?> overview(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                             @PathVariable UUID projectId, @QueryValue(defaultValue = "30") int days) {
        int span = Math.max(1, Math.min(days, 365));
        ProjectAccess a = access.requireProject(caller, projectId, ProjectPermission.READ);
        Instant to = Instant.now();
        Instant from = LocalDate.now(ZoneOffset.UTC).minusDays(span - 1L).atStartOfDay().toInstant(ZoneOffset.UTC);
        Dashboard d = reports.dashboard(caller, projectId, from, to);
        List<TrendPoint> trend = reports.trends(caller, projectId, from, to, null).points();
        List<Rows.Flaky> flaky = reports.flaky(caller, projectId, from, to, 10).tests().stream()
                .map(f -> new Rows.Flaky(f.testKey(), f.executions(), f.failures(), f.statusSwitches(),
                        f.passedOnRetry(), f.flakinessRate(), f.lastSeen())).toList();
        HealingStats heal = reports.healing(caller, projectId, from, to, 10);
        List<Chart> charts = List.of(runsChart(d), passRateChart(trend), durationChart(trend), healingChart(projectId, from, to));
        Chrome chrome = pages.chrome(caller, request, a.project().organizationId(), projectId, "overview");
        return HttpResponse.ok(Pages.view("overview", "chrome", chrome, "project", a.project(), "days", span,
                "summary", new Rows.Summary(d.runs(), d.passedRuns(), d.failedRuns(), d.tests(), d.passRate(),
                        d.durationMs().p50(), d.durationMs().p95(), heal.events(), heal.healed(),
                        heal.recordsPending()),
                "charts", charts.stream().map(c -> new Rows.ChartJson(c.title(), c.isEmpty(), write(c))).toList(),
                "flaky", flaky, "lastRuns", lastRuns(projectId)));
    }

    private static long epoch(LocalDate day) {
        return day.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    }

    private static Chart runsChart(Dashboard d) {
        List<Long> x = new ArrayList<>();
        List<Double> passed = new ArrayList<>();
        List<Double> failed = new ArrayList<>();
        d.runsPerDay().forEach(p -> {
            x.add(epoch(p.day()));
            passed.add((double) p.passed());
            failed.add((double) p.failed());
        });
        return new Chart("Runs per day", "runs", x, List.of(new Chart.Series("Passed runs", "#1a7f37", true, passed),
                new Chart.Series("Failed runs", "#b42318", true, failed)));
    }

    /** Pass rate per day over all suites: passed tests over tests with a verdict. */
    private static Chart passRateChart(List<TrendPoint> trend) {
        Map<LocalDate, double[]> perDay = new TreeMap<>();
        for (TrendPoint p : trend) {
            double[] acc = perDay.computeIfAbsent(p.day(), k -> new double[2]);
            acc[0] += p.passed();
            acc[1] += p.passRate() == null || p.passRate() == 0 ? (p.passRate() == null ? 0 : p.tests())
                    : p.passed() / p.passRate();
        }
        List<Long> x = new ArrayList<>();
        List<Double> rate = new ArrayList<>();
        perDay.forEach((day, acc) -> {
            x.add(epoch(day));
            rate.add(acc[1] == 0 ? null : Math.round(1000 * acc[0] / acc[1]) / 10.0);
        });
        return new Chart("Pass rate", "%", x, List.of(new Chart.Series("Pass rate", "#0b5cad", false, rate)));
    }

    /** Average and 95th-percentile test duration per day (the average weighted by each suite's tests). */
    private static Chart durationChart(List<TrendPoint> trend) {
        Map<LocalDate, double[]> perDay = new TreeMap<>();
        for (TrendPoint p : trend) {
            double[] acc = perDay.computeIfAbsent(p.day(), k -> new double[3]);
            if (p.avgDurationMs() != null) {
                acc[0] += p.avgDurationMs() * p.tests();
                acc[1] += p.tests();
            }
            if (p.p95DurationMs() != null) {
                acc[2] = Math.max(acc[2], p.p95DurationMs());
            }
        }
        List<Long> x = new ArrayList<>();
        List<Double> avg = new ArrayList<>();
        List<Double> p95 = new ArrayList<>();
        perDay.forEach((day, acc) -> {
            x.add(epoch(day));
            avg.add(acc[1] == 0 ? null : (double) Math.round(acc[0] / acc[1]));
            p95.add((double) Math.round(acc[2]));
        });
        return new Chart("Test duration", "ms", x, List.of(new Chart.Series("Average", "#0b5cad", false, avg),
                new Chart.Series("Slowest suite p95", "#8a5a00", false, p95)));
    }

    private Chart healingChart(UUID projectId, Instant from, Instant to) {
        List<Long> x = new ArrayList<>();
        List<Double> healed = new ArrayList<>();
        List<Double> other = new ArrayList<>();
        sql.query("SELECT (occurred_at AT TIME ZONE 'UTC')::date AS day, count(*) FILTER (WHERE decision = 'HEALED'), "
                + "count(*) FILTER (WHERE decision <> 'HEALED') FROM healing_events WHERE project_id = ? "
                + "AND occurred_at >= ? AND occurred_at < ? GROUP BY day ORDER BY day",
                List.of(projectId, from, to), rs -> {
                    x.add(epoch(rs.getObject(1, LocalDate.class)));
                    healed.add((double) rs.getLong(2));
                    other.add((double) rs.getLong(3));
                    return null;
                });
        return new Chart("Healing activity", "events", x, List.of(new Chart.Series("Healed", "#1a7f37", true, healed),
                new Chart.Series("Suggested or refused", "#8a5a00", true, other)));
    }

    private List<Rows.Run> lastRuns(UUID projectId) {
        return sql.query("SELECT id, name, status, branch, total, passed, failed, duration_ms, started_at "
                + "FROM test_executions WHERE project_id = ? ORDER BY started_at DESC, id LIMIT 10",
                List.of(projectId), rs -> new Rows.Run(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getInt(7),
                        (Long) rs.getObject(8), SqlRunner.instant(rs, 9)));
    }

    private String write(Chart chart) {
        try {
            return json.writeValueAsString(chart);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Error(exception = ProblemException.class)
    HttpResponse<?> failed(HttpRequest<?> request, ProblemException e) {
        return Pages.error(request, e);
    }

}
