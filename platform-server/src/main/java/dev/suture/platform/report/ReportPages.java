package dev.suture.platform.report;

import dev.suture.platform.access.AccessService;
import dev.suture.platform.access.Caller;
import dev.suture.platform.access.ProjectAccess;
import dev.suture.platform.access.ProjectPermission;
import dev.suture.platform.common.PageResponse;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.report.StoredReportPayloads.ReportSummary;
import dev.suture.platform.report.StoredReportPayloads.ScheduleView;
import dev.suture.platform.web.Chrome;
import dev.suture.platform.web.FormState;
import dev.suture.platform.web.Forms;
import dev.suture.platform.web.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A project's stored reports as a team uses them: the list with each report's generation status, a form to
 * generate one (a job computes it; its page refreshes until it is ready), a report's figures, its CSV, HTML and
 * PDF downloads through the dashboard's session, delete, and the report schedules that mail one at every cron
 * fire. Everything goes through the API's services, so permissions, validation and audit entries are the API's.
 */
@Controller("/projects/{projectId}/reports")
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class ReportPages {

    private static final int PAGE_SIZE = 25;
    private static final int SCHEDULES = 50;

    private final StoredReportService reports;
    private final ReportScheduleService schedules;
    private final AccessService access;
    private final Pages pages;
    private final Forms forms;

    ReportPages(StoredReportService reports, ReportScheduleService schedules, AccessService access, Pages pages,
                Forms forms) {
        this.reports = reports;
        this.schedules = schedules;
        this.access = access;
        this.pages = pages;
        this.forms = forms;
    }

    @Get
    HttpResponse<?> list(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                         @PathVariable UUID projectId, @QueryValue(defaultValue = "0") int page,
                         @QueryValue @Nullable String notice) {
        return listPage(caller, request, projectId, Math.max(0, page), notice(notice),
                new FormState(ReportForms.defaults(), List.of()), FormState.empty(), HttpStatus.OK);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> generate(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                             @PathVariable UUID projectId, @Body Map<String, String> form) {
        writable(caller, request, projectId, form);
        return Pages.submit(() -> {
            ReportSummary made = reports.create(caller, forms.valid(ReportForms.generate(projectId, form)));
            return Pages.seeOther(base(projectId) + "/" + made.id());
        }, e -> listPage(caller, request, projectId, 0, null, FormState.refused(form, e), FormState.empty(),
                e.status()));
    }

    @Get("/{id}")
    HttpResponse<?> detail(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                           @PathVariable UUID projectId, @PathVariable UUID id) {
        ReportSummary r = own(caller, projectId, id);
        ProjectAccess a = access.requireProject(caller, projectId, ProjectPermission.READ);
        ReportScreens.Listed listed = ReportForms.listed(r, reports.creators(List.of(r)));
        ReportDocument doc = r.status().equals("READY") ? reports.document(caller, id) : null;
        Chrome chrome = pages.chrome(caller, request, a.project().organizationId(), projectId, "reports");
        return HttpResponse.ok(Pages.view("report", "chrome", chrome, "report", ReportForms.detail(listed, r, doc),
                "canEdit", mayEdit(a)));
    }

    /** The report as a file ({@code format} csv, html or pdf), the same download as the API's export. */
    @Get("/{id}/export")
    HttpResponse<Writable> export(@Parameter(hidden = true) Caller caller, @PathVariable UUID projectId,
                                  @PathVariable UUID id, @QueryValue(defaultValue = "csv") String format) {
        own(caller, projectId, id);
        StoredReportPayloads.Format f = ReportExports.format(format);
        return ReportExports.download(reports.document(caller, id), f);
    }

    @Post("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                           @PathVariable UUID projectId, @PathVariable UUID id, @Body Map<String, String> form) {
        writable(caller, request, projectId, form);
        own(caller, projectId, id);
        reports.delete(caller, id);
        return Pages.seeOther(base(projectId) + "?notice=deleted");
    }

    @Post("/schedules")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> schedule(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                             @PathVariable UUID projectId, @Body Map<String, String> form) {
        writable(caller, request, projectId, form);
        return Pages.submit(() -> {
            schedules.create(caller, forms.valid(ReportForms.schedule(projectId, form)));
            return Pages.seeOther(base(projectId) + "?notice=scheduled#schedules-h");
        }, e -> listPage(caller, request, projectId, 0, null, new FormState(ReportForms.defaults(), List.of()),
                FormState.refused(form, e), e.status()));
    }

    @Post("/schedules/{scheduleId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> unschedule(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                               @PathVariable UUID projectId, @PathVariable UUID scheduleId,
                               @Body Map<String, String> form) {
        writable(caller, request, projectId, form);
        ScheduleView s = schedules.get(caller, scheduleId);
        Pages.inProject(projectId, s.projectId(), s, "Report schedule " + scheduleId);
        schedules.delete(caller, scheduleId);
        return Pages.seeOther(base(projectId) + "?notice=unscheduled#schedules-h");
    }

    private HttpResponse<?> listPage(Caller caller, HttpRequest<?> request, UUID projectId, int page,
                                     @Nullable String notice, FormState generate, FormState schedule,
                                     HttpStatus status) {
        ProjectAccess a = access.requireProject(caller, projectId, ProjectPermission.READ);
        PageResponse<ReportSummary> result = reports.list(caller, projectId, null, page, PAGE_SIZE);
        Map<UUID, String> creators = reports.creators(result.items());
        List<ScheduleView> planned = schedules.list(caller, projectId, 0, SCHEDULES).items();
        Chrome chrome = pages.chrome(caller, request, a.project().organizationId(), projectId, "reports");
        return HttpResponse.status(status).body(Pages.view("reports", "chrome", chrome,
                "reports", result.items().stream().map(r -> ReportForms.listed(r, creators)).toList(),
                "schedules", planned.stream().map(ReportForms::schedule).toList(),
                "page", result.page(), "hasNext", (long) (result.page() + 1) * PAGE_SIZE < result.total(),
                "canEdit", mayEdit(a), "notice", notice, "generate", generate, "schedule", schedule));
    }

    /**
     * Every change: the CSRF token first, then the right to change the project's tests, before the form is read,
     * so that a viewer's forced post answers 403 whatever it carries.
     */
    private void writable(Caller caller, HttpRequest<?> request, UUID projectId, Map<String, String> form) {
        pages.requireCsrf(request, form.get("_csrf"));
        access.requireProject(caller, projectId, ProjectPermission.WRITE_TESTS);
    }

    private ReportSummary own(Caller caller, UUID projectId, UUID id) {
        ReportSummary r = reports.summary(caller, id);
        return Pages.inProject(projectId, r.projectId(), r, "Report " + id);
    }

    private static boolean mayEdit(ProjectAccess a) {
        return a.role() != null && a.role().allows(ProjectPermission.WRITE_TESTS);
    }

    private static String base(UUID projectId) {
        return "/projects/" + projectId + "/reports";
    }

    private static @Nullable String notice(@Nullable String key) {
        return key == null ? null : switch (key) {
            case "deleted" -> "Report deleted.";
            case "scheduled" -> "Schedule added: each fire mails a new report to its recipients.";
            case "unscheduled" -> "Schedule deleted; the reports it made stay.";
            default -> null;
        };
    }

    @Error(exception = ProblemException.class)
    HttpResponse<?> failed(HttpRequest<?> request, ProblemException e) {
        return Pages.error(request, e);
    }
}
