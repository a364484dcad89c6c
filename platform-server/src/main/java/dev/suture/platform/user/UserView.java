package dev.suture.platform.user;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** A user as the API shows it: never the password hash or the TOTP secret. */
@Serdeable
public record UserView(UUID id, String email, String name, SystemRole systemRole, boolean emailVerified,
                       boolean twoFactorEnabled, Instant createdAt) {

    public static UserView of(User user) {
        return new UserView(user.id(), user.email(), user.name(), user.systemRole(), user.emailVerifiedAt() != null,
                user.totpEnabled(), user.createdAt());
    }
}
