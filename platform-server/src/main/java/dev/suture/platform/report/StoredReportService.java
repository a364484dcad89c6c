package dev.suture.platform.report;

import dev.suture.platform.access.AccessService;
import dev.suture.platform.access.Caller;
import dev.suture.platform.access.ProjectAccess;
import dev.suture.platform.access.ProjectPermission;
import dev.suture.platform.audit.AuditTrail;
import dev.suture.platform.common.PageResponse;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.jobs.Jobs;
import dev.suture.platform.report.ReportViews.Range;
import dev.suture.platform.report.StoredReportPayloads.GenerateReport;
import dev.suture.platform.report.StoredReportPayloads.Kind;
import dev.suture.platform.report.StoredReportPayloads.Params;
import dev.suture.platform.report.StoredReportPayloads.ReportDetail;
import dev.suture.platform.report.StoredReportPayloads.ReportSummary;
import io.micronaut.core.annotation.Nullable;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Stored reports: a PENDING row, its audit row and its {@code report-generate} job (medium priority) are written
 * in one transaction; the job fills the row.
 * Reading needs READ on the project; generating and deleting need the right to change its tests.
 */
@Singleton
class StoredReportService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final StoredReportRows rows;
    private final AccessService access;
    private final AuditTrail audit;
    private final ReportExports exports;
    private final Jobs jobs;
    private final OneTimeTask<Void> generateTask;

    StoredReportService(StoredReportRows rows, AccessService access, AuditTrail audit, ReportExports exports,
                        Jobs jobs, @Named(ReportTasks.GENERATE) OneTimeTask<Void> generateTask) {
        this.rows = rows;
        this.exports = exports;
        this.jobs = jobs;
        this.generateTask = generateTask;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    ReportSummary create(Caller caller, GenerateReport in) {
        ProjectAccess a = writable(caller, in.projectId());
        Range range = ReportService.range(in.from(), in.to());
        Kind kind = in.kindValue();
        Params params = params(kind, in.params());
        String title = in.title() == null || in.title().isBlank() ? defaultTitle(kind, range) : in.title().trim();
        UUID id = UUID.randomUUID();
        rows.insert(id, in.projectId(), title, kind, range.from(), range.to(), params, caller.userId());
        jobs.enqueue(Jobs.instance(generateTask, id.toString(), null, ReportTasks.GENERATE_PRIORITY));
        audit.record(caller, a.project().organizationId(), "report.generate", "report", id, null,
                Map.of("projectId", in.projectId().toString(), "kind", kind.name(), "title", title));
        return rows.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    PageResponse<ReportSummary> list(Caller caller, UUID projectId, @Nullable String kindFilter, int page, int size) {
        access.requireProject(caller, projectId, ProjectPermission.READ);
        Kind kind = kindFilter == null || kindFilter.isBlank() ? null : kind(kindFilter);
        PageResponse.checkedPage(page);
        PageResponse.checkedSize(size);
        return new PageResponse<>(rows.page(projectId, kind, size, (long) page * size), page, size,
                rows.count(projectId, kind));
    }

    @Transactional(readOnly = true)
    ReportDetail get(Caller caller, UUID id) {
        ReportDetail report = rows.detail(id).orElseThrow(() -> ProblemException.notFound("Report " + id));
        access.requireProject(caller, report.projectId(), ProjectPermission.READ);
        return report;
    }

    /** A stored report without its figures. */
    @Transactional(readOnly = true)
    ReportSummary summary(Caller caller, UUID id) {
        ReportSummary report = rows.find(id).orElseThrow(() -> ProblemException.notFound("Report " + id));
        access.requireProject(caller, report.projectId(), ProjectPermission.READ);
        return report;
    }

    /** Who asked for each report of a page of them (a name), as far as a person did. */
    @Transactional(readOnly = true)
    Map<UUID, String> creators(List<ReportSummary> reports) {
        return reports.isEmpty() ? Map.of() : rows.creators(reports.stream().map(ReportSummary::id).toList());
    }

    /** A READY report's layout for export; 409 while it is PENDING or when it FAILED. */
    @Transactional(readOnly = true)
    ReportDocument document(Caller caller, UUID id) {
        ReportSummary report = summary(caller, id);
        if (!report.status().equals("READY")) {
            throw ProblemException.conflict("report-not-ready", "Report " + id + " is " + report.status()
                    + (report.status().equals("PENDING") ? "; export it once GET /api/reports/" + id
                    + " answers status READY" : "; generate a new one"));
        }
        return exports.document(report, rows.data(id));
    }

    @Transactional
    void delete(Caller caller, UUID id) {
        ReportSummary report = rows.find(id).orElseThrow(() -> ProblemException.notFound("Report " + id));
        ProjectAccess a = writable(caller, report.projectId());
        rows.delete(id);
        audit.record(caller, a.project().organizationId(), "report.delete", "report", id,
                Map.of("kind", report.kind().name(), "title", report.title()), null);
    }

    private static Kind kind(String kind) {
        try {
            return Kind.valueOf(kind.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("kind", StoredReportPayloads.KINDS_MESSAGE);
        }
    }

    /** Checks the options against the kind: a suite filter only means something for TRENDS. */
    static Params params(Kind kind, @Nullable Params in) {
        Params p = in == null ? new Params(null, null) : in;
        if (p.suite() != null && !p.suite().isBlank() && kind != Kind.TRENDS) {
            throw ProblemException.invalidField("params.suite", "applies to TRENDS reports only; leave it out");
        }
        if (p.limit() != null && (kind == Kind.SUMMARY || kind == Kind.TRENDS)) {
            throw ProblemException.invalidField("params.limit", "applies to FLAKY, SLOWEST and HEALING reports only");
        }
        return new Params(p.limit(), p.suite() == null || p.suite().isBlank() ? null : p.suite().trim());
    }

    static String defaultTitle(Kind kind, Range range) {
        String name = kind.name().charAt(0) + kind.name().substring(1).toLowerCase();
        return name + " " + DAY.format(range.from()) + " to " + DAY.format(range.to());
    }

    private ProjectAccess writable(Caller caller, UUID projectId) {
        ProjectAccess a = access.requireProject(caller, projectId, ProjectPermission.WRITE_TESTS);
        caller.requireUser();
        return a;
    }
}
