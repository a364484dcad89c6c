package dev.suture.platform.healing;

import dev.suture.platform.access.AccessService;
import dev.suture.platform.access.Caller;
import dev.suture.platform.access.ProjectAccess;
import dev.suture.platform.access.ProjectPermission;
import dev.suture.platform.common.PageResponse;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.common.SqlRunner;
import dev.suture.platform.healing.HealingRecordController.HealingRecord;
import dev.suture.platform.web.Chrome;
import dev.suture.platform.web.Pages;
import dev.suture.platform.web.Rows;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import java.util.UUID;

/**
 * The heals a project's runs made, for review: Accept makes the new locator the baseline the SDK uses, Reject
 * tells the SDK never to heal that locator to that element again. The decision goes through
 * {@link HealingRecordController}, so its permission check and audit entry are the API's.
 */
@Controller("/projects/{projectId}/healing")
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class HealingPages {

    private final HealingRecordController records;
    private final AccessService access;
    private final Pages pages;
    private final SqlRunner sql;

    HealingPages(HealingRecordController records, AccessService access, Pages pages, SqlRunner sql) {
        this.sql = sql;
        this.records = records;
        this.access = access;
        this.pages = pages;
    }

    @Serdeable
    record DecisionForm(@Nullable String back, @Nullable String _csrf) {
    }

    @Get
    HttpResponse<?> list(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                         @PathVariable UUID projectId, @QueryValue @Nullable String status) {
        ProjectAccess a = access.requireProject(caller, projectId, ProjectPermission.READ);
        String st = status == null || status.isBlank() ? null : status.trim();
        PageResponse<HealingRecord> page = records.list(caller, projectId, st, null, 0, 100);
        List<Rows.HealRecord> rows = page.items().stream().map(r -> new Rows.HealRecord(r.id(), r.locator(),
                new Rows.NewLocator(r.healedTo(), r.suggestion()), r.status(), r.bestScore(), r.occurrences(), r.lastTestKey(), r.lastSeenAt())).toList();
        Chrome chrome = pages.chrome(caller, request, a.project().organizationId(), projectId, "healing");
        return HttpResponse.ok(Pages.view("healing", "chrome", chrome, "records", rows,
                "status", st == null ? "" : st, "canDecide", mayDecide(a), "total", page.total()));
    }

    @Post("/{id}/accept")
    @Transactional
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> accept(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                           @PathVariable UUID projectId, @PathVariable UUID id, @Body DecisionForm form) {
        pages.requireCsrf(request, form._csrf());
        requireOwn(caller, projectId, id);
        records.accept(caller, id);
        return Pages.seeOther(back(projectId, form.back()));
    }

    @Post("/{id}/reject")
    @Transactional
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reject(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                           @PathVariable UUID projectId, @PathVariable UUID id, @Body DecisionForm form) {
        pages.requireCsrf(request, form._csrf());
        requireOwn(caller, projectId, id);
        records.reject(caller, id);
        return Pages.seeOther(back(projectId, form.back()));
    }

    /** Whether the page shows Accept/Reject: the same permission the API's decision checks. */
    static boolean mayDecide(ProjectAccess a) {
        return a.role() != null && a.role().allows(ProjectPermission.WRITE_TESTS);
    }

    private void requireOwn(Caller caller, UUID projectId, UUID id) {
        if (sql.count("SELECT count(*) FROM healing_records WHERE id = ? AND project_id = ?",
                List.of(id, projectId)) == 0) {
            throw ProblemException.notFound("Healing record");
        }
    }

    /** Back to the page the decision was made on (a local path of this project), else the healing list. */
    private static String back(UUID projectId, @Nullable String back) {
        String prefix = "/projects/" + projectId + "/";
        return back != null && back.startsWith(prefix) && !back.contains("//") ? back : prefix + "healing";
    }

    @Error(exception = ProblemException.class)
    HttpResponse<?> failed(HttpRequest<?> request, ProblemException e) {
        return Pages.error(request, e);
    }
}
