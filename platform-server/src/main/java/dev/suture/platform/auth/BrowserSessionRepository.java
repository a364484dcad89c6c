package dev.suture.platform.auth;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/** Looks up the refresh token that a dashboard session cookie carries, without locking or rotating it. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface BrowserSessionRepository extends GenericRepository<RefreshToken, java.util.UUID> {

    @Query("SELECT * FROM refresh_tokens WHERE token_hash = :tokenHash AND revoked_at IS NULL "
            + "AND rotated_at IS NULL AND expires_at > now()")
    Optional<RefreshToken> findLive(String tokenHash);
}
