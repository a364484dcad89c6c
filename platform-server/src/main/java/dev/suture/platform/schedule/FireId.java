package dev.suture.platform.schedule;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * One fire of a schedule, written as the db-scheduler instance id {@code <schedule-id>@<fire-time>}. The job
 * table's primary key (task name, instance id) makes a second enqueue of the same fire a no-op, so two server
 * instances that both see a schedule due cannot start it twice.
 */
public record FireId(UUID scheduleId, Instant fireAt) {

    public String instanceId() {
        return scheduleId + "@" + fireAt;
    }

    /** The inverse of {@link #instanceId()}; IllegalArgumentException for anything else. */
    public static FireId parse(String instanceId) {
        int at = instanceId.indexOf('@');
        if (at < 0) {
            throw new IllegalArgumentException("Not a schedule fire id (schedule-id@fire-time): " + instanceId);
        }
        try {
            return new FireId(UUID.fromString(instanceId.substring(0, at)),
                    Instant.parse(instanceId.substring(at + 1)));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a schedule fire id (schedule-id@fire-time): " + instanceId, e);
        }
    }
}
