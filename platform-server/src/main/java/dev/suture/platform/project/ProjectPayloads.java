package dev.suture.platform.project;

import dev.suture.platform.access.ProjectRole;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** Request and response bodies of {@code /api/projects}. */
final class ProjectPayloads {

    private ProjectPayloads() {
    }

    @Serdeable
    record CreateProject(@NotNull UUID organizationId, @NotBlank @Size(max = 200) String name,
                         @Nullable @Size(max = 2000) String description) {
    }

    @Serdeable
    record UpdateProject(@Nullable @Size(min = 1, max = 200) String name,
                         @Nullable @Size(max = 2000) String description) {
    }

    @Serdeable
    record AddProjectMember(@NotNull UUID userId, @NotNull ProjectRole role) {
    }

    @Serdeable
    record ChangeProjectRole(@NotNull ProjectRole role) {
    }

    @Serdeable
    record ProjectView(UUID id, UUID organizationId, String name, @Nullable String description, boolean archived,
                       @Nullable Instant archivedAt, @Nullable ProjectRole myRole, Instant createdAt,
                       Instant updatedAt) {

        static ProjectView of(Project p, @Nullable ProjectRole role) {
            return new ProjectView(p.id(), p.organizationId(), p.name(), p.description(), p.archivedAt() != null,
                    p.archivedAt(), role, p.createdAt(), p.updatedAt());
        }
    }

    @Serdeable
    record ProjectMemberView(UUID userId, String email, String name, ProjectRole role, Instant since) {
    }
}
