package dev.suture.platform.user;

/** Server-wide role: {@code ADMIN} may list and manage every account (not the organisations' data). */
public enum SystemRole {
    USER, ADMIN
}
