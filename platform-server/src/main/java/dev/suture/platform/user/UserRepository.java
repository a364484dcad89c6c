package dev.suture.platform.user;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import io.micronaut.data.annotation.Query;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UserRepository extends PageableRepository<User, UUID> {

    Optional<User> findByEmail(String email);

    boolean existsByEmail(String email);

    long countBySystemRole(SystemRole systemRole);

    /** True when both users belong to at least one common organisation. */
    @Query("SELECT EXISTS (SELECT 1 FROM organization_members a JOIN organization_members b "
            + "ON a.organization_id = b.organization_id WHERE a.user_id = :first AND b.user_id = :second)")
    boolean shareOrganization(UUID first, UUID second);

    /** True when the user is the only owner of some organisation (deleting them would orphan it). */
    @Query("SELECT EXISTS (SELECT 1 FROM organization_members m WHERE m.user_id = :userId AND m.role = 'OWNER' "
            + "AND (SELECT count(*) FROM organization_members o WHERE o.organization_id = m.organization_id "
            + "AND o.role = 'OWNER') = 1)")
    boolean isSoleOwnerSomewhere(UUID userId);
}
