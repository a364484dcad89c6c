package dev.suture.platform.auth;

import dev.suture.platform.common.ProblemException;
import dev.suture.platform.common.SecretTokens;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Issues and consumes single-use tokens. Callers run inside their own transaction. */
@Singleton
class ActionTokens {

    private final ActionTokenRepository repository;

    ActionTokens(ActionTokenRepository repository) {
        this.repository = repository;
    }

    /** Returns the clear token (to mail or print); only its hash is stored. */
    String issue(@Nullable UUID userId, ActionPurpose purpose, Duration ttl) {
        if (userId != null) {
            repository.voidOpen(userId, purpose.name());
        }
        String token = SecretTokens.random();
        Instant now = Instant.now();
        repository.save(new ActionToken(UUID.randomUUID(), userId, purpose, SecretTokens.hash(token),
                now.plus(ttl), null, now));
        return token;
    }

    /** Marks the token used and returns it; 400 when unknown, used or expired. */
    ActionToken consume(String token, ActionPurpose purpose, String field) {
        if (token == null || token.isBlank() || token.length() > 200) {
            throw ProblemException.invalidField(field, "is missing or malformed");
        }
        ActionToken row = repository.findUsable(SecretTokens.hash(token), purpose.name())
                .orElseThrow(() -> ProblemException.badRequest("invalid-token",
                        "The " + field + " is unknown, already used or expired; request a new one"));
        repository.markUsed(row.id());
        return row;
    }

    void voidAdminSetup() {
        repository.voidAdminSetup();
    }
}
