package dev.suture.platform.audit;

import dev.suture.platform.common.PageResponse;
import dev.suture.platform.common.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import java.time.Instant;

/**
 * What every audit listing shares once it knows whose events the caller may read: the optional action and time
 * range filters ({@code from} inclusive, {@code to} exclusive), checked paging, newest first.
 */
final class AuditQuery {

    private AuditQuery() {
    }

    static PageResponse<AuditLog> page(AuditLogRepository logs, PredicateSpecification<AuditLog> scope,
                                       @Nullable String action, @Nullable Instant from, @Nullable Instant to,
                                       int page, int size) {
        PageResponse.checkedPage(page);
        PageResponse.checkedSize(size);
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.invalidField("from", "must not be after 'to'");
        }
        PredicateSpecification<AuditLog> spec = scope;
        if (action != null && !action.isBlank()) {
            spec = spec.and((root, cb) -> cb.equal(root.get("action"), action));
        }
        if (from != null) {
            spec = spec.and((root, cb) -> cb.greaterThanOrEqualTo(root.get("occurredAt"), from));
        }
        if (to != null) {
            spec = spec.and((root, cb) -> cb.lessThan(root.get("occurredAt"), to));
        }
        Page<AuditLog> result = logs.findAll(spec, Pageable.from(page, size,
                Sort.of(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"))));
        return new PageResponse<>(result.getContent(), page, size, result.getTotalSize());
    }
}
