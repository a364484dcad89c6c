package dev.suture.platform.ai;

import dev.suture.platform.access.AccessService;
import dev.suture.platform.access.Caller;
import dev.suture.platform.access.ProjectAccess;
import dev.suture.platform.access.ProjectPermission;
import dev.suture.platform.ai.AiPayloads.Approve;
import dev.suture.platform.ai.AiPayloads.GenerateTest;
import dev.suture.platform.ai.AiPayloads.GeneratedTestView;
import dev.suture.platform.common.ProblemException;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * "Generate from description" and the review of generated tests: the form sends the description and start page
 * through {@link AiController} (so the permission check, the hourly quota and the live-page check are the API's),
 * and a generated test waits, PENDING, until someone who may write tests approves it (it becomes a test case) or
 * rejects it.
 */
@Controller("/projects/{projectId}/generated-tests")
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class GeneratedTestPages {

    private final AiController ai;
    private final AccessService access;
    private final Pages pages;
    private final Forms forms;

    GeneratedTestPages(AiController ai, AccessService access, Pages pages, Forms forms) {
        this.ai = ai;
        this.access = access;
        this.pages = pages;
        this.forms = forms;
    }

    @Get
    HttpResponse<?> list(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                         @PathVariable UUID projectId) {
        return listPage(caller, request, projectId, Map.of(), null, HttpStatus.OK);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> generate(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                             @PathVariable UUID projectId, @Body Map<String, String> form) {
        pages.requireCsrf(request, form.get("_csrf"));
        GenerateTest in = new GenerateTest(projectId, trim(form.get("description")), trim(form.get("startUrl")),
                form.get("name") == null || form.get("name").isBlank() ? null : form.get("name").trim());
        try {
            GeneratedTestView made = ai.generateTest(caller, forms.valid(in));
            return Pages.seeOther("/projects/" + projectId + "/generated-tests/" + made.id());
        } catch (ProblemException e) {
            if (e.status() == HttpStatus.FORBIDDEN || e.status() == HttpStatus.NOT_FOUND
                    || e.status() == HttpStatus.UNAUTHORIZED) {
                throw e;
            }
            return listPage(caller, request, projectId, form, Pages.detail(e), e.status());
        }
    }

    @Get("/{id}")
    HttpResponse<?> detail(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                           @PathVariable UUID projectId, @PathVariable UUID id, @QueryValue @Nullable String notice) {
        return detailPage(caller, request, projectId, id, notice, null, HttpStatus.OK);
    }

    @Post("/{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> approve(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                            @PathVariable UUID projectId, @PathVariable UUID id, @Body Map<String, String> form) {
        pages.requireCsrf(request, form.get("_csrf"));
        own(caller, projectId, id);
        return Pages.submit(() -> {
            GeneratedTestView done = ai.approve(caller, id, new Approve(trim(form.get("name")),
                    Forms.blankToNull(form.get("priority")), "ACTIVE", List.of("ai")));
            return Pages.seeOther("/projects/" + projectId + "/test-cases/" + done.testCaseId() + "?notice=saved");
        }, e -> detailPage(caller, request, projectId, id, null, Pages.detail(e), e.status()));
    }

    @Post("/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reject(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                           @PathVariable UUID projectId, @PathVariable UUID id, @Body Map<String, String> form) {
        pages.requireCsrf(request, form.get("_csrf"));
        own(caller, projectId, id);
        ai.reject(caller, id);
        return Pages.seeOther("/projects/" + projectId + "/generated-tests/" + id + "?notice=rejected");
    }

    private HttpResponse<?> listPage(Caller caller, HttpRequest<?> request, UUID projectId, Map<String, String> form,
                                     @Nullable String error, HttpStatus status) {
        ProjectAccess a = access.requireProject(caller, projectId, ProjectPermission.READ);
        List<GeneratedScreens.Listed> rows = ai.listGenerated(caller, projectId, null, 0, 100).items().stream()
                .map(g -> new GeneratedScreens.Listed(g.id(), g.name(), g.status(), g.source(), g.steps().size(),
                        g.createdAt())).toList();
        Chrome chrome = pages.chrome(caller, request, a.project().organizationId(), projectId, "generated");
        return HttpResponse.status(status).body(Pages.view("generated-tests", "chrome", chrome, "tests", rows,
                "canEdit", mayEdit(a), "description", Forms.nz(form.get("description")),
                "startUrl", Forms.nz(form.get("startUrl")), "name", Forms.nz(form.get("name")), "error", error));
    }

    private HttpResponse<?> detailPage(Caller caller, HttpRequest<?> request, UUID projectId, UUID id,
                                       @Nullable String notice, @Nullable String error, HttpStatus status) {
        GeneratedTestView g = own(caller, projectId, id);
        ProjectAccess a = access.requireProject(caller, projectId, ProjectPermission.READ);
        GeneratedScreens.Detail detail = new GeneratedScreens.Detail(g.id(), g.name(), g.description(),
                Forms.nz(g.startUrl()), g.status(), g.source(), g.testCaseId(), g.steps().stream()
                .map(s -> new GeneratedScreens.Step(Forms.nz(s.instruction()), s.action(), Forms.nz(s.target()),
                        Forms.nz(s.value()), Forms.nz(s.element()), s.score())).toList());
        Chrome chrome = pages.chrome(caller, request, a.project().organizationId(), projectId, "generated");
        return HttpResponse.status(status).body(Pages.view("generated-test", "chrome", chrome, "test", detail,
                "canEdit", mayEdit(a), "notice", "rejected".equals(notice) ? "Rejected." : null, "error", error));
    }

    private GeneratedTestView own(Caller caller, UUID projectId, UUID id) {
        GeneratedTestView g = ai.getGenerated(caller, id);
        return Pages.inProject(projectId, g.projectId(), g, "Generated test " + id);
    }

    private static boolean mayEdit(ProjectAccess a) {
        return a.role() != null && a.role().allows(ProjectPermission.WRITE_TESTS);
    }

    private static String trim(@Nullable String s) {
        return s == null ? null : s.trim();
    }

    @Error(exception = ProblemException.class)
    HttpResponse<?> failed(HttpRequest<?> request, ProblemException e) {
        return Pages.error(request, e);
    }
}
