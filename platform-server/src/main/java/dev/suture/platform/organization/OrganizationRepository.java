package dev.suture.platform.organization;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OrganizationRepository extends CrudRepository<Organization, UUID> {

    boolean existsBySlug(String slug);

    @Query("SELECT o.* FROM organizations o JOIN organization_members m ON m.organization_id = o.id "
            + "WHERE m.user_id = :userId ORDER BY o.created_at, o.id")
    List<Organization> findForMember(UUID userId);
}
