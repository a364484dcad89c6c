package dev.suture.platform.access;

/** What a caller may do to an organisation; {@link OrgRole} says which role holds which. */
public enum OrgPermission {
    READ, READ_MEMBERS, CREATE_PROJECT, UPDATE, MANAGE_MEMBERS, READ_AUDIT, MANAGE_SUBSCRIPTION, DELETE
}
