package dev.suture.platform.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * Organisation roles, strongest first. This enum is the role table of the README: change both together.
 * An owner or admin also holds every project right in the organisation (see {@link ProjectRole#OWNER}).
 */
public enum OrgRole {
    OWNER(EnumSet.allOf(OrgPermission.class)),
    ADMIN(EnumSet.of(OrgPermission.READ, OrgPermission.READ_MEMBERS, OrgPermission.CREATE_PROJECT,
            OrgPermission.UPDATE, OrgPermission.MANAGE_MEMBERS, OrgPermission.READ_AUDIT)),
    MEMBER(EnumSet.of(OrgPermission.READ, OrgPermission.READ_MEMBERS, OrgPermission.CREATE_PROJECT)),
    VIEWER(EnumSet.of(OrgPermission.READ, OrgPermission.READ_MEMBERS));

    private final Set<OrgPermission> permissions;

    OrgRole(Set<OrgPermission> permissions) {
        this.permissions = permissions;
    }

    public boolean allows(OrgPermission permission) {
        return permissions.contains(permission);
    }

    /** Owners and admins hold every project right in their organisation. */
    public boolean administersProjects() {
        return this == OWNER || this == ADMIN;
    }
}
