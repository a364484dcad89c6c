package dev.suture.platform.organization;

import dev.suture.platform.access.AccessService;
import dev.suture.platform.access.Caller;
import dev.suture.platform.access.OrgPermission;
import dev.suture.platform.access.OrgRole;
import dev.suture.platform.audit.AuditTrail;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.organization.OrganizationPayloads.AddMember;
import dev.suture.platform.organization.OrganizationPayloads.CreateOrganization;
import dev.suture.platform.organization.OrganizationPayloads.MemberView;
import dev.suture.platform.organization.OrganizationPayloads.OrganizationView;
import dev.suture.platform.organization.OrganizationPayloads.UpdateOrganization;
import dev.suture.platform.project.ProjectMemberRepository;
import dev.suture.platform.user.User;
import dev.suture.platform.user.UserRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Organisations and their members. Every method checks the caller's role first. */
@Singleton
class OrganizationService {

    private final OrganizationRepository organizations;
    private final OrganizationMemberRepository members;
    private final ProjectMemberRepository projectMembers;
    private final UserRepository users;
    private final AccessService access;
    private final AuditTrail audit;
    private final SubscriptionLimits limits;

    OrganizationService(OrganizationRepository organizations, OrganizationMemberRepository members,
                        ProjectMemberRepository projectMembers, UserRepository users, AccessService access,
                        AuditTrail audit, SubscriptionLimits limits) {
        this.organizations = organizations;
        this.members = members;
        this.projectMembers = projectMembers;
        this.users = users;
        this.access = access;
        this.audit = audit;
        this.limits = limits;
    }

    @Transactional
    OrganizationView create(Caller caller, CreateOrganization request) {
        UUID userId = caller.requireUser();
        String slug = request.slug() != null ? request.slug() : slugOf(request.name());
        if (organizations.existsBySlug(slug)) {
            if (request.slug() != null) {
                throw ProblemException.conflict("slug-taken", "The slug '" + slug + "' is taken; choose another");
            }
            slug = slug + "-" + UUID.randomUUID().toString().substring(0, 6);
        }
        Instant now = Instant.now();
        Organization org = organizations.save(new Organization(UUID.randomUUID(), request.name().trim(), slug,
                SubscriptionTier.FREE, null, now, now));
        members.save(new OrganizationMember(new OrganizationMember.Key(org.id(), userId), OrgRole.OWNER, now));
        audit.record(caller, org.id(), "organization.create", "organization", org.id(), null, snapshot(org));
        return OrganizationView.of(org, OrgRole.OWNER);
    }

    List<OrganizationView> list(Caller caller) {
        UUID userId = caller.requireUser();
        return organizations.findForMember(userId).stream()
                .map(o -> OrganizationView.of(o, members.findRole(o.id(), userId).orElse(null))).toList();
    }

    OrganizationView get(Caller caller, UUID id) {
        OrgRole role = access.requireOrg(caller, id, OrgPermission.READ);
        return OrganizationView.of(load(id), role);
    }

    @Transactional
    OrganizationView update(Caller caller, UUID id, UpdateOrganization request) {
        OrgRole role = access.requireOrg(caller, id, OrgPermission.UPDATE);
        Organization before = load(id);
        boolean subscriptionChange = (request.subscriptionTier() != null
                && request.subscriptionTier() != before.subscriptionTier())
                || (request.subscriptionExpiresAt() != null
                && !request.subscriptionExpiresAt().equals(before.subscriptionExpiresAt()));
        if (subscriptionChange && !role.allows(OrgPermission.MANAGE_SUBSCRIPTION)) {
            throw ProblemException.forbidden("Only an organization owner may change the subscription");
        }
        Organization after = organizations.update(before.withDetails(
                request.name() != null ? request.name().trim() : before.name(),
                request.subscriptionTier() != null ? request.subscriptionTier() : before.subscriptionTier(),
                request.subscriptionExpiresAt() != null ? request.subscriptionExpiresAt() : before.subscriptionExpiresAt(),
                Instant.now()));
        audit.record(caller, id, "organization.update", "organization", id, snapshot(before), snapshot(after));
        return OrganizationView.of(after, role);
    }

    @Transactional
    void delete(Caller caller, UUID id) {
        access.requireOrg(caller, id, OrgPermission.DELETE);
        Organization org = load(id);
        organizations.delete(org);
        audit.record(caller, id, "organization.delete", "organization", id, snapshot(org), null);
    }

    List<MemberView> members(Caller caller, UUID id) {
        access.requireOrg(caller, id, OrgPermission.READ_MEMBERS);
        return members.findByOrganization(id).stream().map(this::view).toList();
    }

    @Transactional
    MemberView addMember(Caller caller, UUID id, AddMember request) {
        OrgRole myRole = access.requireOrg(caller, id, OrgPermission.MANAGE_MEMBERS);
        requireMayGrant(myRole, request.role());
        User user = users.findByEmail(request.email().trim().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> ProblemException.invalidField("email", "no account uses this e-mail; "
                        + "ask the person to register first"));
        if (members.findRole(id, user.id()).isPresent()) {
            throw ProblemException.conflict("already-member", "This user is already a member; change their role "
                    + "with PUT /api/organizations/" + id + "/members/" + user.id());
        }
        limits.checkMembers(load(id), members.countByOrganization(id));
        OrganizationMember member = members.save(new OrganizationMember(new OrganizationMember.Key(id, user.id()),
                request.role(), Instant.now()));
        audit.record(caller, id, "organization.member_add", "organization_member", user.id(), null,
                Map.of("userId", user.id().toString(), "role", request.role().name()));
        return view(member);
    }

    @Transactional
    MemberView changeRole(Caller caller, UUID id, UUID userId, OrgRole newRole) {
        OrgRole myRole = access.requireOrg(caller, id, OrgPermission.MANAGE_MEMBERS);
        OrgRole current = members.findRole(id, userId)
                .orElseThrow(() -> ProblemException.notFound("Member"));
        requireMayGrant(myRole, current);
        requireMayGrant(myRole, newRole);
        if (current == OrgRole.OWNER && newRole != OrgRole.OWNER && members.countOwners(id) <= 1) {
            throw ProblemException.conflict("last-owner", "This is the organization's last owner; make someone "
                    + "else owner first");
        }
        members.updateRole(id, userId, newRole.name());
        audit.record(caller, id, "organization.member_role_change", "organization_member", userId,
                Map.of("role", current.name()), Map.of("role", newRole.name()));
        return view(members.findById(new OrganizationMember.Key(id, userId)).orElseThrow());
    }

    @Transactional
    void removeMember(Caller caller, UUID id, UUID userId) {
        UUID me = caller.requireUser();
        OrgRole myRole = Objects.equals(me, userId)
                ? access.requireOrg(caller, id, OrgPermission.READ)
                : access.requireOrg(caller, id, OrgPermission.MANAGE_MEMBERS);
        OrgRole current = members.findRole(id, userId)
                .orElseThrow(() -> ProblemException.notFound("Member"));
        if (!me.equals(userId)) {
            requireMayGrant(myRole, current);
        }
        if (current == OrgRole.OWNER && members.countOwners(id) <= 1) {
            throw ProblemException.conflict("last-owner", "The last owner cannot leave; make someone else owner "
                    + "or delete the organization");
        }
        projectMembers.removeFromOrganization(id, userId);
        members.remove(id, userId);
        audit.record(caller, id, "organization.member_remove", "organization_member", userId,
                Map.of("role", current.name()), null);
    }

    /** Only an owner may hand out, change or take away the owner role. */
    private static void requireMayGrant(OrgRole myRole, OrgRole role) {
        if (role == OrgRole.OWNER && myRole != OrgRole.OWNER) {
            throw ProblemException.forbidden("Only an owner can grant, change or remove the OWNER role");
        }
    }

    private Organization load(UUID id) {
        return organizations.findById(id).orElseThrow(() -> ProblemException.notFound("Organization"));
    }

    private MemberView view(OrganizationMember m) {
        User u = users.findById(m.id().userId()).orElseThrow();
        return new MemberView(u.id(), u.email(), u.name(), m.role(), m.createdAt());
    }

    static String slugOf(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() < 2) {
            slug = "org-" + slug;
        }
        return slug.length() > 50 ? slug.substring(0, 50) : slug;
    }

    private static Map<String, Object> snapshot(Organization o) {
        Map<String, Object> map = new HashMap<>();
        map.put("name", o.name());
        map.put("slug", o.slug());
        map.put("subscriptionTier", o.subscriptionTier().name());
        if (o.subscriptionExpiresAt() != null) {
            map.put("subscriptionExpiresAt", o.subscriptionExpiresAt().toString());
        }
        return map;
    }
}
