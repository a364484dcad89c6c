package dev.suture.platform.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Runs the job engine in this process: starts it once the context is up (Flyway has created its table by then,
 * when the data source was built) and stops it on {@link ShutdownEvent}, before the connection pool closes, so
 * running jobs finish or are given up cleanly. A NOTIFY on {@link Jobs#WAKE_CHANNEL} makes it look for due jobs
 * at once, so a job queued by any process starts within milliseconds.
 */
@Singleton
@Requires(property = "suture.worker.enabled", notEquals = "false")
class JobEngine {

    private final Scheduler scheduler;
    private final PgListener wakeUps;

    JobEngine(Scheduler scheduler, DataSource dataSource) {
        this.scheduler = scheduler;
        this.wakeUps = new PgListener(DelegatingDataSource.unwrapDataSource(dataSource),
                Map.of(Jobs.WAKE_CHANNEL, payload -> scheduler.triggerCheckForDueExecutions()), "suture-job-wakeups");
    }

    @EventListener
    void onStartup(StartupEvent event) {
        scheduler.start();
        wakeUps.start();
    }

    @EventListener
    void onShutdown(ShutdownEvent event) {
        wakeUps.close();
        scheduler.stop();
    }
}
