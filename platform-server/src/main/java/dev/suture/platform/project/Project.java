package dev.suture.platform.project;

import dev.suture.platform.common.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code projects}; always inside one organisation. */
@MappedEntity("projects")
public record Project(@Id UUID id, UUID organizationId, String name, @Nullable String description,
                      @Nullable Instant archivedAt, @Nullable UUID createdBy, Instant createdAt, Instant updatedAt) {

    public Project withDetails(String newName, @Nullable String newDescription, Instant now) {
        return new Project(id, organizationId, newName, newDescription, archivedAt, createdBy, createdAt, now);
    }

    /** This project, if it is live; an archived project is read-only until it is unarchived. */
    public Project requireActive() {
        if (archivedAt != null) {
            throw ProblemException.conflict("archived", "The project is archived; unarchive it first");
        }
        return this;
    }

    public Project withArchivedAt(@Nullable Instant when, Instant now) {
        return new Project(id, organizationId, name, description, when, createdBy, createdAt, now);
    }
}
