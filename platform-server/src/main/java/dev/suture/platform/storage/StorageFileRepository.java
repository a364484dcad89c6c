package dev.suture.platform.storage;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface StorageFileRepository extends CrudRepository<StorageFile, UUID> {

    @Query("SELECT * FROM storage_files WHERE project_id = :projectId AND sha256 = :sha256")
    Optional<StorageFile> findByHash(UUID projectId, String sha256);

    @Query("SELECT count(*) FROM storage_files WHERE sha256 = :sha256")
    long countBySha(String sha256);

    @Query("SELECT * FROM storage_files WHERE project_id = :projectId ORDER BY created_at DESC, id LIMIT :limit "
            + "OFFSET :offset")
    List<StorageFile> findPage(UUID projectId, int limit, long offset);

    @Query("SELECT count(*) FROM storage_files WHERE project_id = :projectId")
    long countByProject(UUID projectId);

    /** Inserts unless the project already has this content; two concurrent uploads of it keep one row. */
    @Query("INSERT INTO storage_files (id, project_id, sha256, size_bytes, content_type, name, created_by, created_at) "
            + "VALUES (:id, :projectId, :sha256, :sizeBytes, :contentType, :name, :createdBy, :createdAt) "
            + "ON CONFLICT (project_id, sha256) DO NOTHING")
    int insertIfAbsent(UUID id, UUID projectId, String sha256, long sizeBytes, String contentType, String name,
                       @io.micronaut.core.annotation.Nullable UUID createdBy, java.time.Instant createdAt);
}
