package dev.suture.platform.project;

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

    public Project withArchivedAt(@Nullable Instant when, Instant now) {
        return new Project(id, organizationId, name, description, when, createdBy, createdAt, now);
    }
}
