package dev.suture.platform.organization;

import dev.suture.platform.access.AccessService;
import dev.suture.platform.access.Caller;
import dev.suture.platform.access.OrgPermission;
import dev.suture.platform.access.OrgRole;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.organization.OrganizationPayloads.AddMember;
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
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The members page of an organisation: everyone sees the list; owners and admins also see the forms that add
 * people, change roles and remove them. The forms go through {@link OrganizationService}, so a forced request
 * by a viewer is refused there (403) exactly as on the API.
 */
@Controller("/organizations/{orgId}/members")
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class MemberPages {

    private final OrganizationService organizations;
    private final AccessService access;
    private final Pages pages;

    MemberPages(OrganizationService organizations, AccessService access, Pages pages) {
        this.organizations = organizations;
        this.access = access;
        this.pages = pages;
    }

    @Serdeable
    record MemberForm(@Nullable String email, @Nullable String role, @Nullable String _csrf) {
    }

    @Get
    HttpResponse<?> list(@Parameter(hidden = true) Caller caller, HttpRequest<?> request, @PathVariable UUID orgId,
                         @QueryValue @Nullable String notice) {
        OrgRole myRole = access.requireOrg(caller, orgId, OrgPermission.READ_MEMBERS);
        Chrome chrome = pages.chrome(caller, request, orgId, null, "members");
        List<Rows.Member> rows = organizations.members(caller, orgId).stream()
                .map(m -> new Rows.Member(m.userId(), m.name(), m.email(), m.role().name(), m.since(),
                        m.userId().equals(caller.userId())))
                .toList();
        boolean canManage = myRole.allows(OrgPermission.MANAGE_MEMBERS);
        List<String> grantable = Arrays.stream(OrgRole.values())
                .filter(r -> r != OrgRole.OWNER || myRole == OrgRole.OWNER).map(Enum::name).toList();
        return HttpResponse.ok(Pages.view("members", "chrome", chrome, "members", rows, "canManage", canManage,
                "roles", grantable, "notice", notice == null ? null : switch (notice) {
                    case "added" -> "Member added.";
                    case "changed" -> "Role changed.";
                    case "removed" -> "Member removed.";
                    default -> null;
                }));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> add(@Parameter(hidden = true) Caller caller, HttpRequest<?> request, @PathVariable UUID orgId,
                        @Body MemberForm form) {
        pages.requireCsrf(request, form._csrf());
        organizations.addMember(caller, orgId, new AddMember(required("email", form.email()), role(form.role())));
        return Pages.seeOther("/organizations/" + orgId + "/members?notice=added");
    }

    @Post("/{userId}/role")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> changeRole(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                               @PathVariable UUID orgId, @PathVariable UUID userId, @Body MemberForm form) {
        pages.requireCsrf(request, form._csrf());
        organizations.changeRole(caller, orgId, userId, role(form.role()));
        return Pages.seeOther("/organizations/" + orgId + "/members?notice=changed");
    }

    @Post("/{userId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remove(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                           @PathVariable UUID orgId, @PathVariable UUID userId, @Body MemberForm form) {
        pages.requireCsrf(request, form._csrf());
        organizations.removeMember(caller, orgId, userId);
        return Pages.seeOther(userId.equals(caller.userId()) ? "/"
                : "/organizations/" + orgId + "/members?notice=removed");
    }

    @Error(exception = ProblemException.class)
    HttpResponse<?> failed(HttpRequest<?> request, ProblemException e) {
        return Pages.error(request, e);
    }

    private static String required(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(field, "is required");
        }
        return value.trim();
    }

    private static OrgRole role(@Nullable String value) {
        try {
            return OrgRole.valueOf(required("role", value));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("role", "must be one of " + Arrays.toString(OrgRole.values()));
        }
    }
}
