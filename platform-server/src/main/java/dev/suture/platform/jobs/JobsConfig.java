package dev.suture.platform.jobs;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code suture.jobs.*}: how this process talks to the job engine's table.
 *
 * @param pollingInterval       how often an idle worker looks for due jobs on its own; new jobs normally wake it at
 *                              once through a PostgreSQL NOTIFY, so this only matters if a notification is lost
 * @param heartbeatInterval     how often a running job's claim is renewed
 * @param missedHeartbeatsLimit after this many missed heartbeats (at least 4, db-scheduler refuses less) another
 *                              worker takes the job over (a killed
 *                              worker's jobs restart after about {@code heartbeatInterval * missedHeartbeatsLimit})
 * @param shutdownMaxWait       how long a stopping process waits for its running jobs before it gives up on them
 */
@ConfigurationProperties("suture.jobs")
public record JobsConfig(@Bindable(defaultValue = "10s") Duration pollingInterval,
                         @Bindable(defaultValue = "5s") Duration heartbeatInterval,
                         @Bindable(defaultValue = "6") int missedHeartbeatsLimit,
                         @Bindable(defaultValue = "20s") Duration shutdownMaxWait) {
}
