package dev.suture.platform.organization;

import dev.suture.platform.access.OrgRole;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OrganizationMemberRepository extends CrudRepository<OrganizationMember, OrganizationMember.Key> {

    @Query("SELECT role FROM organization_members WHERE organization_id = :organizationId AND user_id = :userId")
    Optional<OrgRole> findRole(UUID organizationId, UUID userId);

    @Query("SELECT * FROM organization_members WHERE organization_id = :organizationId ORDER BY created_at, user_id")
    List<OrganizationMember> findByOrganization(UUID organizationId);

    @Query("SELECT count(*) FROM organization_members WHERE organization_id = :organizationId")
    long countByOrganization(UUID organizationId);

    @Query("SELECT count(*) FROM organization_members WHERE organization_id = :organizationId AND role = 'OWNER'")
    long countOwners(UUID organizationId);

    @Query("UPDATE organization_members SET role = :role WHERE organization_id = :organizationId AND user_id = :userId")
    void updateRole(UUID organizationId, UUID userId, String role);

    @Query("DELETE FROM organization_members WHERE organization_id = :organizationId AND user_id = :userId")
    void remove(UUID organizationId, UUID userId);
}
