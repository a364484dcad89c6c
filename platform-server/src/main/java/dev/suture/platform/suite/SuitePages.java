package dev.suture.platform.suite;

import dev.suture.platform.access.AccessService;
import dev.suture.platform.access.Caller;
import dev.suture.platform.access.ProjectAccess;
import dev.suture.platform.access.ProjectPermission;
import dev.suture.platform.common.PageResponse;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.execution.ExecutionService;
import dev.suture.platform.suite.SuitePayloads.CreateSchedule;
import dev.suture.platform.suite.SuitePayloads.CreateSuite;
import dev.suture.platform.suite.SuitePayloads.Member;
import dev.suture.platform.suite.SuitePayloads.SuiteConfig;
import dev.suture.platform.suite.SuitePayloads.SuiteView;
import dev.suture.platform.suite.SuitePayloads.UpdateSuite;
import dev.suture.platform.web.Chrome;
import dev.suture.platform.web.Forms;
import dev.suture.platform.web.Pages;
import io.micronaut.core.annotation.Nullable;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Suites as a team runs them: the list, and per suite its members in run order (add, remove, move), its run
 * configuration, cron schedules, "Run now" and its latest results. Every change goes through {@link SuiteService}
 * (the API's permission checks and audit entries); a change the service refuses re-renders the suite page with
 * the reason, keeping the rest of the page as it was.
 */
@Controller("/projects/{projectId}/suites")
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class SuitePages {

    private static final int RESULTS = 10;

    private final SuiteService suites;
    private final ExecutionService executions;
    private final AccessService access;
    private final Pages pages;
    private final Forms forms;

    SuitePages(SuiteService suites, ExecutionService executions, AccessService access, Pages pages,
               Forms forms) {
        this.suites = suites;
        this.executions = executions;
        this.access = access;
        this.pages = pages;
        this.forms = forms;
    }

    @Get
    HttpResponse<?> list(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                         @PathVariable UUID projectId, @QueryValue(defaultValue = "0") int page,
                         @QueryValue @Nullable String notice) {
        return listPage(caller, request, projectId, Math.max(0, page), notice(notice), null, HttpStatus.OK);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                           @PathVariable UUID projectId, @Body Map<String, String> form) {
        pages.requireCsrf(request, form.get("_csrf"));
        return Pages.submit(() -> {
            CreateSuite in = forms.valid(new CreateSuite(projectId, Forms.nz(form.get("name")).trim(),
                    Forms.blankToNull(form.get("description")), null));
            SuiteView created = suites.create(caller, in);
            return Pages.seeOther(base(projectId) + "/" + created.id() + "?notice=created");
        }, e -> listPage(caller, request, projectId, 0, null, Pages.detail(e), e.status()));
    }

    @Get("/{id}")
    HttpResponse<?> detail(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                           @PathVariable UUID projectId, @PathVariable UUID id, @QueryValue @Nullable String notice) {
        return detailPage(caller, request, projectId, id, notice(notice), null, HttpStatus.OK);
    }

    @Post("/{id}/run")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> run(@Parameter(hidden = true) Caller caller, HttpRequest<?> request, @PathVariable UUID projectId,
                        @PathVariable UUID id, @Body Map<String, String> form) {
        return change(caller, request, projectId, id, form, "queued", () -> suites.execute(caller, id));
    }

    @Post("/{id}/members")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addMember(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                              @PathVariable UUID projectId, @PathVariable UUID id, @Body Map<String, String> form) {
        return change(caller, request, projectId, id, form, "member-added",
                () -> suites.addMember(caller, id, uuid(form.get("testCaseId"), "testCaseId"), null));
    }

    @Post("/{id}/members/{testCaseId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> removeMember(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                                 @PathVariable UUID projectId, @PathVariable UUID id, @PathVariable UUID testCaseId,
                                 @Body Map<String, String> form) {
        return change(caller, request, projectId, id, form, "member-removed",
                () -> suites.removeMember(caller, id, testCaseId));
    }

    /** Moves a member one place {@code up} or {@code down} in the run order. */
    @Post("/{id}/members/{testCaseId}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> moveMember(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                               @PathVariable UUID projectId, @PathVariable UUID id, @PathVariable UUID testCaseId,
                               @Body Map<String, String> form) {
        return change(caller, request, projectId, id, form, "member-moved", () -> {
            List<UUID> ids = new ArrayList<>(suites.get(caller, id).testCases().stream().map(Member::testCaseId)
                    .toList());
            int i = ids.indexOf(testCaseId);
            if (i < 0) {
                throw ProblemException.notFound("Test case " + testCaseId + " in suite " + id);
            }
            int j = "up".equals(form.get("direction")) ? i - 1 : "down".equals(form.get("direction")) ? i + 1 : -2;
            if (j == -2) {
                throw ProblemException.invalidField("direction", "must be up or down");
            }
            if (j >= 0 && j < ids.size()) {
                ids.set(i, ids.get(j));
                ids.set(j, testCaseId);
            }
            return suites.setMembers(caller, id, ids);
        });
    }

    /** Name, description and run configuration, saved together from one form. */
    @Post("/{id}/settings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> settings(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                             @PathVariable UUID projectId, @PathVariable UUID id, @Body Map<String, String> form) {
        return change(caller, request, projectId, id, form, "saved", () -> {
            UpdateSuite update = forms.valid(new UpdateSuite(Forms.nz(form.get("name")).trim(),
                    Forms.blankToNull(form.get("description"))));
            SuiteConfig config = forms.valid(SuiteForms.config(form));
            suites.update(caller, id, update);
            return suites.setConfig(caller, id, config);
        });
    }

    @Post("/{id}/schedules")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addSchedule(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                                @PathVariable UUID projectId, @PathVariable UUID id, @Body Map<String, String> form) {
        return change(caller, request, projectId, id, form, "scheduled", () -> suites.addSchedule(caller, id,
                forms.valid(new CreateSchedule(Forms.nz(form.get("cron")).trim(),
                        Forms.blankToNull(form.get("timeZone")), true))));
    }

    @Post("/{id}/schedules/{scheduleId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> deleteSchedule(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                                   @PathVariable UUID projectId, @PathVariable UUID id, @PathVariable UUID scheduleId,
                                   @Body Map<String, String> form) {
        return change(caller, request, projectId, id, form, "unscheduled", () -> {
            suites.deleteSchedule(caller, id, scheduleId);
            return null;
        });
    }

    @Post("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                           @PathVariable UUID projectId, @PathVariable UUID id, @Body Map<String, String> form) {
        pages.requireCsrf(request, form.get("_csrf"));
        own(caller, projectId, id);
        suites.delete(caller, id);
        return Pages.seeOther(base(projectId) + "?notice=deleted");
    }

    /**
     * One change of a suite: CSRF first, then the suite must be this project's, then the service call; a refusal
     * the user can fix (400, 409) shows on the suite page, anything else on the error page.
     */
    private HttpResponse<?> change(Caller caller, HttpRequest<?> request, UUID projectId, UUID id,
                                   Map<String, String> form, String notice, Supplier<?> action) {
        pages.requireCsrf(request, form.get("_csrf"));
        own(caller, projectId, id);
        return Pages.submit(() -> {
            action.get();
            return Pages.seeOther(base(projectId) + "/" + id + "?notice=" + notice);
        }, e -> detailPage(caller, request, projectId, id, null, Pages.detail(e), e.status()));
    }

    private HttpResponse<?> listPage(Caller caller, HttpRequest<?> request, UUID projectId, int page,
                                     @Nullable String notice, @Nullable String error, HttpStatus status) {
        ProjectAccess a = access.requireProject(caller, projectId, ProjectPermission.READ);
        PageResponse<SuiteView> result = suites.list(caller, projectId, page, 50);
        Map<UUID, Integer> counts = suites.memberCounts(caller, projectId);
        List<SuiteScreens.Listed> rows = result.items().stream().map(s -> new SuiteScreens.Listed(s.id(), s.name(),
                s.description(), counts.getOrDefault(s.id(), 0), s.updatedAt())).toList();
        Chrome chrome = pages.chrome(caller, request, a.project().organizationId(), projectId, "suites");
        return HttpResponse.status(status).body(Pages.view("suites", "chrome", chrome, "suites", rows,
                "page", result.page(), "hasNext", (long) (result.page() + 1) * 50 < result.total(),
                "canEdit", mayEdit(a), "notice", notice, "error", error));
    }

    private HttpResponse<?> detailPage(Caller caller, HttpRequest<?> request, UUID projectId, UUID id,
                                       @Nullable String notice, @Nullable String error, HttpStatus status) {
        SuiteView suite = own(caller, projectId, id);
        ProjectAccess a = access.requireProject(caller, projectId, ProjectPermission.READ);
        List<SuiteScreens.Choice> addable = mayEdit(a) ? suites.addable(caller, id) : List.of();
        Chrome chrome = pages.chrome(caller, request, a.project().organizationId(), projectId, "suites");
        return HttpResponse.status(status).body(Pages.view("suite", "chrome", chrome,
                "suite", SuiteForms.detail(suite, suites.schedules(caller, id)), "addable", addable,
                "runs", executions.latestOfSuite(caller, projectId, id, RESULTS), "canEdit", mayEdit(a),
                "notice", notice, "error", error));
    }

    private SuiteView own(Caller caller, UUID projectId, UUID id) {
        SuiteView suite = suites.get(caller, id);
        return Pages.inProject(projectId, suite.projectId(), suite, "Test suite " + id);
    }

    private static UUID uuid(@Nullable String value, String field) {
        try {
            return UUID.fromString(Forms.nz(value).trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "choose a test case");
        }
    }

    private static String base(UUID projectId) {
        return "/projects/" + projectId + "/suites";
    }

    static boolean mayEdit(ProjectAccess a) {
        return a.role() != null && a.role().allows(ProjectPermission.WRITE_TESTS);
    }

    private static String notice(@Nullable String key) {
        return key == null ? null : switch (key) {
            case "created" -> "Suite created. Add its test cases below.";
            case "queued" -> "Run queued: it appears under Results and in Executions.";
            case "member-added" -> "Test case added.";
            case "member-removed" -> "Test case removed from the suite.";
            case "member-moved" -> "Order changed.";
            case "saved" -> "Configuration saved.";
            case "scheduled" -> "Schedule added.";
            case "unscheduled" -> "Schedule deleted.";
            case "deleted" -> "Suite deleted.";
            default -> null;
        };
    }

    @Error(exception = ProblemException.class)
    HttpResponse<?> failed(HttpRequest<?> request, ProblemException e) {
        return Pages.error(request, e);
    }
}
