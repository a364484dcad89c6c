package dev.suture.platform.report;

import dev.suture.platform.access.AccessService;
import dev.suture.platform.access.Caller;
import dev.suture.platform.access.ProjectAccess;
import dev.suture.platform.access.ProjectPermission;
import dev.suture.platform.audit.AuditTrail;
import dev.suture.platform.common.PageResponse;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.report.StoredReportPayloads.Params;
import dev.suture.platform.report.StoredReportPayloads.ScheduleInput;
import dev.suture.platform.report.StoredReportPayloads.ScheduleView;
import dev.suture.platform.schedule.CronSchedule;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Report schedules: at each cron fire the {@code schedule-tick} makes a report of the last {@code rangeDays} and
 * mails it to the recipients. Reading needs READ on the project; changing needs the right to change its tests.
 */
@Singleton
class ReportScheduleService {

    private final ReportScheduleRows rows;
    private final AccessService access;
    private final AuditTrail audit;

    ReportScheduleService(ReportScheduleRows rows, AccessService access, AuditTrail audit) {
        this.rows = rows;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    ScheduleView create(Caller caller, ScheduleInput in) {
        ProjectAccess a = access.requireWritableProject(caller, in.projectId(), ProjectPermission.WRITE_TESTS);
        Checked c = check(in);
        UUID id = UUID.randomUUID();
        rows.insert(id, in.projectId(), in.title().trim(), in.kindValue(), in.rangeDays(), c.params(), in.formatValue(),
                c.recipients(), in.cron().trim(), c.zone(), c.enabled(), c.nextRunAt(), caller.requireUser());
        audit.record(caller, a.project().organizationId(), "report_schedule.create", "report_schedule", id, null,
                auditView(in, c));
        return rows.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    PageResponse<ScheduleView> list(Caller caller, UUID projectId, int page, int size) {
        access.requireProject(caller, projectId, ProjectPermission.READ);
        PageResponse.checkedPage(page);
        PageResponse.checkedSize(size);
        return new PageResponse<>(rows.page(projectId, size, (long) page * size), page, size, rows.count(projectId));
    }

    @Transactional(readOnly = true)
    ScheduleView get(Caller caller, UUID id) {
        ScheduleView s = rows.find(id).orElseThrow(() -> ProblemException.notFound("Report schedule " + id));
        access.requireProject(caller, s.projectId(), ProjectPermission.READ);
        return s;
    }

    /** Replaces every field; the next fire is computed again from now. */
    @Transactional
    ScheduleView update(Caller caller, UUID id, ScheduleInput in) {
        ScheduleView before = get(caller, id);
        ProjectAccess a = access.requireWritableProject(caller, before.projectId(), ProjectPermission.WRITE_TESTS);
        if (!in.projectId().equals(before.projectId())) {
            throw ProblemException.invalidField("projectId", "a schedule cannot move to another project; "
                    + "send " + before.projectId());
        }
        Checked c = check(in);
        rows.update(id, in.title().trim(), in.kindValue(), in.rangeDays(), c.params(), in.formatValue(), c.recipients(),
                in.cron().trim(), c.zone(), c.enabled(), c.nextRunAt());
        audit.record(caller, a.project().organizationId(), "report_schedule.update", "report_schedule", id,
                Map.of("cron", before.cron(), "recipients", before.recipients(), "enabled", before.enabled()),
                auditView(in, c));
        return rows.find(id).orElseThrow();
    }

    @Transactional
    void delete(Caller caller, UUID id) {
        ScheduleView s = get(caller, id);
        ProjectAccess a = access.requireWritableProject(caller, s.projectId(), ProjectPermission.WRITE_TESTS);
        rows.delete(id);
        audit.record(caller, a.project().organizationId(), "report_schedule.delete", "report_schedule", id,
                Map.of("title", s.title(), "cron", s.cron()), null);
    }

    private record Checked(Params params, List<String> recipients, String zone, boolean enabled, Instant nextRunAt) {
    }

    private static Checked check(ScheduleInput in) {
        String zone = in.timeZone() == null || in.timeZone().isBlank() ? "UTC" : in.timeZone().trim();
        Instant next = CronSchedule.nextRun(in.cron(), zone, Instant.now());
        List<String> recipients = in.recipients().stream().map(r -> r.trim().toLowerCase(Locale.ROOT)).distinct()
                .toList();
        return new Checked(StoredReportService.params(in.kindValue(), in.params()), recipients, zone,
                in.enabled() == null || in.enabled(), next);
    }

    private static Map<String, Object> auditView(ScheduleInput in, Checked c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("projectId", in.projectId().toString());
        m.put("title", in.title().trim());
        m.put("kind", in.kind());
        m.put("format", in.format());
        m.put("cron", in.cron().trim());
        m.put("timeZone", c.zone());
        m.put("recipients", c.recipients());
        m.put("enabled", c.enabled());
        return m;
    }

}
