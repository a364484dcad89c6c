package dev.suture.platform.organization;

import dev.suture.platform.access.OrgRole;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code organization_members}: one user's role in one organisation. */
@MappedEntity("organization_members")
public record OrganizationMember(@EmbeddedId Key id, OrgRole role, Instant createdAt) {

    @Embeddable
    public record Key(@MappedProperty("organization_id") UUID organizationId, @MappedProperty("user_id") UUID userId) {
    }
}
