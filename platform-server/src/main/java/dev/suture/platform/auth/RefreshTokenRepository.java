package dev.suture.platform.auth;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RefreshTokenRepository extends CrudRepository<RefreshToken, UUID> {

    /** Locks the row so that two concurrent refreshes of one token cannot both rotate it. */
    @Query("SELECT * FROM refresh_tokens WHERE token_hash = :tokenHash FOR UPDATE")
    Optional<RefreshToken> findForUpdate(String tokenHash);

    @Query("UPDATE refresh_tokens SET rotated_at = now() WHERE id = :id")
    void markRotated(UUID id);

    @Query("UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = :familyId AND revoked_at IS NULL")
    void revokeFamily(UUID familyId);

    @Query("UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = :userId AND revoked_at IS NULL")
    void revokeAllOfUser(UUID userId);

    /** A session (token family) is live while one of its tokens is not revoked: logout ends it at once. */
    @Query("SELECT EXISTS (SELECT 1 FROM refresh_tokens WHERE family_id = :familyId AND user_id = :userId "
            + "AND revoked_at IS NULL)")
    boolean isSessionActive(UUID familyId, UUID userId);

    @Query("UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = :userId AND family_id <> :keepFamilyId "
            + "AND revoked_at IS NULL")
    void revokeOthersOfUser(UUID userId, UUID keepFamilyId);
}
