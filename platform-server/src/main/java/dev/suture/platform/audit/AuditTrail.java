package dev.suture.platform.audit;

import dev.suture.platform.access.Caller;
import dev.suture.platform.common.ClientInfo;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Writes audit rows. Called from inside the service transaction that makes the change
 * ({@code Propagation.MANDATORY}), so the change and its audit row commit or roll back together.
 */
@Singleton
public class AuditTrail {

    private final AuditLogRepository repository;

    AuditTrail(AuditLogRepository repository) {
        this.repository = repository;
    }

    /** Records a change made by a caller. {@code before}/{@code after} may be null (create, delete). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void record(Caller caller, @Nullable UUID organizationId, String action, String resourceType,
                       @Nullable Object resourceId, @Nullable Map<String, ?> before, @Nullable Map<String, ?> after) {
        write(caller.userId(), organizationId, action, resourceType, resourceId, before, after, caller.client());
    }

    /** Records an event of the authentication flow, where the user may not be known yet. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void recordAuth(@Nullable UUID userId, String action, ClientInfo client, @Nullable Map<String, ?> details) {
        write(userId, null, action, "user", userId, null, details, client);
    }

    /** Records a failed attempt in its own transaction: the request itself fails and rolls back. */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void recordAuthFailure(@Nullable UUID userId, String action, ClientInfo client,
                                  @Nullable Map<String, ?> details) {
        write(userId, null, action, "user", userId, null, details, client);
    }

    /** How many rows of an action a user has; for operators and tests. */
    public long countForUser(UUID userId, String action) {
        return repository.countByUserIdAndAction(userId, action);
    }

    private void write(@Nullable UUID userId, @Nullable UUID organizationId, String action, String resourceType,
                       @Nullable Object resourceId, @Nullable Map<String, ?> before, @Nullable Map<String, ?> after,
                       ClientInfo client) {
        Map<String, Object> changes = null;
        if (before != null || after != null) {
            changes = new LinkedHashMap<>();
            if (before != null) {
                changes.put("before", before);
            }
            if (after != null) {
                changes.put("after", after);
            }
        }
        repository.save(new AuditLog(UUID.randomUUID(), Instant.now(), userId, organizationId, action, resourceType,
                resourceId == null ? null : resourceId.toString(), changes, client.ip(), client.userAgent()));
    }
}
