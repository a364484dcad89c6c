package dev.suture.platform.auth;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;

/** {@code suture.auth.*}: token lifetimes, the JWT key and the bcrypt cost. */
@ConfigurationProperties("suture.auth")
public record AuthConfig(@Nullable String jwtSecret, Duration accessTokenTtl, Duration refreshTokenTtl,
                         int bcryptCost, Duration resetTokenTtl, Duration verificationTokenTtl,
                         Duration adminSetupTokenTtl) {
}
