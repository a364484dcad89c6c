package dev.suture.platform.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code refresh_tokens}; only the SHA-256 of the token is stored. */
@MappedEntity("refresh_tokens")
record RefreshToken(@Id UUID id, UUID userId, UUID familyId, String tokenHash, Instant expiresAt, Instant createdAt,
                    @Nullable Instant rotatedAt, @Nullable Instant revokedAt) {
}
