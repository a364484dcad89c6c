package dev.suture.platform.audit;

import dev.suture.platform.access.AccessService;
import dev.suture.platform.access.Caller;
import dev.suture.platform.access.OrgPermission;
import dev.suture.platform.common.PageResponse;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;

/** {@code GET /api/audit-logs}: an organisation's trail, newest first, for its owners and admins. */
@Controller("/api/audit-logs")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "audit")
class AuditController {

    private final AuditLogRepository logs;
    private final AccessService access;

    AuditController(AuditLogRepository logs, AccessService access) {
        this.logs = logs;
        this.access = access;
    }

    @Get
    PageResponse<AuditLog> list(@Parameter(hidden = true) Caller caller, @QueryValue UUID organizationId,
                                @QueryValue @Nullable UUID userId, @QueryValue @Nullable String action,
                                @QueryValue @Nullable String resourceType, @QueryValue @Nullable String resourceId,
                                @QueryValue @Nullable Instant from, @QueryValue @Nullable Instant to,
                                @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "50") int size) {
        access.requireOrg(caller, organizationId, OrgPermission.READ_AUDIT);
        PredicateSpecification<AuditLog> spec = (root, cb) -> cb.equal(root.get("organizationId"), organizationId);
        if (userId != null) {
            spec = spec.and((root, cb) -> cb.equal(root.get("userId"), userId));
        }
        if (resourceType != null && !resourceType.isBlank()) {
            spec = spec.and((root, cb) -> cb.equal(root.get("resourceType"), resourceType));
        }
        if (resourceId != null && !resourceId.isBlank()) {
            spec = spec.and((root, cb) -> cb.equal(root.get("resourceId"), resourceId));
        }
        return AuditQuery.page(logs, spec, action, from, to, page, size);
    }
}
