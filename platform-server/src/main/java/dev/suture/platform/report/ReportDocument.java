package dev.suture.platform.report;

import dev.suture.platform.report.ReportViews.Dashboard;
import dev.suture.platform.report.ReportViews.Flaky;
import dev.suture.platform.report.ReportViews.HealingStats;
import dev.suture.platform.report.ReportViews.Slowest;
import dev.suture.platform.report.ReportViews.Trends;
import dev.suture.platform.report.StoredReportPayloads.Kind;
import dev.suture.platform.report.StoredReportPayloads.ReportSummary;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A stored report laid out for export: headline figures and tables, whatever its kind. CSV, HTML and PDF are
 * written from this one layout, so the three formats always carry the same figures.
 */
record ReportDocument(ReportSummary report, String projectName, List<Fact> facts, List<Table> tables) {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** How a value is shown to a reader; CSV keeps the raw value for spreadsheets. */
    enum Style { TEXT, COUNT, MILLIS, PERCENT, SCORE }

    record Fact(String label, @Nullable Object value, Style style) {
    }

    record Column(String label, Style style) {
    }

    record Table(String name, List<Column> columns, List<List<Object>> rows) {
    }

    /** Lays out the figures of a READY report ({@code data} deserialised to the view of its kind). */
    static ReportDocument of(ReportSummary report, String projectName, Object data) {
        Kind kind = report.kind();
        return switch (kind) {
            case SUMMARY -> summary(report, projectName, (Dashboard) data);
            case TRENDS -> new ReportDocument(report, projectName, List.of(), List.of(table("Pass rate and duration per day",
                    cols("Day", Style.TEXT, "Suite", Style.TEXT, "Tests", Style.COUNT, "Passed", Style.COUNT,
                            "Pass rate", Style.PERCENT, "Average", Style.MILLIS, "p95", Style.MILLIS),
                    ((Trends) data).points().stream().map(p -> row(p.day(), p.suite(), p.tests(), p.passed(),
                            p.passRate(), p.avgDurationMs(), p.p95DurationMs())).toList())));
            case FLAKY -> new ReportDocument(report, projectName, List.of(), List.of(table("Flaky tests",
                    cols("Test", Style.TEXT, "Runs", Style.COUNT, "Failures", Style.COUNT, "Switches", Style.COUNT,
                            "Passed on retry", Style.COUNT, "Flakiness", Style.PERCENT, "Last seen", Style.TEXT),
                    ((Flaky) data).tests().stream().map(t -> row(t.testKey(), t.executions(), t.failures(),
                            t.statusSwitches(), t.passedOnRetry(), t.flakinessRate(), t.lastSeen())).toList())));
            case SLOWEST -> new ReportDocument(report, projectName, List.of(), List.of(table("Slowest tests",
                    cols("Test", Style.TEXT, "Runs", Style.COUNT, "Average", Style.MILLIS, "p95", Style.MILLIS,
                            "Max", Style.MILLIS),
                    ((Slowest) data).tests().stream().map(t -> row(t.testKey(), t.executions(), t.avgDurationMs(),
                            t.p95DurationMs(), t.maxDurationMs())).toList())));
            case HEALING -> healing(report, projectName, (HealingStats) data);
        };
    }

    private static ReportDocument summary(ReportSummary report, String projectName, Dashboard d) {
        List<Fact> facts = List.of(new Fact("Runs", d.runs(), Style.COUNT),
                new Fact("Passed runs", d.passedRuns(), Style.COUNT), new Fact("Failed runs", d.failedRuns(), Style.COUNT),
                new Fact("Tests", d.tests(), Style.COUNT), new Fact("Passed", d.passed(), Style.COUNT),
                new Fact("Failed", d.failed(), Style.COUNT), new Fact("Skipped", d.skipped(), Style.COUNT),
                new Fact("Aborted", d.aborted(), Style.COUNT), new Fact("Pass rate", d.passRate(), Style.PERCENT),
                new Fact("Median duration", d.durationMs().p50(), Style.MILLIS),
                new Fact("p90 duration", d.durationMs().p90(), Style.MILLIS),
                new Fact("p95 duration", d.durationMs().p95(), Style.MILLIS),
                new Fact("p99 duration", d.durationMs().p99(), Style.MILLIS));
        return new ReportDocument(report, projectName, facts, List.of(table("Runs per day",
                cols("Day", Style.TEXT, "Runs", Style.COUNT, "Passed", Style.COUNT, "Failed", Style.COUNT),
                d.runsPerDay().stream().map(r -> row(r.day(), r.runs(), r.passed(), r.failed())).toList())));
    }

    private static ReportDocument healing(ReportSummary report, String projectName, HealingStats h) {
        List<Fact> facts = List.of(new Fact("Healing events", h.events(), Style.COUNT),
                new Fact("Healed", h.healed(), Style.COUNT), new Fact("Suggested", h.suggested(), Style.COUNT),
                new Fact("Refused", h.refused(), Style.COUNT),
                new Fact("Records pending", h.recordsPending(), Style.COUNT),
                new Fact("Records accepted", h.recordsAccepted(), Style.COUNT),
                new Fact("Records rejected", h.recordsRejected(), Style.COUNT));
        return new ReportDocument(report, projectName, facts, List.of(table("Heals per locator",
                cols("Locator", Style.TEXT, "Events", Style.COUNT, "Healed", Style.COUNT, "Suggested", Style.COUNT,
                        "Refused", Style.COUNT, "Average score", Style.SCORE),
                h.locators().stream().map(l -> row(l.locator(), l.events(), l.healed(), l.suggested(), l.refused(),
                        l.avgScore())).toList())));
    }

    /** One line under the title: kind, project, range and when the figures were computed (UTC). */
    String subtitle() {
        return report.kind().name().charAt(0) + report.kind().name().substring(1).toLowerCase(Locale.ROOT)
                + " report · " + projectName + " · " + MINUTE.format(report.from()) + " to "
                + MINUTE.format(report.to()) + " UTC" + (report.generatedAt() == null ? ""
                : " · generated " + MINUTE.format(report.generatedAt()) + " UTC");
    }

    /** The reader's text of a value: counts as integers, durations in ms, rates as percentages. */
    static String display(@Nullable Object value, Style style) {
        if (value == null) {
            return "–";
        }
        return switch (style) {
            case TEXT -> value.toString();
            case COUNT -> String.format(Locale.ROOT, "%,d", ((Number) value).longValue());
            case MILLIS -> String.format(Locale.ROOT, "%,.0f ms", ((Number) value).doubleValue());
            case PERCENT -> String.format(Locale.ROOT, "%.1f %%", ((Number) value).doubleValue() * 100);
            case SCORE -> String.format(Locale.ROOT, "%.2f", ((Number) value).doubleValue());
        };
    }

    /** The value as CSV keeps it: raw numbers, ISO instants and dates, empty for none. */
    static String raw(@Nullable Object value) {
        return value == null ? "" : value instanceof Instant i ? i.toString() : value.toString();
    }

    private static Table table(String name, List<Column> columns, List<List<Object>> rows) {
        return new Table(name, columns, rows);
    }

    private static List<Column> cols(Object... labelsAndStyles) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < labelsAndStyles.length; i += 2) {
            columns.add(new Column((String) labelsAndStyles[i], (Style) labelsAndStyles[i + 1]));
        }
        return columns;
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }
}
