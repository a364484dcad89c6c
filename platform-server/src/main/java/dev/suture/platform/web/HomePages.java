package dev.suture.platform.web;

import dev.suture.platform.access.AccessService;
import dev.suture.platform.access.Caller;
import dev.suture.platform.access.OrgPermission;
import dev.suture.platform.access.ProjectPermission;
import dev.suture.platform.common.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.UUID;

/** The dashboard's entry points: {@code /} picks a project, and the organisation and project switcher. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class HomePages {

    private final Pages pages;
    private final AccessService access;

    HomePages(Pages pages, AccessService access) {
        this.pages = pages;
        this.access = access;
    }

    @Get
    HttpResponse<?> home(@Parameter(hidden = true) Caller caller, HttpRequest<?> request) {
        Chrome chrome = pages.chrome(caller, request, null, null, "overview");
        if (!chrome.projects().isEmpty()) {
            return Pages.seeOther("/projects/" + chrome.projects().get(0).id());
        }
        return HttpResponse.ok(Pages.view("welcome", "chrome", chrome));
    }

    /** The switcher's target: works as a plain GET form, JavaScript only submits it on change. */
    @Get("/switch")
    HttpResponse<?> switchTo(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                             @QueryValue @Nullable UUID project, @QueryValue @Nullable UUID organization) {
        if (project != null) {
            access.requireProject(caller, project, ProjectPermission.READ);
            return Pages.seeOther("/projects/" + project);
        }
        if (organization != null) {
            access.requireOrg(caller, organization, OrgPermission.READ);
            Chrome chrome = pages.chrome(caller, request, organization, null, "overview");
            return Pages.seeOther(chrome.projects().isEmpty() ? "/organizations/" + organization + "/members"
                    : "/projects/" + chrome.projects().get(0).id());
        }
        return Pages.seeOther("/");
    }

    @Error(exception = ProblemException.class)
    HttpResponse<?> failed(HttpRequest<?> request, ProblemException e) {
        return Pages.error(request, e);
    }
}
