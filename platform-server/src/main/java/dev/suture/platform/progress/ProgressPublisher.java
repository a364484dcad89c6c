package dev.suture.platform.progress;

/**
 * Sends progress events to every live subscriber of the event's project and execution, in whichever server process
 * they are connected. Delivery is best effort (the stored results stay the source of truth): an event that cannot
 * be sent is logged and dropped.
 */
public interface ProgressPublisher {

    /** Queues the event and returns at once; never throws and never waits for the database. */
    void publish(ProgressEvent event);
}
