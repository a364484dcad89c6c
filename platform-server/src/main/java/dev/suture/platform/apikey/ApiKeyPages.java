package dev.suture.platform.apikey;

import dev.suture.platform.access.AccessService;
import dev.suture.platform.access.Caller;
import dev.suture.platform.access.ProjectAccess;
import dev.suture.platform.access.ProjectPermission;
import dev.suture.platform.apikey.ApiKeyController.CreateApiKey;
import dev.suture.platform.apikey.ApiKeyController.CreatedApiKey;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.web.Chrome;
import dev.suture.platform.web.Pages;
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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.UUID;

/**
 * A project's API keys. A new key is shown once, in the answer to the form that created it (never stored in
 * clear, never in a URL or redirect); developers see the list, admins and owners also create and revoke.
 */
@Controller("/projects/{projectId}/api-keys")
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class ApiKeyPages {

    private final ApiKeyController keys;
    private final AccessService access;
    private final Pages pages;

    ApiKeyPages(ApiKeyController keys, AccessService access, Pages pages) {
        this.keys = keys;
        this.access = access;
        this.pages = pages;
    }

    @Serdeable
    record KeyForm(@Nullable String name, @Nullable String _csrf) {
    }

    @Get
    HttpResponse<?> list(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                         @PathVariable UUID projectId) {
        return page(caller, request, projectId, null, HttpResponse.ok());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                           @PathVariable UUID projectId, @Body KeyForm form) {
        pages.requireCsrf(request, form._csrf());
        String name = form.name() == null ? "" : form.name().trim();
        if (name.isEmpty() || name.length() > 100) {
            throw ProblemException.invalidField("name", "must be 1 to 100 characters");
        }
        CreatedApiKey created = keys.create(caller, projectId, new CreateApiKey(name)).body();
        return page(caller, request, projectId, created, HttpResponse.status(io.micronaut.http.HttpStatus.CREATED));
    }

    @Post("/{keyId}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> revoke(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                           @PathVariable UUID projectId, @PathVariable UUID keyId, @Body KeyForm form) {
        pages.requireCsrf(request, form._csrf());
        keys.revoke(caller, projectId, keyId);
        return Pages.seeOther("/projects/" + projectId + "/api-keys");
    }

    private HttpResponse<?> page(Caller caller, HttpRequest<?> request, UUID projectId,
                                 @Nullable CreatedApiKey created, io.micronaut.http.MutableHttpResponse<Object> response) {
        ProjectAccess a = access.requireProject(caller, projectId, ProjectPermission.READ_API_KEYS);
        Chrome chrome = pages.chrome(caller, request, a.project().organizationId(), projectId, "api-keys");
        boolean canManage = a.role() != null && a.role().allows(ProjectPermission.MANAGE_API_KEYS);
        return response.body(Pages.view("api-keys", "chrome", chrome, "keys", keys.list(caller, projectId)
                        .stream().map(v -> new dev.suture.platform.web.Rows.Key(v.id(), v.name(), v.prefix(),
                                v.createdAt(), v.lastUsedAt(), v.revokedAt())).toList(),
                "canManage", canManage, "createdKey", created == null ? null : created.key(),
                "createdName", created == null ? null : created.name()));
    }

    @Error(exception = ProblemException.class)
    HttpResponse<?> failed(HttpRequest<?> request, ProblemException e) {
        return Pages.error(request, e);
    }
}
