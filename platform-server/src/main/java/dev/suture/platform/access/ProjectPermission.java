package dev.suture.platform.access;

/** What a caller may do to a project; {@link ProjectRole} says which role holds which. */
public enum ProjectPermission {
    READ, READ_MEMBERS, READ_API_KEYS, UPDATE, ARCHIVE, MANAGE_MEMBERS, MANAGE_API_KEYS, DELETE
}
