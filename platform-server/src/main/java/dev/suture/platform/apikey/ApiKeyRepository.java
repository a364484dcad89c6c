package dev.suture.platform.apikey;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ApiKeyRepository extends CrudRepository<ApiKey, UUID> {

    @Query("SELECT k.* FROM api_keys k JOIN projects p ON p.id = k.project_id "
            + "WHERE k.key_hash = :keyHash AND k.revoked_at IS NULL AND p.archived_at IS NULL")
    Optional<ApiKey> findActiveByHash(String keyHash);

    @Query("SELECT * FROM api_keys WHERE project_id = :projectId ORDER BY created_at, id")
    List<ApiKey> findByProject(UUID projectId);

    /** Records use at most once a minute, so a busy CI key does not write on every request. */
    @Query("UPDATE api_keys SET last_used_at = now() WHERE id = :id "
            + "AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')")
    void touch(UUID id);

    @Query("UPDATE api_keys SET revoked_at = now() WHERE id = :id AND revoked_at IS NULL")
    void revoke(UUID id);
}
