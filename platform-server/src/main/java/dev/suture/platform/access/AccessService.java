package dev.suture.platform.access;

import dev.suture.platform.common.ProblemException;
import dev.suture.platform.organization.OrganizationMemberRepository;
import dev.suture.platform.project.Project;
import dev.suture.platform.project.ProjectMemberRepository;
import dev.suture.platform.project.ProjectRepository;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;

/**
 * The one place that answers "may this caller do this". A resource the caller cannot see at all answers 404
 * (its existence is not revealed); a resource the caller can see but not change answers 403.
 */
@Singleton
public class AccessService {

    private final OrganizationMemberRepository orgMembers;
    private final ProjectRepository projects;
    private final ProjectMemberRepository projectMembers;

    AccessService(OrganizationMemberRepository orgMembers, ProjectRepository projects,
                  ProjectMemberRepository projectMembers) {
        this.orgMembers = orgMembers;
        this.projects = projects;
        this.projectMembers = projectMembers;
    }

    public OrgRole requireOrg(Caller caller, UUID organizationId, OrgPermission permission) {
        UUID userId = caller.requireUser();
        OrgRole role = orgMembers.findRole(organizationId, userId)
                .orElseThrow(() -> ProblemException.notFound("Organization"));
        if (!role.allows(permission)) {
            throw ProblemException.forbidden("Your role " + role + " in this organization does not allow "
                    + permission + "; ask an owner or admin");
        }
        return role;
    }

    public ProjectAccess requireProject(Caller caller, UUID projectId, ProjectPermission permission) {
        Project project = projects.findById(projectId)
                .orElseThrow(() -> ProblemException.notFound("Project"));
        if (caller.isApiKey()) {
            if (!projectId.equals(caller.apiKeyProjectId())) {
                throw ProblemException.notFound("Project");
            }
            if (!ProjectRole.API_KEY_PERMISSIONS.contains(permission)) {
                throw ProblemException.forbidden("Project API keys can only read their own project");
            }
            return new ProjectAccess(project, null, null);
        }
        UUID userId = caller.userId();
        Optional<OrgRole> orgRole = orgMembers.findRole(project.organizationId(), userId);
        if (orgRole.isEmpty()) {
            throw ProblemException.notFound("Project");
        }
        ProjectRole role = orgRole.get().administersProjects()
                ? ProjectRole.OWNER
                : projectMembers.findRole(projectId, userId)
                        .orElseThrow(() -> ProblemException.notFound("Project"));
        if (!role.allows(permission)) {
            throw ProblemException.forbidden("Your role " + role + " in this project does not allow "
                    + permission + "; ask a project owner or admin");
        }
        return new ProjectAccess(project, role, orgRole.get());
    }

    /** {@link #requireProject} for a change by a signed-in user (never an API key) to a live (unarchived) project. */
    public ProjectAccess requireWritableProject(Caller caller, UUID projectId, ProjectPermission permission) {
        ProjectAccess a = requireProject(caller, projectId, permission);
        caller.requireUser();
        a.project().requireActive();
        return a;
    }
}
