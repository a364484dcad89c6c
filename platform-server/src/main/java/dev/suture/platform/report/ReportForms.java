package dev.suture.platform.report;

import dev.suture.platform.common.ProblemException;
import dev.suture.platform.report.ReportDocument.Style;
import dev.suture.platform.report.StoredReportPayloads.GenerateReport;
import dev.suture.platform.report.StoredReportPayloads.Params;
import dev.suture.platform.report.StoredReportPayloads.ReportSummary;
import dev.suture.platform.report.StoredReportPayloads.ScheduleInput;
import dev.suture.platform.report.StoredReportPayloads.ScheduleView;
import dev.suture.platform.web.Forms;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Report pages between the API's records and the forms' text fields. Form fields are named like the payloads'
 * fields ({@code params.limit}), so that an error of the API's validation shows beside the field that caused it.
 * A date range is typed as whole days in UTC: from the start of the first day to the end of the last.
 */
final class ReportForms {

    private ReportForms() {
    }

    static GenerateReport generate(UUID projectId, Map<String, String> form) {
        Instant from = day(form, "from");
        Instant to = day(form, "to");
        return new GenerateReport(projectId, Forms.nz(form.get("kind")).trim(), Forms.blankToNull(form.get("title")),
                from, to == null ? null : to.plusSeconds(86_400), params(form));
    }

    static ScheduleInput schedule(UUID projectId, Map<String, String> form) {
        List<String> recipients = Arrays.stream(Forms.nz(form.get("recipients")).split("[,;\\s]+"))
                .filter(s -> !s.isEmpty()).toList();
        return new ScheduleInput(projectId, Forms.nz(form.get("title")).trim(), Forms.nz(form.get("kind")).trim(),
                Forms.number(form, "rangeDays"), params(form), Forms.nz(form.get("format")).trim(), recipients,
                Forms.nz(form.get("cron")).trim(), Forms.blankToNull(form.get("timeZone")), true);
    }

    /** The kind's options; none typed is no options (the kind's defaults). */
    private static @Nullable Params params(Map<String, String> form) {
        Integer limit = Forms.number(form, "params.limit");
        String suite = Forms.blankToNull(form.get("params.suite"));
        return limit == null && suite == null ? null : new Params(limit, suite);
    }

    private static @Nullable Instant day(Map<String, String> form, String field) {
        String s = Forms.blankToNull(form.get(field));
        try {
            return s == null ? null : LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "must be a date such as 2026-11-30");
        }
    }

    /** The generate form's initial range: the last seven days, today included. */
    static Map<String, String> defaults() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return Map.of("from", today.minusDays(6).toString(), "to", today.toString());
    }

    static ReportScreens.Listed listed(ReportSummary r, Map<UUID, String> creators) {
        String by = creators.getOrDefault(r.id(), r.scheduleId() != null ? "schedule" : "—");
        return new ReportScreens.Listed(r.id(), r.title(), r.kind().name(), r.status(), r.from(), r.to(), by,
                r.createdAt(), r.generatedAt(), r.error());
    }

    /** The figures of a READY report ({@code doc}, null otherwise) formatted as the HTML export shows them. */
    static ReportScreens.Detail detail(ReportScreens.Listed listed, ReportSummary r, @Nullable ReportDocument doc) {
        String options = (r.params().limit() == null ? "" : "at most " + r.params().limit() + " tests")
                + (r.params().suite() == null ? "" : "suite " + r.params().suite());
        if (doc == null) {
            return new ReportScreens.Detail(listed, options, List.of(), List.of());
        }
        return new ReportScreens.Detail(listed, options, doc.facts().stream().map(f -> new ReportScreens.Fact(
                f.label(), ReportDocument.display(f.value(), f.style()))).toList(), doc.tables().stream()
                .map(t -> new ReportScreens.Table(t.name(), t.columns().stream().map(c -> new ReportScreens.Column(
                        c.label(), c.style() != Style.TEXT)).toList(), t.rows().stream().map(row -> {
                            String[] cells = new String[row.size()];
                            for (int i = 0; i < cells.length; i++) {
                                cells[i] = ReportDocument.display(row.get(i), t.columns().get(i).style());
                            }
                            return List.of(cells);
                        }).toList())).toList());
    }

    static ReportScreens.Schedule schedule(ScheduleView s) {
        return new ReportScreens.Schedule(s.id(), s.title(), s.kind().name(), s.rangeDays(), s.format().name(),
                s.recipients(), s.cron(), s.timeZone(), s.enabled(), s.nextRunAt(), s.lastRunAt());
    }
}
