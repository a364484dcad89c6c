package dev.suture.platform.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suture.platform.Application;
import dev.suture.platform.common.SqlRunner;
import dev.suture.platform.fixtures.Client;
import dev.suture.platform.fixtures.PlatformIT;
import dev.suture.platform.fixtures.TestPages;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The server (this JVM, running no jobs) and two worker PROCESSES on one database share a 50-test suite; one worker
 * is killed with SIGKILL mid-run. The execution must still finish, every test case completed exactly once.
 */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class WorkerKillIT extends PlatformIT {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    SqlRunner sql;
    @Inject
    TransactionOperations<Connection> tx;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("suture.worker.enabled", "false");
    }

    @Test
    void aKilledWorkersTestsRunElsewhereAndEveryTestCompletesOnce() throws Exception {
        try (TestPages pages = new TestPages(Map.of("/page", "<!doctype html><title>P</title><h1>Hello</h1>"))) {
            Client client = new Client(server.getURL().toString(), json);
            Client.Tenant tenant = client.tenant("kill");
            List<String> cases = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                Client.Res r = client.post("/api/test-cases", Map.of("projectId", tenant.projectId(), "testCase",
                        Map.of("name", "t" + i, "steps", List.of(Map.of("action", "navigate", "value",
                                pages.url("/page")), Map.of("action", "wait for", "value", "300"),
                                Map.of("action", "expect text", "target", "h1", "value", "Hello")))),
                        tenant.token());
                cases.add(r.str("id"));
            }
            String suite = client.post("/api/test-suites", Map.of("projectId", tenant.projectId(), "name", "fifty"),
                    tenant.token()).str("id");
            client.put("/api/test-suites/" + suite + "/test-cases", Map.of("testCaseIds", cases), tenant.token());
            Process first = worker("first");
            Process second = worker("second");
            try {
                String execution = client.post("/api/test-suites/" + suite + "/execute", Map.of(), tenant.token())
                        .str("executionId");
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
                while (completedBy(execution, first) < 3 && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
                first.destroyForcibly(); // SIGKILL, mid-run: it holds claimed jobs
                assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
                String status = "";
                while (System.nanoTime() < deadline && !(status = status(execution)).matches("PASSED|FAILED")) {
                    Thread.sleep(500);
                }
                assertThat(status).isEqualTo("PASSED");
                assertThat(count("SELECT count(*) FROM test_results WHERE execution_id = ?::uuid", execution))
                        .isEqualTo(50);
                assertThat(count("SELECT count(DISTINCT test_case_id) FROM test_results WHERE execution_id = ?::uuid",
                        execution)).isEqualTo(50);
                assertThat(count("SELECT count(*) FROM execution_jobs WHERE execution_id = ?::uuid AND status = "
                        + "'PASSED'", execution)).isEqualTo(50);
                assertThat(count("SELECT count(*) FROM execution_jobs WHERE execution_id = ?::uuid AND starts > 1",
                        execution)).as("jobs taken over from the killed worker").isPositive();
            } finally {
                first.destroyForcibly();
                second.destroyForcibly();
            }
        }
    }

    /** A worker process: the jar's main class with {@code --worker}, on this test's class path and database. */
    private Process worker(String name) throws Exception {
        Map<String, String> db = database();
        Path log = Files.createTempFile("suture-worker-" + name, ".log");
        List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"),
                "-Dsuture.worker.concurrency=2", "-Dsuture.jobs.heartbeat-interval=1s",
                "-Dsuture.jobs.missed-heartbeats-limit=4", "-Dsuture.jobs.polling-interval=2s",
                "-Dsuture.worker.state-dir=" + Files.createTempDirectory("suture-worker-state"),
                "-Dsuture.storage.directory=" + Files.createTempDirectory("suture-worker-blobs"),
                Application.class.getName(), "--worker");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SUTURE_DB_URL", db.get("datasources.default.url"));
        pb.environment().put("SUTURE_DB_USERNAME", db.get("datasources.default.username"));
        pb.environment().put("SUTURE_DB_PASSWORD", db.get("datasources.default.password"));
        pb.environment().put("SUTURE_LOG_LEVEL", "WARN");
        return pb.start();
    }

    private long completedBy(String execution, Process worker) {
        return count("SELECT count(*) FROM execution_jobs WHERE execution_id = ?::uuid AND status = 'PASSED' "
                + "AND worker LIKE '%#" + worker.pid() + "'", execution);
    }

    private String status(String execution) {
        return tx.executeRead(s -> sql.query("SELECT status FROM test_executions WHERE id = ?::uuid",
                List.of(execution), rs -> rs.getString(1)).get(0));
    }

    private long count(String query, String arg) {
        return tx.executeRead(s -> sql.count(query, List.of(arg)));
    }

    /** This test's database (a fresh one per test JVM, see {@link PlatformIT}). */
    private Map<String, String> database() {
        return getProperties();
    }
}
