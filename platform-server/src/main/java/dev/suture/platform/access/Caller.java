package dev.suture.platform.access;

import dev.suture.platform.common.ClientInfo;
import dev.suture.platform.common.ProblemException;
import io.micronaut.core.annotation.Nullable;
import java.util.UUID;

/**
 * Who is calling: a signed-in user (with the refresh-token family of their session) or a project API key.
 * Declaring a {@code Caller} parameter on a controller method is what makes the route require credentials.
 */
public record Caller(@Nullable UUID userId, @Nullable UUID sessionId, boolean systemAdmin, @Nullable UUID apiKeyId,
                     @Nullable UUID apiKeyProjectId, ClientInfo client) {

    public static Caller user(UUID userId, UUID sessionId, boolean admin, ClientInfo client) {
        return new Caller(userId, sessionId, admin, null, null, client);
    }

    public static Caller apiKey(UUID keyId, UUID projectId, ClientInfo client) {
        return new Caller(null, null, false, keyId, projectId, client);
    }

    public boolean isApiKey() {
        return apiKeyId != null;
    }

    /** The user id, or 403 for an API key: API keys only read their own project. */
    public UUID requireUser() {
        if (userId == null) {
            throw ProblemException.forbidden("Project API keys can only read their own project; "
                    + "this endpoint needs a signed-in user");
        }
        return userId;
    }
}
