package dev.suture.platform.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import dev.suture.platform.common.SecretTokens;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Signs and checks access tokens (HS256). The key is {@code suture.auth.jwt-secret}, or, when unset, a random
 * key generated once and kept in PostgreSQL so that every instance and every restart shares it.
 */
@Singleton
public class JwtService {

    static final String ISSUER = "suture";
    static final String ACCESS = "access";
    static final String TWO_FACTOR = "2fa";
    private static final String SECRET_NAME = "jwt-hmac-key";

    private final Algorithm algorithm;
    private final JWTVerifier verifier;
    private final Duration accessTtl;

    JwtService(AuthConfig config, ServerSecretRepository secrets) {
        String key = config.jwtSecret();
        if (key == null || key.isBlank()) {
            secrets.insertIfAbsent(SECRET_NAME, SecretTokens.random() + SecretTokens.random());
            key = secrets.findValue(SECRET_NAME).orElseThrow();
        } else if (key.length() < 32) {
            throw new IllegalStateException("suture.auth.jwt-secret (SUTURE_JWT_SECRET) must be at least 32 "
                    + "characters; leave it empty to have one generated and stored in the database");
        }
        this.algorithm = Algorithm.HMAC256(key);
        this.verifier = JWT.require(algorithm).withIssuer(ISSUER).acceptLeeway(5).build();
        this.accessTtl = config.accessTokenTtl();
    }

    public String accessToken(UUID userId, UUID sessionId, boolean admin) {
        Instant now = Instant.now();
        return JWT.create().withIssuer(ISSUER).withSubject(userId.toString()).withClaim("typ", ACCESS)
                .withClaim("sid", sessionId.toString()).withClaim("adm", admin)
                .withIssuedAt(now).withExpiresAt(now.plus(accessTtl)).sign(algorithm);
    }

    /** A short-lived token proving the password step of a two-factor login. */
    public String twoFactorChallenge(UUID userId) {
        Instant now = Instant.now();
        return JWT.create().withIssuer(ISSUER).withSubject(userId.toString()).withClaim("typ", TWO_FACTOR)
                .withIssuedAt(now).withExpiresAt(now.plus(Duration.ofMinutes(5))).sign(algorithm);
    }

    public long accessTtlSeconds() {
        return accessTtl.toSeconds();
    }

    /** The verified token of the given type, or empty when it is forged, expired or of another type. */
    public Optional<DecodedJWT> verify(String token, String type) {
        try {
            DecodedJWT jwt = verifier.verify(token);
            if (!type.equals(jwt.getClaim("typ").asString())) {
                return Optional.empty();
            }
            UUID.fromString(jwt.getSubject());
            return Optional.of(jwt);
        } catch (JWTVerificationException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
