package dev.suture.platform.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import dev.suture.platform.progress.NotificationListener;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

/**
 * Runs the job engine in this process: starts it once the context is up (Flyway has created its table by then,
 * when the data source was built) and stops it when the context closes, before the connection pool does, so
 * running jobs finish or are given up cleanly. (Stopping it inside the {@code ShutdownEvent} listeners, next to
 * Micronaut's graceful HTTP shutdown, is no better: bean destruction comes after the requests in flight.)
 * A NOTIFY on {@link Jobs#WAKE_CHANNEL} makes it look for due jobs at once, so a job queued by any process starts
 * within milliseconds.
 */
@Singleton
@Requires(property = "suture.worker.enabled", notEquals = "false")
class JobEngine {

    private final Scheduler scheduler;
    private final NotificationListener notifications;
    private AutoCloseable wakeUps;

    JobEngine(Scheduler scheduler, NotificationListener notifications) {
        this.scheduler = scheduler;
        this.notifications = notifications;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        scheduler.start();
        wakeUps = notifications.listen(Jobs.WAKE_CHANNEL, new NotificationListener.NotificationHandler() {
            @Override
            public void onNotification(String payload) {
                scheduler.triggerCheckForDueExecutions();
            }

            @Override
            public void onListening() {
                // a job queued before the LISTEN took effect (at start-up, or while reconnecting) sent its wake-up
                // to nobody: look now rather than at the next poll
                scheduler.triggerCheckForDueExecutions();
            }
        });
    }

    /** Runs after the HTTP server's graceful shutdown and before the data source this depends on is closed. */
    @PreDestroy
    void stop() throws Exception {
        if (wakeUps != null) {
            wakeUps.close();
        }
        scheduler.stop();
    }
}
