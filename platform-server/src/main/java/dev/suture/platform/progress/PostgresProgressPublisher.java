package dev.suture.platform.progress;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ProgressPublisher} over PostgreSQL {@code NOTIFY}. {@link #publish} only puts the event in a bounded queue
 * ({@value #QUEUE_CAPACITY} events; when it is full the event is dropped and counted); one daemon thread sends what
 * is queued, up to {@value #BATCH} events per round trip with one {@code pg_notify} per event (one transaction, so
 * their order is kept). It uses a pool connection for each batch, never the caller's transaction: a subscriber
 * must not hear of results that are then rolled back, so callers publish after their commit.
 */
@Singleton
final class PostgresProgressPublisher implements ProgressPublisher {

    /** The NOTIFY channel of progress events. */
    static final String CHANNEL = "suture_progress";
    /** PostgreSQL refuses payloads of 8000 bytes or more. */
    static final int MAX_PAYLOAD_BYTES = 7999;
    private static final int QUEUE_CAPACITY = 10_000;
    private static final int BATCH = 200;
    private static final Logger LOG = LoggerFactory.getLogger(PostgresProgressPublisher.class);

    private final DataSource dataSource;
    private final JsonMapper json;
    private final BlockingQueue<ProgressEvent> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final AtomicLong dropped = new AtomicLong();
    private final Thread sender;
    private volatile boolean stopped;

    PostgresProgressPublisher(DataSource dataSource, JsonMapper json) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.json = json;
        this.sender = new Thread(this::run, "suture-progress-publisher");
        sender.setDaemon(true);
        sender.start();
    }

    @Override
    public void publish(ProgressEvent event) {
        if (event == null || stopped) {
            return;
        }
        if (!queue.offer(event) && dropped.incrementAndGet() % 1000 == 1) {
            LOG.warn("Progress queue is full ({} events): {} events dropped so far; PostgreSQL is not keeping up",
                    QUEUE_CAPACITY, dropped.get());
        }
    }

    /** Sends what is still queued (for up to two seconds), then stops the sender. */
    @PreDestroy
    void stop() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (!queue.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        stopped = true;
        sender.interrupt();
        sender.join(2_000);
    }

    private void run() {
        List<ProgressEvent> batch = new ArrayList<>(BATCH);
        while (!stopped) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, BATCH - 1);
            send(batch);
            batch.clear();
        }
    }

    private void send(List<ProgressEvent> batch) {
        List<String> payloads = new ArrayList<>(batch.size());
        for (ProgressEvent e : batch) {
            String payload = payload(e);
            if (payload != null) {
                payloads.add(payload);
            }
        }
        if (payloads.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT pg_notify('" + CHANNEL + "', p) FROM unnest(?::text[]) p")) {
            c.setAutoCommit(true);
            ps.setArray(1, c.createArrayOf("text", payloads.toArray()));
            ps.execute();
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Could not send {} progress events (live views miss them; stored results are unaffected): {}",
                    payloads.size(), e.getMessage());
        }
    }

    /**
     * The event as JSON, or null (logged) if it cannot be one notification. The record's limits keep the text
     * fields under 2 KB, but JSON escapes of control characters can grow them six-fold: such an event loses its
     * message rather than failing the whole batch.
     */
    private String payload(ProgressEvent event) {
        try {
            byte[] bytes = json.writeValueAsBytes(event);
            if (bytes.length > MAX_PAYLOAD_BYTES) {
                bytes = json.writeValueAsBytes(new ProgressEvent(event.projectId(), event.executionId(), event.type(),
                        event.testId(), ProgressEvent.truncate(event.testName(), 200), event.stepIndex(), null,
                        event.at()));
            }
            if (bytes.length > MAX_PAYLOAD_BYTES) {
                LOG.warn("Progress event of {} bytes dropped (limit {})", bytes.length, MAX_PAYLOAD_BYTES);
                return null;
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Progress event could not be written as JSON: {}", e.getMessage());
            return null;
        }
    }
}
