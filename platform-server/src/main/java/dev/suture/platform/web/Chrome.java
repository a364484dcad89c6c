package dev.suture.platform.web;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.UUID;

/**
 * What every signed-in page shows around its content: who is signed in, the organisation and project switcher,
 * the navigation (with the current entry marked) and the CSRF token its forms carry.
 *
 * @param orgAdmin whether the user is an owner or admin of the current organisation (members editing, audit log)
 */
public record Chrome(String userName, String userEmail, String csrf, List<Choice> organizations,
                     List<Choice> projects, @Nullable UUID orgId, @Nullable UUID projectId, @Nullable String orgRole,
                     boolean orgAdmin, String nav) {

    /** One entry of a switcher. */
    public record Choice(UUID id, String name) {
    }

    public boolean isCurrentOrg(UUID id) {
        return id.equals(orgId);
    }

    public boolean isCurrentProject(UUID id) {
        return id.equals(projectId);
    }

    /** {@code aria-current="page"} for the active navigation entry, nothing otherwise. */
    public String current(String key) {
        return nav.equals(key) ? "page" : null;
    }

    public String projectName() {
        return projects.stream().filter(p -> p.id().equals(projectId)).map(Choice::name).findFirst().orElse("");
    }

    public String orgName() {
        return organizations.stream().filter(o -> o.id().equals(orgId)).map(Choice::name).findFirst().orElse("");
    }
}
