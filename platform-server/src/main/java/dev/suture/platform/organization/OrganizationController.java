package dev.suture.platform.organization;

import dev.suture.platform.access.Caller;
import dev.suture.platform.organization.OrganizationPayloads.AddMember;
import dev.suture.platform.organization.OrganizationPayloads.ChangeRole;
import dev.suture.platform.organization.OrganizationPayloads.CreateOrganization;
import dev.suture.platform.organization.OrganizationPayloads.MemberView;
import dev.suture.platform.organization.OrganizationPayloads.OrganizationView;
import dev.suture.platform.organization.OrganizationPayloads.UpdateOrganization;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;

/** {@code /api/organizations}: tenants and their members. */
@Controller("/api/organizations")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "organizations")
class OrganizationController {

    private final OrganizationService service;

    OrganizationController(OrganizationService service) {
        this.service = service;
    }

    @Post
    HttpResponse<OrganizationView> create(@Parameter(hidden = true) Caller caller,
                                          @Body @Valid CreateOrganization body) {
        return HttpResponse.created(service.create(caller, body));
    }

    @Get
    List<OrganizationView> list(@Parameter(hidden = true) Caller caller) {
        return service.list(caller);
    }

    @Get("/{orgId}")
    OrganizationView get(@Parameter(hidden = true) Caller caller, @PathVariable UUID orgId) {
        return service.get(caller, orgId);
    }

    @Put("/{orgId}")
    OrganizationView update(@Parameter(hidden = true) Caller caller, @PathVariable UUID orgId,
                            @Body @Valid UpdateOrganization body) {
        return service.update(caller, orgId, body);
    }

    @Delete("/{orgId}")
    @Status(HttpStatus.NO_CONTENT)
    void delete(@Parameter(hidden = true) Caller caller, @PathVariable UUID orgId) {
        service.delete(caller, orgId);
    }

    @Get("/{orgId}/members")
    List<MemberView> members(@Parameter(hidden = true) Caller caller, @PathVariable UUID orgId) {
        return service.members(caller, orgId);
    }

    @Post("/{orgId}/members")
    HttpResponse<MemberView> addMember(@Parameter(hidden = true) Caller caller, @PathVariable UUID orgId,
                                       @Body @Valid AddMember body) {
        return HttpResponse.created(service.addMember(caller, orgId, body));
    }

    @Put("/{orgId}/members/{userId}")
    MemberView changeRole(@Parameter(hidden = true) Caller caller, @PathVariable UUID orgId,
                          @PathVariable UUID userId, @Body @Valid ChangeRole body) {
        return service.changeRole(caller, orgId, userId, body.role());
    }

    /** Removes a member; any member may remove themselves (leave). */
    @Delete("/{orgId}/members/{userId}")
    @Status(HttpStatus.NO_CONTENT)
    void removeMember(@Parameter(hidden = true) Caller caller, @PathVariable UUID orgId, @PathVariable UUID userId) {
        service.removeMember(caller, orgId, userId);
    }
}
