package dev.suture.platform.auth;

import dev.suture.platform.audit.AuditTrail;
import dev.suture.platform.auth.AuthPayloads.LoginResponse;
import dev.suture.platform.common.ClientInfo;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.common.SecretTokens;
import dev.suture.platform.user.User;
import dev.suture.platform.user.UserRepository;
import dev.suture.platform.user.UserView;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Sessions: a login starts a refresh-token family; each refresh rotates the token; presenting a token that was
 * already rotated means it was stolen or replayed, so the whole family is revoked. Everything is in PostgreSQL.
 */
@Singleton
class SessionService {

    private final RefreshTokenRepository tokens;
    private final UserRepository users;
    private final JwtService jwt;
    private final AuthConfig config;
    private final AuditTrail audit;

    SessionService(RefreshTokenRepository tokens, UserRepository users, JwtService jwt, AuthConfig config,
                   AuditTrail audit) {
        this.tokens = tokens;
        this.users = users;
        this.jwt = jwt;
        this.config = config;
        this.audit = audit;
    }

    @Transactional
    LoginResponse start(User user, ClientInfo client, String method) {
        UUID family = UUID.randomUUID();
        String refresh = issue(user.id(), family);
        audit.recordAuth(user.id(), "auth.login", client, Map.of("method", method));
        return LoginResponse.session(jwt.accessToken(user.id(), family, user.isAdmin()), refresh,
                jwt.accessTtlSeconds(), UserView.of(user));
    }

    @Transactional(noRollbackFor = ProblemException.class)
    LoginResponse refresh(String refreshToken, ClientInfo client) {
        RefreshToken row = tokens.findForUpdate(SecretTokens.hash(refreshToken))
                .orElseThrow(() -> invalid());
        if (row.revokedAt() != null) {
            throw invalid();
        }
        if (row.rotatedAt() != null) {
            tokens.revokeFamily(row.familyId());
            audit.recordAuth(row.userId(), "auth.refresh_reuse_detected", client,
                    Map.of("family", row.familyId().toString()));
            throw invalid();
        }
        if (row.expiresAt().isBefore(Instant.now())) {
            throw invalid();
        }
        User user = users.findById(row.userId()).orElseThrow(SessionService::invalid);
        tokens.markRotated(row.id());
        String next = issue(user.id(), row.familyId());
        return LoginResponse.session(jwt.accessToken(user.id(), row.familyId(), user.isAdmin()), next,
                jwt.accessTtlSeconds(), UserView.of(user));
    }

    /** Revokes the family of the given refresh token and/or of the caller's current session. */
    @Transactional
    void logout(String refreshToken, UUID userId, UUID sessionId, ClientInfo client) {
        UUID loggedOut = userId;
        if (refreshToken != null && !refreshToken.isBlank()) {
            RefreshToken row = tokens.findForUpdate(SecretTokens.hash(refreshToken)).orElse(null);
            if (row != null && (userId == null || row.userId().equals(userId))) {
                tokens.revokeFamily(row.familyId());
                loggedOut = row.userId();
            }
        }
        if (sessionId != null) {
            tokens.revokeFamily(sessionId);
        }
        if (loggedOut != null) {
            audit.recordAuth(loggedOut, "auth.logout", client, null);
        }
    }

    /** Ends every session of a user (password change or reset). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void revokeAll(UUID userId) {
        tokens.revokeAllOfUser(userId);
    }

    boolean isActive(UUID sessionId, UUID userId) {
        return tokens.isSessionActive(sessionId, userId);
    }

    private String issue(UUID userId, UUID family) {
        String token = SecretTokens.random();
        Instant now = Instant.now();
        tokens.save(new RefreshToken(UUID.randomUUID(), userId, family, SecretTokens.hash(token),
                now.plus(config.refreshTokenTtl()), now, null, null));
        return token;
    }

    private static ProblemException invalid() {
        return ProblemException.unauthorized("The refresh token is invalid, expired or revoked; sign in again");
    }
}
