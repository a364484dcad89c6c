package dev.suture.platform.access;

import java.util.EnumSet;
import java.util.Set;

/** Project roles, strongest first. This enum is the role table of the README: change both together. */
public enum ProjectRole {
    OWNER(EnumSet.allOf(ProjectPermission.class)),
    ADMIN(EnumSet.of(ProjectPermission.READ, ProjectPermission.READ_MEMBERS, ProjectPermission.READ_API_KEYS,
            ProjectPermission.UPDATE, ProjectPermission.ARCHIVE, ProjectPermission.MANAGE_MEMBERS,
            ProjectPermission.MANAGE_API_KEYS, ProjectPermission.WRITE_TESTS, ProjectPermission.INGEST)),
    DEVELOPER(EnumSet.of(ProjectPermission.READ, ProjectPermission.READ_MEMBERS, ProjectPermission.READ_API_KEYS,
            ProjectPermission.WRITE_TESTS, ProjectPermission.INGEST)),
    VIEWER(EnumSet.of(ProjectPermission.READ, ProjectPermission.READ_MEMBERS));

    /** What a project API key may do, and only on its own project: read it, and report results into it. */
    public static final Set<ProjectPermission> API_KEY_PERMISSIONS = EnumSet.of(ProjectPermission.READ,
            ProjectPermission.INGEST);

    private final Set<ProjectPermission> permissions;

    ProjectRole(Set<ProjectPermission> permissions) {
        this.permissions = permissions;
    }

    public boolean allows(ProjectPermission permission) {
        return permissions.contains(permission);
    }
}
