package dev.suture.platform.apikey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code api_keys}: a project's CI credential, stored as a SHA-256; the prefix helps people tell keys apart. */
@MappedEntity("api_keys")
public record ApiKey(@Id UUID id, UUID projectId, String name, String keyPrefix, String keyHash,
                     @Nullable UUID createdBy, Instant createdAt, @Nullable Instant lastUsedAt,
                     @Nullable Instant revokedAt) {
}
