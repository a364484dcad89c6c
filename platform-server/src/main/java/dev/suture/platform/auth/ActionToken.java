package dev.suture.platform.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code user_action_tokens}: single-use, expiring, stored as a SHA-256. */
@MappedEntity("user_action_tokens")
record ActionToken(@Id UUID id, @Nullable UUID userId, ActionPurpose purpose, String tokenHash, Instant expiresAt,
                   @Nullable Instant usedAt, Instant createdAt) {
}
