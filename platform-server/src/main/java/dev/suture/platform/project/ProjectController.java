package dev.suture.platform.project;

import dev.suture.platform.access.Caller;
import dev.suture.platform.project.ProjectPayloads.AddProjectMember;
import dev.suture.platform.project.ProjectPayloads.ChangeProjectRole;
import dev.suture.platform.project.ProjectPayloads.CreateProject;
import dev.suture.platform.project.ProjectPayloads.ProjectMemberView;
import dev.suture.platform.project.ProjectPayloads.ProjectView;
import dev.suture.platform.project.ProjectPayloads.UpdateProject;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;

/** {@code /api/projects}: projects inside organisations, and their members. */
@Controller("/api/projects")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "projects")
class ProjectController {

    private final ProjectService service;

    ProjectController(ProjectService service) {
        this.service = service;
    }

    @Post
    HttpResponse<ProjectView> create(@Parameter(hidden = true) Caller caller, @Body @Valid CreateProject body) {
        return HttpResponse.created(service.create(caller, body));
    }

    /** The projects the caller may see, optionally of one organisation. */
    @Get
    List<ProjectView> list(@Parameter(hidden = true) Caller caller, @QueryValue @Nullable UUID organizationId,
                           @QueryValue(defaultValue = "false") boolean includeArchived) {
        return service.list(caller, organizationId, includeArchived);
    }

    @Get("/{projectId}")
    ProjectView get(@Parameter(hidden = true) Caller caller, @PathVariable UUID projectId) {
        return service.get(caller, projectId);
    }

    @Put("/{projectId}")
    ProjectView update(@Parameter(hidden = true) Caller caller, @PathVariable UUID projectId,
                       @Body @Valid UpdateProject body) {
        return service.update(caller, projectId, body);
    }

    @Post("/{projectId}/archive")
    ProjectView archive(@Parameter(hidden = true) Caller caller, @PathVariable UUID projectId) {
        return service.setArchived(caller, projectId, true);
    }

    @Post("/{projectId}/unarchive")
    ProjectView unarchive(@Parameter(hidden = true) Caller caller, @PathVariable UUID projectId) {
        return service.setArchived(caller, projectId, false);
    }

    @Delete("/{projectId}")
    @Status(HttpStatus.NO_CONTENT)
    void delete(@Parameter(hidden = true) Caller caller, @PathVariable UUID projectId) {
        service.delete(caller, projectId);
    }

    @Get("/{projectId}/members")
    List<ProjectMemberView> members(@Parameter(hidden = true) Caller caller, @PathVariable UUID projectId) {
        return service.members(caller, projectId);
    }

    @Post("/{projectId}/members")
    HttpResponse<ProjectMemberView> addMember(@Parameter(hidden = true) Caller caller, @PathVariable UUID projectId,
                                              @Body @Valid AddProjectMember body) {
        return HttpResponse.created(service.addMember(caller, projectId, body));
    }

    @Put("/{projectId}/members/{userId}")
    ProjectMemberView changeRole(@Parameter(hidden = true) Caller caller, @PathVariable UUID projectId,
                                 @PathVariable UUID userId, @Body @Valid ChangeProjectRole body) {
        return service.changeRole(caller, projectId, userId, body.role());
    }

    @Delete("/{projectId}/members/{userId}")
    @Status(HttpStatus.NO_CONTENT)
    void removeMember(@Parameter(hidden = true) Caller caller, @PathVariable UUID projectId,
                      @PathVariable UUID userId) {
        service.removeMember(caller, projectId, userId);
    }
}
