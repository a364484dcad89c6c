package dev.suture.platform.project;

import dev.suture.platform.access.AccessService;
import dev.suture.platform.access.Caller;
import dev.suture.platform.access.OrgPermission;
import dev.suture.platform.access.ProjectAccess;
import dev.suture.platform.access.ProjectPermission;
import dev.suture.platform.access.ProjectRole;
import dev.suture.platform.audit.AuditTrail;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.organization.OrganizationMemberRepository;
import dev.suture.platform.organization.OrganizationRepository;
import dev.suture.platform.organization.SubscriptionLimits;
import dev.suture.platform.project.ProjectPayloads.AddProjectMember;
import dev.suture.platform.project.ProjectPayloads.CreateProject;
import dev.suture.platform.project.ProjectPayloads.ProjectMemberView;
import dev.suture.platform.project.ProjectPayloads.ProjectView;
import dev.suture.platform.project.ProjectPayloads.UpdateProject;
import dev.suture.platform.user.User;
import dev.suture.platform.user.UserRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Projects and their members. Every method checks the caller's effective project role first. */
@Singleton
class ProjectService {

    private final ProjectRepository projects;
    private final ProjectMemberRepository members;
    private final OrganizationRepository organizations;
    private final OrganizationMemberRepository orgMembers;
    private final UserRepository users;
    private final AccessService access;
    private final AuditTrail audit;
    private final SubscriptionLimits limits;

    ProjectService(ProjectRepository projects, ProjectMemberRepository members, OrganizationRepository organizations,
                   OrganizationMemberRepository orgMembers, UserRepository users, AccessService access,
                   AuditTrail audit, SubscriptionLimits limits) {
        this.projects = projects;
        this.members = members;
        this.organizations = organizations;
        this.orgMembers = orgMembers;
        this.users = users;
        this.access = access;
        this.audit = audit;
        this.limits = limits;
    }

    @Transactional
    ProjectView create(Caller caller, CreateProject request) {
        UUID userId = caller.requireUser();
        access.requireOrg(caller, request.organizationId(), OrgPermission.CREATE_PROJECT);
        limits.checkProjects(organizations.findById(request.organizationId()).orElseThrow(),
                projects.countByOrganization(request.organizationId()));
        String name = request.name().trim();
        UUID id = UUID.randomUUID();
        requireFreeName(request.organizationId(), name, id);
        Instant now = Instant.now();
        Project project = projects.save(new Project(id, request.organizationId(), name, request.description(), null,
                userId, now, now));
        members.save(new ProjectMember(new ProjectMember.Key(project.id(), userId), ProjectRole.OWNER, now));
        audit.record(caller, project.organizationId(), "project.create", "project", project.id(), null,
                snapshot(project));
        return ProjectView.of(project, ProjectRole.OWNER);
    }

    List<ProjectView> list(Caller caller, @Nullable UUID organizationId, boolean includeArchived) {
        UUID userId = caller.requireUser();
        return projects.findVisible(userId, organizationId == null ? null : organizationId.toString(), includeArchived)
                .stream().map(p -> ProjectView.of(p, effectiveRole(caller, p))).toList();
    }

    ProjectView get(Caller caller, UUID id) {
        ProjectAccess a = access.requireProject(caller, id, ProjectPermission.READ);
        return ProjectView.of(a.project(), a.role());
    }

    @Transactional
    ProjectView update(Caller caller, UUID id, UpdateProject request) {
        ProjectAccess a = access.requireProject(caller, id, ProjectPermission.UPDATE);
        Project before = a.project().requireActive();
        String name = request.name() != null ? request.name().trim() : before.name();
        requireFreeName(before.organizationId(), name, id);
        Project after = projects.update(before.withDetails(name,
                request.description() != null ? request.description() : before.description(), Instant.now()));
        audit.record(caller, after.organizationId(), "project.update", "project", id, snapshot(before), snapshot(after));
        return ProjectView.of(after, a.role());
    }

    @Transactional
    ProjectView setArchived(Caller caller, UUID id, boolean archived) {
        ProjectAccess a = access.requireProject(caller, id, ProjectPermission.ARCHIVE);
        Project before = a.project();
        if ((before.archivedAt() != null) == archived) {
            throw ProblemException.conflict(archived ? "already-archived" : "not-archived",
                    archived ? "The project is already archived" : "The project is not archived");
        }
        Instant now = Instant.now();
        Project after = projects.update(before.withArchivedAt(archived ? now : null, now));
        audit.record(caller, after.organizationId(), archived ? "project.archive" : "project.unarchive", "project", id,
                snapshot(before), snapshot(after));
        return ProjectView.of(after, a.role());
    }

    @Transactional
    void delete(Caller caller, UUID id) {
        ProjectAccess a = access.requireProject(caller, id, ProjectPermission.DELETE);
        projects.delete(a.project());
        audit.record(caller, a.project().organizationId(), "project.delete", "project", id, snapshot(a.project()), null);
    }

    List<ProjectMemberView> members(Caller caller, UUID id) {
        access.requireProject(caller, id, ProjectPermission.READ_MEMBERS);
        return members.findByProject(id).stream().map(this::view).toList();
    }

    @Transactional
    ProjectMemberView addMember(Caller caller, UUID id, AddProjectMember request) {
        ProjectAccess a = access.requireProject(caller, id, ProjectPermission.MANAGE_MEMBERS);
        Project project = a.project().requireActive();
        requireMayGrant(a.role(), request.role());
        if (orgMembers.findRole(project.organizationId(), request.userId()).isEmpty()) {
            throw ProblemException.invalidField("userId", "is not a member of this project's organization; "
                    + "add them to the organization first");
        }
        if (members.findRole(id, request.userId()).isPresent()) {
            throw ProblemException.conflict("already-member", "This user is already a project member; change their "
                    + "role with PUT /api/projects/" + id + "/members/" + request.userId());
        }
        ProjectMember member = members.save(new ProjectMember(new ProjectMember.Key(id, request.userId()),
                request.role(), Instant.now()));
        audit.record(caller, project.organizationId(), "project.member_add", "project_member", request.userId(), null,
                Map.of("projectId", id.toString(), "role", request.role().name()));
        return view(member);
    }

    @Transactional
    ProjectMemberView changeRole(Caller caller, UUID id, UUID userId, ProjectRole role) {
        ProjectAccess a = access.requireProject(caller, id, ProjectPermission.MANAGE_MEMBERS);
        a.project().requireActive();
        ProjectRole current = members.findRole(id, userId)
                .orElseThrow(() -> ProblemException.notFound("Project member"));
        requireMayGrant(a.role(), current);
        requireMayGrant(a.role(), role);
        members.updateRole(id, userId, role.name());
        audit.record(caller, a.project().organizationId(), "project.member_role_change", "project_member", userId,
                Map.of("projectId", id.toString(), "role", current.name()),
                Map.of("projectId", id.toString(), "role", role.name()));
        return view(members.findById(new ProjectMember.Key(id, userId)).orElseThrow());
    }

    @Transactional
    void removeMember(Caller caller, UUID id, UUID userId) {
        ProjectAccess a = access.requireProject(caller, id, ProjectPermission.MANAGE_MEMBERS);
        ProjectRole current = members.findRole(id, userId)
                .orElseThrow(() -> ProblemException.notFound("Project member"));
        requireMayGrant(a.role(), current);
        members.remove(id, userId);
        audit.record(caller, a.project().organizationId(), "project.member_remove", "project_member", userId,
                Map.of("projectId", id.toString(), "role", current.name()), null);
    }

    private ProjectRole effectiveRole(Caller caller, Project p) {
        return access.requireProject(caller, p.id(), ProjectPermission.READ).role();
    }

    private void requireFreeName(UUID organizationId, String name, UUID excludeId) {
        if (projects.nameTaken(organizationId, name, excludeId)) {
            throw ProblemException.conflict("name-taken", "A project named '" + name
                    + "' already exists in this organization");
        }
    }

    private static void requireMayGrant(ProjectRole myRole, ProjectRole role) {
        if (role == ProjectRole.OWNER && myRole != ProjectRole.OWNER) {
            throw ProblemException.forbidden("Only a project owner (or an organization owner or admin) can grant, "
                    + "change or remove the OWNER role");
        }
    }

    private ProjectMemberView view(ProjectMember m) {
        User u = users.findById(m.id().userId()).orElseThrow();
        return new ProjectMemberView(u.id(), u.email(), u.name(), m.role(), m.createdAt());
    }

    private static Map<String, Object> snapshot(Project p) {
        Map<String, Object> map = new HashMap<>();
        map.put("name", p.name());
        if (p.description() != null) {
            map.put("description", p.description());
        }
        map.put("archived", p.archivedAt() != null);
        return map;
    }
}
