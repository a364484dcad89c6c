package dev.suture.platform.apikey;

import dev.suture.platform.access.AccessService;
import dev.suture.platform.access.Caller;
import dev.suture.platform.access.ProjectAccess;
import dev.suture.platform.access.ProjectPermission;
import dev.suture.platform.audit.AuditTrail;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.common.SecretTokens;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /api/projects/{projectId}/api-keys}: CI credentials of a project. The key is shown once, in the
 * answer to its creation; only its SHA-256 is stored. A key may read its own project and nothing else.
 */
@Controller("/api/projects/{projectId}/api-keys")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "api-keys")
class ApiKeyController {

    static final String PREFIX = "sut_";

    private final ApiKeyRepository keys;
    private final AccessService access;
    private final AuditTrail audit;

    ApiKeyController(ApiKeyRepository keys, AccessService access, AuditTrail audit) {
        this.keys = keys;
        this.access = access;
        this.audit = audit;
    }

    @Serdeable
    record CreateApiKey(@NotBlank @Size(max = 100) String name) {
    }

    @Serdeable
    record ApiKeyView(UUID id, UUID projectId, String name, String prefix, Instant createdAt,
                      @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

        static ApiKeyView of(ApiKey k) {
            return new ApiKeyView(k.id(), k.projectId(), k.name(), k.keyPrefix(), k.createdAt(), k.lastUsedAt(),
                    k.revokedAt());
        }
    }

    /** The only answer that ever contains the key itself. */
    @Serdeable
    record CreatedApiKey(UUID id, UUID projectId, String name, String prefix, String key, Instant createdAt) {
    }

    @Post
    @Transactional
    HttpResponse<CreatedApiKey> create(@Parameter(hidden = true) Caller caller, @PathVariable UUID projectId,
                                       @Body @Valid CreateApiKey body) {
        ProjectAccess a = access.requireWritableProject(caller, projectId, ProjectPermission.MANAGE_API_KEYS);
        String key = PREFIX + SecretTokens.random();
        String prefix = key.substring(0, PREFIX.length() + 6);
        ApiKey row = keys.save(new ApiKey(UUID.randomUUID(), projectId, body.name().trim(), prefix,
                SecretTokens.hash(key), caller.userId(), Instant.now(), null, null));
        audit.record(caller, a.project().organizationId(), "api_key.create", "api_key", row.id(), null,
                Map.of("projectId", projectId.toString(), "name", row.name(), "prefix", prefix));
        return HttpResponse.created(new CreatedApiKey(row.id(), projectId, row.name(), prefix, key, row.createdAt()));
    }

    @Get
    List<ApiKeyView> list(@Parameter(hidden = true) Caller caller, @PathVariable UUID projectId) {
        access.requireProject(caller, projectId, ProjectPermission.READ_API_KEYS);
        return keys.findByProject(projectId).stream().map(ApiKeyView::of).toList();
    }

    @Delete("/{keyId}")
    @Status(HttpStatus.NO_CONTENT)
    @Transactional
    void revoke(@Parameter(hidden = true) Caller caller, @PathVariable UUID projectId, @PathVariable UUID keyId) {
        ProjectAccess a = access.requireProject(caller, projectId, ProjectPermission.MANAGE_API_KEYS);
        ApiKey key = keys.findById(keyId).filter(k -> k.projectId().equals(projectId))
                .orElseThrow(() -> ProblemException.notFound("API key"));
        if (key.revokedAt() != null) {
            return;
        }
        keys.revoke(keyId);
        audit.record(caller, a.project().organizationId(), "api_key.revoke", "api_key", keyId,
                Map.of("name", key.name(), "prefix", key.keyPrefix()), Map.of("revoked", true));
    }
}
