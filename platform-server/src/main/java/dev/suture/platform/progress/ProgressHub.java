package dev.suture.platform.progress;

import io.micronaut.context.annotation.Context;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This process's relay from the {@code suture_progress} channel to its local subscribers, each registered for one
 * project (every execution of it) or one execution. Created at start-up ({@link Context}) so the channel is already
 * listened to when the first subscriber arrives. Subscribers run on the listener's thread and must not block.
 */
@Context
final class ProgressHub {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressHub.class);

    private final JsonMapper json;
    private final Map<UUID, Set<Consumer<ProgressEvent>>> byProject = new ConcurrentHashMap<>();
    private final Map<UUID, Set<Consumer<ProgressEvent>>> byExecution = new ConcurrentHashMap<>();

    ProgressHub(NotificationListener listener, JsonMapper json) {
        this.json = json;
        listener.listen(PostgresProgressPublisher.CHANNEL, this::onPayload);
    }

    /** Delivers every later event of the project's executions; closing the answer ends it. */
    AutoCloseable subscribeProject(UUID projectId, Consumer<ProgressEvent> subscriber) {
        return add(byProject, projectId, subscriber);
    }

    /** Delivers every later event of the execution; closing the answer ends it. */
    AutoCloseable subscribeExecution(UUID executionId, Consumer<ProgressEvent> subscriber) {
        return add(byExecution, executionId, subscriber);
    }

    private static AutoCloseable add(Map<UUID, Set<Consumer<ProgressEvent>>> map, UUID key,
                                     Consumer<ProgressEvent> subscriber) {
        map.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(subscriber);
        return () -> map.computeIfPresent(key, (k, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    private void onPayload(String payload) {
        ProgressEvent event;
        try {
            event = json.readValue(payload.getBytes(StandardCharsets.UTF_8), Argument.of(ProgressEvent.class));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring a malformed progress notification: {}", e.getMessage());
            return;
        }
        deliver(byProject.get(event.projectId()), event);
        deliver(byExecution.get(event.executionId()), event);
    }

    private static void deliver(Set<Consumer<ProgressEvent>> subscribers, ProgressEvent event) {
        if (subscribers == null) {
            return;
        }
        for (Consumer<ProgressEvent> s : subscribers) {
            try {
                s.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("A progress subscriber failed", e);
            }
        }
    }
}
