package dev.suture.platform.project;

import dev.suture.platform.access.ProjectRole;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code project_members}: one user's role in one project. */
@MappedEntity("project_members")
public record ProjectMember(@EmbeddedId Key id, ProjectRole role, Instant createdAt) {

    @Embeddable
    public record Key(@MappedProperty("project_id") UUID projectId, @MappedProperty("user_id") UUID userId) {
    }
}
