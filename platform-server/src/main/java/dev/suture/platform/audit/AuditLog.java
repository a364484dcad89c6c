package dev.suture.platform.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A row of {@code audit_logs}; {@code changes} holds {@code before} and {@code after} as JSON. */
@Serdeable
@MappedEntity("audit_logs")
public record AuditLog(@Id UUID id, Instant occurredAt, @Nullable UUID userId, @Nullable UUID organizationId,
                       String action, String resourceType, @Nullable String resourceId,
                       @Nullable @TypeDef(type = DataType.JSON) Map<String, Object> changes,
                       @Nullable String ipAddress, @Nullable String userAgent) {
}
