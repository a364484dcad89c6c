package dev.suture.platform.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ProjectRepository extends CrudRepository<Project, UUID> {

    @Query("SELECT count(*) FROM projects WHERE organization_id = :organizationId")
    long countByOrganization(UUID organizationId);

    @Query("SELECT EXISTS (SELECT 1 FROM projects WHERE organization_id = :organizationId AND lower(name) = lower(:name) "
            + "AND id <> :excludeId)")
    boolean nameTaken(UUID organizationId, String name, UUID excludeId);

    /** Projects the user may see: all of an organisation they own or administer, else those they are a member of. */
    @Query("SELECT p.* FROM projects p JOIN organization_members om ON om.organization_id = p.organization_id "
            + "AND om.user_id = :userId "
            + "WHERE (om.role IN ('OWNER', 'ADMIN') OR EXISTS (SELECT 1 FROM project_members pm "
            + "WHERE pm.project_id = p.id AND pm.user_id = :userId)) "
            + "AND (CAST(:organizationId AS uuid) IS NULL OR p.organization_id = CAST(:organizationId AS uuid)) "
            + "AND (:includeArchived OR p.archived_at IS NULL) ORDER BY p.created_at, p.id")
    List<Project> findVisible(UUID userId, @Nullable String organizationId, boolean includeArchived);
}
