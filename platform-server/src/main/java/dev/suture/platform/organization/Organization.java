package dev.suture.platform.organization;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code organizations}: the tenant. Nothing is ever shared across two of them. */
@MappedEntity("organizations")
public record Organization(@Id UUID id, String name, String slug, SubscriptionTier subscriptionTier,
                           @Nullable Instant subscriptionExpiresAt, Instant createdAt, Instant updatedAt) {

    public Organization withDetails(String newName, SubscriptionTier tier, @Nullable Instant expiresAt, Instant now) {
        return new Organization(id, newName, slug, tier, expiresAt, createdAt, now);
    }
}
