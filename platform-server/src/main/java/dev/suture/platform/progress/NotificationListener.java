package dev.suture.platform.progress;

/**
 * The process's one PostgreSQL connection that {@code LISTEN}s. Any feature may listen on its own channel (for
 * example a job engine woken by {@code NOTIFY}); the connection is reopened after a failure, and every handler is
 * told through {@link NotificationHandler#onListening()} each time its channel starts being listened to, since
 * notifications sent before that were not received.
 */
public interface NotificationListener {

    /**
     * Starts delivering the channel's notifications to the handler, on the listener's thread (keep it short: hand
     * slow work to another thread). The channel name must be a plain lower-case identifier.
     *
     * @return closing it stops the delivery to this handler
     */
    AutoCloseable listen(String channel, NotificationHandler handler);

    /** Receives the notifications of one channel. */
    interface NotificationHandler {

        void onNotification(String payload);

        /**
         * Called each time the channel starts being listened to: soon after {@link #listen} (the {@code LISTEN}
         * runs on the listener's own connection, a moment later) and again after every reconnect. Notifications
         * sent before that moment were not received: catch up here.
         */
        default void onListening() {
        }
    }
}
