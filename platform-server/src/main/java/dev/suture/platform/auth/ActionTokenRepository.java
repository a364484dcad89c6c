package dev.suture.platform.auth;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ActionTokenRepository extends CrudRepository<ActionToken, UUID> {

    @Query("SELECT * FROM user_action_tokens WHERE token_hash = :tokenHash AND purpose = :purpose "
            + "AND used_at IS NULL AND expires_at > now() FOR UPDATE")
    Optional<ActionToken> findUsable(String tokenHash, String purpose);

    @Query("UPDATE user_action_tokens SET used_at = now() WHERE id = :id")
    void markUsed(UUID id);

    /** Issuing a new token of a purpose voids the older ones of the same user. */
    @Query("UPDATE user_action_tokens SET used_at = now() WHERE user_id = :userId AND purpose = :purpose "
            + "AND used_at IS NULL")
    void voidOpen(UUID userId, String purpose);

    @Query("UPDATE user_action_tokens SET used_at = now() WHERE purpose = 'ADMIN_SETUP' AND used_at IS NULL")
    void voidAdminSetup();
}
