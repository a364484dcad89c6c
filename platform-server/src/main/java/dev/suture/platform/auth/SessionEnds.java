package dev.suture.platform.auth;

import dev.suture.platform.access.Caller;
import dev.suture.platform.progress.NotificationListener;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells long-lived connections (the progress WebSockets) that the session they were opened with has ended: signed
 * out, revoked by a password change or reset, or revoked for a replayed refresh token, in this server process or in
 * any other. The database announces every revocation on {@link #CHANNEL} (migration V52), so no revoking code path
 * has to remember to. A session that merely expires is not announced: its sockets live on until they close.
 */
@Singleton
public final class SessionEnds {

    /** Carries the family id (the session id) of every session whose refresh tokens were just revoked. */
    static final String CHANNEL = "suture_session_ended";
    private static final Logger LOG = LoggerFactory.getLogger(SessionEnds.class);

    private final SessionService sessions;
    private final ExecutorService blocking;
    private final Map<UUID, Set<Watch>> bySession = new ConcurrentHashMap<>();

    SessionEnds(SessionService sessions, NotificationListener notifications,
                @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.sessions = sessions;
        this.blocking = blocking;
        notifications.listen(CHANNEL, new NotificationListener.NotificationHandler() {
            @Override
            public void onNotification(String payload) {
                try {
                    end(UUID.fromString(payload.trim()));
                } catch (IllegalArgumentException e) {
                    LOG.warn("Ignoring a malformed session-ended notification: {}", e.getMessage());
                }
            }

            @Override
            public void onListening() {
                // a session revoked while nobody listened (start-up, a dropped connection) was not announced
                blocking.execute(SessionEnds.this::endRevoked);
            }
        });
    }

    private record Watch(UUID userId, Runnable onEnd) {
    }

    /**
     * Runs {@code onEnd} once, on a listener or pool thread, when the caller's session ends; nothing for callers
     * without a session (API keys). Runs it at once when the session has already ended.
     *
     * @return closing it stops watching (the connection closed for another reason)
     */
    public AutoCloseable watch(Caller caller, Runnable onEnd) {
        UUID sessionId = caller.sessionId();
        if (sessionId == null || caller.userId() == null) {
            return () -> { };
        }
        Watch watch = new Watch(caller.userId(), onEnd);
        bySession.computeIfAbsent(sessionId, id -> ConcurrentHashMap.newKeySet()).add(watch);
        // revoked between the handshake's check and now: the notification may have come before the watch
        if (!sessions.isActive(sessionId, caller.userId())) {
            end(sessionId);
        }
        return () -> bySession.computeIfPresent(sessionId, (id, watches) -> {
            watches.remove(watch);
            return watches.isEmpty() ? null : watches;
        });
    }

    private void end(UUID sessionId) {
        Set<Watch> watches = bySession.remove(sessionId);
        if (watches == null) {
            return;
        }
        for (Watch w : watches) {
            try {
                w.onEnd().run();
            } catch (RuntimeException e) {
                LOG.warn("Ending a connection of a closed session failed", e);
            }
        }
    }

    private void endRevoked() {
        bySession.forEach((sessionId, watches) -> {
            UUID userId = watches.stream().findAny().map(Watch::userId).orElse(null);
            if (userId != null && !sessions.isActive(sessionId, userId)) {
                end(sessionId);
            }
        });
    }
}
