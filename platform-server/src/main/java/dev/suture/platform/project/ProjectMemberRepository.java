package dev.suture.platform.project;

import dev.suture.platform.access.ProjectRole;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ProjectMemberRepository extends CrudRepository<ProjectMember, ProjectMember.Key> {

    @Query("SELECT role FROM project_members WHERE project_id = :projectId AND user_id = :userId")
    Optional<ProjectRole> findRole(UUID projectId, UUID userId);

    @Query("SELECT * FROM project_members WHERE project_id = :projectId ORDER BY created_at, user_id")
    List<ProjectMember> findByProject(UUID projectId);

    @Query("UPDATE project_members SET role = :role WHERE project_id = :projectId AND user_id = :userId")
    void updateRole(UUID projectId, UUID userId, String role);

    @Query("DELETE FROM project_members WHERE project_id = :projectId AND user_id = :userId")
    void remove(UUID projectId, UUID userId);

    /** Leaving an organisation also ends every project membership inside it. */
    @Query("DELETE FROM project_members WHERE user_id = :userId AND project_id IN "
            + "(SELECT id FROM projects WHERE organization_id = :organizationId)")
    void removeFromOrganization(UUID organizationId, UUID userId);
}
