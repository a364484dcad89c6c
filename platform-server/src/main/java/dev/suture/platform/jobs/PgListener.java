package dev.suture.platform.jobs;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds one connection that {@code LISTEN}s on a few PostgreSQL channels and hands each notification's payload to
 * the channel's handler, on its own daemon thread. A broken connection is replaced after a short pause; what was
 * notified meanwhile is lost, which is why every user of a notification also has a slower fallback (polling).
 */
public final class PgListener implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PgListener.class);
    private static final int WAIT_MILLIS = 500;

    private final DataSource dataSource;
    private final Map<String, Consumer<String>> handlers;
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * @param dataSource a plain (not transaction-aware) data source; the listener keeps one of its connections
     * @param handlers   channel name (a plain identifier) to what to do with a payload; handlers must be quick
     */
    public PgListener(DataSource dataSource, Map<String, Consumer<String>> handlers, String threadName) {
        this.dataSource = dataSource;
        this.handlers = Map.copyOf(handlers);
        handlers.keySet().forEach(channel -> {
            if (!channel.matches("[a-z_][a-z0-9_]*")) {
                throw new IllegalArgumentException("Channel names must be lower-case identifiers: " + channel);
            }
        });
        this.thread = new Thread(this::run, threadName);
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    private void run() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement s = connection.createStatement()) {
                    for (String channel : handlers.keySet()) {
                        s.execute("LISTEN " + channel);
                    }
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            dispatch(n);
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warn("Listening for PostgreSQL notifications failed; retrying in 1 s", e);
                    pause();
                }
            }
        }
    }

    private void dispatch(PGNotification n) {
        Consumer<String> handler = handlers.get(n.getName());
        if (handler == null) {
            return;
        }
        try {
            handler.accept(n.getParameter());
        } catch (RuntimeException e) {
            LOG.warn("Handling a notification on {} failed", n.getName(), e);
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Stops listening and returns the connection (within about half a second). */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(2 * WAIT_MILLIS + 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
