package dev.suture.platform.web;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/** Rows of the dashboard's tables: public so that the precompiled templates can read them. */
public final class Rows {

    private Rows() {
    }

    /** A member of an organisation or project. */
    public record Member(UUID userId, String name, String email, String role, Instant since, boolean me) {
    }

    /** One entry of the audit trail, with the acting user's e-mail resolved. */
    public record Audit(Instant at, String who, String action, String resource, String changes,
                        @Nullable String ip) {
    }

    /** A project API key as listed (never the key itself). */
    public record Key(UUID id, String name, String prefix, Instant createdAt, @Nullable Instant lastUsedAt,
                      @Nullable Instant revokedAt) {
    }
}
