package dev.suture.platform.access;

import dev.suture.platform.project.Project;
import io.micronaut.core.annotation.Nullable;

/** A project the caller may see, with the caller's effective role in it (null for an API key). */
public record ProjectAccess(Project project, @Nullable ProjectRole role, @Nullable OrgRole orgRole) {
}
