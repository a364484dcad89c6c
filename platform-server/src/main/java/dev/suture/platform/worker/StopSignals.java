package dev.suture.platform.worker;

import dev.suture.platform.progress.NotificationListener;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which executions were stopped, as heard on {@link ExecutionQueue#STOP_CHANNEL}. A running test checks before each
 * step and ends at once when its execution is in here; Playwright objects are not thread-safe, so the test's own
 * thread does the stopping, within one step (each action is bounded by the action timeout).
 */
@Singleton
class StopSignals {

    private static final long KEEP_MILLIS = 3_600_000;
    private final Map<UUID, Long> stopped = new ConcurrentHashMap<>();

    StopSignals(NotificationListener notifications) {
        notifications.listen(ExecutionQueue.STOP_CHANNEL, payload -> {
            long now = System.currentTimeMillis();
            stopped.values().removeIf(at -> now - at > KEEP_MILLIS);
            stopped.put(UUID.fromString(payload), now);
        });
    }

    boolean isStopped(UUID executionId) {
        return stopped.containsKey(executionId);
    }
}
