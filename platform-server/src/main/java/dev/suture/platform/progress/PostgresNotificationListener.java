package dev.suture.platform.progress;

import io.micronaut.context.annotation.Property;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link NotificationListener} on a dedicated JDBC connection (not one of the pool's: it is held for the life of the
 * process), opened lazily by the first {@link #listen}. One daemon thread waits for notifications, issues the
 * {@code LISTEN}s of newly added channels between waits, checks the connection with {@code SELECT 1} every
 * {@value #PING_SECONDS} s (a silently dropped TCP connection would otherwise wait forever), and reconnects with
 * a growing pause (0.5 s up to 10 s) when anything fails.
 */
@Singleton
final class PostgresNotificationListener implements NotificationListener {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresNotificationListener.class);
    private static final Pattern CHANNEL = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final int WAIT_MILLIS = 250;
    private static final int PING_SECONDS = 15;
    private static final Duration MAX_PAUSE = Duration.ofSeconds(10);

    private final String url;
    private final Properties credentials = new Properties();
    private final Map<String, List<NotificationHandler>> handlers = new ConcurrentHashMap<>();
    /** Channels known to the current connection; cleared on reconnect so every channel is listened to again. */
    private final Map<String, Boolean> listening = new ConcurrentHashMap<>();
    private volatile Thread thread;
    private volatile boolean stopped;

    PostgresNotificationListener(@Property(name = "datasources.default.url") String url,
                                 @Property(name = "datasources.default.username", defaultValue = "postgres") String user,
                                 @Property(name = "datasources.default.password", defaultValue = "") String password) {
        this.url = url;
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        credentials.setProperty("tcpKeepAlive", "true");
        credentials.setProperty("ApplicationName", "suture-listener");
    }

    @Override
    public AutoCloseable listen(String channel, NotificationHandler handler) {
        if (channel == null || !CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("Channel name '" + channel
                    + "' is not a plain lower-case identifier (letters, digits, _; at most 63)");
        }
        handlers.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(handler);
        if (listening.containsKey(channel)) {
            listeningNow(handler); // the channel was listened to already; a second call later does no harm
        }
        start();
        return () -> handlers.getOrDefault(channel, List.of()).remove(handler);
    }

    private synchronized void start() {
        if (thread == null && !stopped) {
            thread = new Thread(this::run, "suture-notification-listener");
            thread.setDaemon(true);
            thread.start();
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        stopped = true;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            t.join(2_000);
        }
    }

    private void run() {
        Duration pause = Duration.ofMillis(500);
        boolean reconnecting = false;
        while (!stopped) {
            try (Connection connection = DriverManager.getConnection(url, credentials)) {
                listening.clear();
                subscribeNewChannels(connection);
                if (reconnecting) {
                    LOG.info("Notification listener reconnected to PostgreSQL");
                }
                pause = Duration.ofMillis(500);
                reconnecting = true;
                receive(connection);
            } catch (SQLException | RuntimeException e) {
                if (stopped) {
                    return;
                }
                LOG.warn("Notification listener lost its PostgreSQL connection ({}); retrying in {} ms",
                        e.getMessage(), pause.toMillis());
                reconnecting = true;
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    /** Waits for notifications until the connection fails or the listener stops. */
    private void receive(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        long nextPing = System.nanoTime() + Duration.ofSeconds(PING_SECONDS).toNanos();
        while (!stopped) {
            PGNotification[] received = pg.getNotifications(WAIT_MILLIS);
            if (received != null) {
                for (PGNotification n : received) {
                    deliver(n.getName(), n.getParameter());
                }
            }
            subscribeNewChannels(connection);
            if (System.nanoTime() - nextPing > 0) {
                try (Statement s = connection.createStatement()) {
                    s.setQueryTimeout(10);
                    s.execute("SELECT 1");
                }
                nextPing = System.nanoTime() + Duration.ofSeconds(PING_SECONDS).toNanos();
            }
        }
    }

    private void subscribeNewChannels(Connection connection) throws SQLException {
        for (String channel : handlers.keySet()) {
            if (listening.putIfAbsent(channel, Boolean.TRUE) == null) {
                try (Statement s = connection.createStatement()) {
                    s.execute("LISTEN " + channel); // checked against CHANNEL in listen(): no injection possible
                } catch (SQLException e) {
                    listening.remove(channel);
                    throw e;
                }
                handlers.getOrDefault(channel, List.of()).forEach(PostgresNotificationListener::listeningNow);
            }
        }
    }

    private void deliver(String channel, String payload) {
        for (NotificationHandler h : handlers.getOrDefault(channel, List.of())) {
            try {
                h.onNotification(payload);
            } catch (RuntimeException e) {
                LOG.warn("Handler of channel {} failed on a notification", channel, e);
            }
        }
    }

    private static void listeningNow(NotificationHandler h) {
        try {
            h.onListening();
        } catch (RuntimeException e) {
            LOG.warn("Handler failed when its channel was listened to", e);
        }
    }
}
