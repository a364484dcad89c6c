package dev.suture.platform.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suture.platform.support.DatabaseProperties;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Progress events over real PostgreSQL NOTIFY: both publishers, per-scope delivery, limits and a reconnect. */
@MicronautTest
class ProgressNotifyIT extends DatabaseProperties {

    @Inject
    ProgressPublisher publisher;
    @Inject
    ProgressHub hub;
    @Inject
    NotificationListener listener;
    @Property(name = "datasources.default.url")
    String url;

    @Test
    void eventsFromThisProcessAndFromAnotherConnectionReachTheSubscribersOfTheirScope() throws Exception {
        UUID project = UUID.randomUUID();
        UUID execution = UUID.randomUUID();
        BlockingQueue<ProgressEvent> ofProject = new LinkedBlockingQueue<>();
        BlockingQueue<ProgressEvent> ofExecution = new LinkedBlockingQueue<>();
        BlockingQueue<ProgressEvent> ofOtherProject = new LinkedBlockingQueue<>();
        try (AutoCloseable a = hub.subscribeProject(project, ofProject::add);
             AutoCloseable b = hub.subscribeExecution(execution, ofExecution::add);
             AutoCloseable c = hub.subscribeProject(UUID.randomUUID(), ofOtherProject::add)) {
            publisher.publish(ProgressEvent.ofExecution(project, execution, ProgressEvent.EXECUTION_STARTED, "nightly"));
            // a worker process: a plain JDBC connection of its own
            try (Connection other = DriverManager.getConnection(url, "postgres", "");
                 PreparedStatement ps = other.prepareStatement("SELECT pg_notify('suture_progress', ?)")) {
                ps.setString(1, "{\"projectId\":\"" + project + "\",\"executionId\":\"" + execution
                        + "\",\"type\":\"step-done\",\"testName\":\"login\",\"stepIndex\":1,"
                        + "\"message\":\"click → #go\",\"at\":\"2026-01-01T10:00:00Z\"}");
                ps.execute();
            }
            // two connections: PostgreSQL orders notifications per sending transaction, not across them
            for (BlockingQueue<ProgressEvent> q : java.util.List.of(ofProject, ofExecution)) {
                java.util.List<String> got = new java.util.ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    ProgressEvent e = q.poll(5, TimeUnit.SECONDS);
                    assertThat(e).as("event %d within 5 s", i + 1).isNotNull();
                    got.add(e.type() + " " + e.stepIndex() + " " + e.message());
                }
                assertThat(got).containsExactlyInAnyOrder("execution-started null nightly", "step-done 1 click → #go");
            }
            assertThat(ofOtherProject.poll(300, TimeUnit.MILLISECONDS)).isNull();
        }
    }

    @Test
    void anOversizedMessageIsStillDeliveredWithinPostgresLimit() throws Exception {
        UUID execution = UUID.randomUUID();
        BlockingQueue<ProgressEvent> got = new LinkedBlockingQueue<>();
        try (AutoCloseable a = hub.subscribeExecution(execution, got::add)) {
            // control characters become six-byte JSON escapes: 1024 of them exceed a notification's 8000 bytes
            String controls = "\u0001".repeat(1024);
            publisher.publish(new ProgressEvent(UUID.randomUUID(), execution, ProgressEvent.FAILED, UUID.randomUUID(),
                    controls, null, controls, null));
            publisher.publish(ProgressEvent.ofExecution(UUID.randomUUID(), execution, ProgressEvent.EXECUTION_FINISHED,
                    "x".repeat(5000)));
            ProgressEvent failed = got.poll(5, TimeUnit.SECONDS);
            assertThat(failed.type()).isEqualTo("failed");
            assertThat(failed.message()).isNull();
            ProgressEvent finished = got.poll(5, TimeUnit.SECONDS);
            assertThat(finished.message()).hasSize(1022).endsWith("…");
        }
    }

    @Test
    void theListenerReconnectsAfterItsConnectionIsKilledAndSaysSo() throws Exception {
        CountDownLatch listening = new CountDownLatch(2); // once at the start, once after the reconnect
        BlockingQueue<String> wakeUps = new LinkedBlockingQueue<>();
        try (AutoCloseable a = listener.listen("suture_test_wakeup", new NotificationListener.NotificationHandler() {
            @Override
            public void onNotification(String payload) {
                wakeUps.add(payload);
            }

            @Override
            public void onListening() {
                listening.countDown();
            }
        }); Connection admin = DriverManager.getConnection(url, "postgres", "")) {
            awaitListening(admin, "suture_test_wakeup");
            try (Statement s = admin.createStatement()) {
                s.execute("NOTIFY suture_test_wakeup, 'one'");
            }
            assertThat(wakeUps.poll(5, TimeUnit.SECONDS)).isEqualTo("one");
            try (Statement s = admin.createStatement()) {
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        + "WHERE application_name = 'suture-listener' AND datname = current_database()");
            }
            assertThat(listening.await(10, TimeUnit.SECONDS)).as("onListening called again").isTrue();
            awaitListening(admin, "suture_test_wakeup");
            try (Statement s = admin.createStatement()) {
                s.execute("NOTIFY suture_test_wakeup, 'two'");
            }
            assertThat(wakeUps.poll(5, TimeUnit.SECONDS)).isEqualTo("two");
        }
    }

    /** A new channel is LISTENed between two waits of the listener: wait until PostgreSQL knows it. */
    private static void awaitListening(Connection admin, String channel) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try (Statement s = admin.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                         + "'suture-listener' AND datname = current_database() AND state IS NOT NULL")) {
                rs.next();
                if (rs.getInt(1) == 1) {
                    // the backend exists; give its LISTEN a moment to be issued after a (re)connect
                    Thread.sleep(600);
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The listener never connected");
    }
}
