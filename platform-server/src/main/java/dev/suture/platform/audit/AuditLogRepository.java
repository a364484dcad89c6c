package dev.suture.platform.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditLogRepository extends CrudRepository<AuditLog, UUID>, JpaSpecificationExecutor<AuditLog> {

    long countByUserIdAndAction(UUID userId, String action);
}
