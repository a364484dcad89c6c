package dev.suture.platform.audit;

import dev.suture.platform.access.Caller;
import dev.suture.platform.common.PageResponse;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.common.SqlRunner;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /api/users/{userId}/audit-logs}: an account's own events, which belong to no organisation (sign-in,
 * failed sign-in, sign-out, two-factor enrolment, confirmation and removal, password change and reset, profile
 * changes): the rows with no organisation that the account made or that are about it. Readable by the account
 * itself, by a system admin, and by an OWNER or ADMIN of an organisation the account is a member of; another
 * member of a shared organisation gets 403, anyone else 404.
 */
@Controller("/api/users/{userId}/audit-logs")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "audit")
class AccountAuditController {

    private final AuditLogRepository logs;
    private final SqlRunner sql;

    AccountAuditController(AuditLogRepository logs, SqlRunner sql) {
        this.logs = logs;
        this.sql = sql;
    }

    @Get
    @Transactional(readOnly = true)
    @Operation(summary = "An account's own events (login, failed login, logout, 2FA, password), newest first")
    PageResponse<AuditLog> list(@Parameter(hidden = true) Caller caller, @PathVariable UUID userId,
                                @QueryValue @Nullable String action, @QueryValue @Nullable Instant from,
                                @QueryValue @Nullable Instant to, @QueryValue(defaultValue = "0") int page,
                                @QueryValue(defaultValue = "50") int size) {
        requireReader(caller, userId);
        String id = userId.toString();
        PredicateSpecification<AuditLog> own = (root, cb) -> cb.and(cb.isNull(root.get("organizationId")),
                cb.or(cb.equal(root.get("userId"), userId), cb.and(cb.equal(root.get("resourceType"), "user"),
                        cb.equal(root.get("resourceId"), id))));
        return AuditQuery.page(logs, own, action, from, to, page, size);
    }

    private void requireReader(Caller caller, UUID userId) {
        UUID me = caller.requireUser();
        if (me.equals(userId) || caller.systemAdmin()) {
            return;
        }
        // For each organisation the two share: is the caller an OWNER or ADMIN there?
        List<Boolean> shared = sql.query("SELECT mine.role IN ('OWNER', 'ADMIN') FROM organization_members mine "
                + "JOIN organization_members theirs ON theirs.organization_id = mine.organization_id "
                + "WHERE mine.user_id = ? AND theirs.user_id = ?", List.of(me, userId), rs -> rs.getBoolean(1));
        if (shared.isEmpty()) {
            throw ProblemException.notFound("User");
        }
        if (!shared.contains(Boolean.TRUE)) {
            throw ProblemException.forbidden("Only the account itself, a system admin, or an owner or admin of one "
                    + "of its organisations may read its account events");
        }
    }
}
