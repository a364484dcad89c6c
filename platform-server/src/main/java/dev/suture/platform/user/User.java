package dev.suture.platform.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code users}. The e-mail is stored lower-cased; the password only as a bcrypt hash. */
@MappedEntity("users")
public record User(@Id UUID id, String email, String name, String passwordHash, SystemRole systemRole,
                   @Nullable Instant emailVerifiedAt, @Nullable String totpSecret, boolean totpEnabled,
                   Instant createdAt, Instant updatedAt) {

    public boolean isAdmin() {
        return systemRole == SystemRole.ADMIN;
    }

    public User withName(String newName, Instant now) {
        return new User(id, email, newName, passwordHash, systemRole, emailVerifiedAt, totpSecret, totpEnabled,
                createdAt, now);
    }

    public User withEmail(String newEmail, Instant now) {
        return new User(id, newEmail, name, passwordHash, systemRole, null, totpSecret, totpEnabled, createdAt, now);
    }

    public User withPasswordHash(String hash, Instant now) {
        return new User(id, email, name, hash, systemRole, emailVerifiedAt, totpSecret, totpEnabled, createdAt, now);
    }

    public User withEmailVerified(Instant now) {
        return new User(id, email, name, passwordHash, systemRole, now, totpSecret, totpEnabled, createdAt, now);
    }

    public User withTotp(@Nullable String secret, boolean enabled, Instant now) {
        return new User(id, email, name, passwordHash, systemRole, emailVerifiedAt, secret, enabled, createdAt, now);
    }
}
