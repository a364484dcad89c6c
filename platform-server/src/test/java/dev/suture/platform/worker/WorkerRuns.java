package dev.suture.platform.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suture.platform.fixtures.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** One tenant's test cases, stored and run by the platform's workers through the API, as a user does it. */
@SuppressWarnings("unchecked")
final class WorkerRuns {

    final Client client;
    final Client.Tenant tenant;

    WorkerRuns(EmbeddedServer server, JsonMapper json, String tenantLabel) {
        client = new Client(server.getURL().toString(), json);
        tenant = client.tenant(tenantLabel);
    }

    /** A fresh {@code suture.worker.state-dir}: a worker that has run nothing yet. */
    static Path newStateDir() {
        try {
            return Files.createTempDirectory("suture-worker-state");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores a test case with these steps and answers its id. */
    String testCase(String name, List<? extends Map<String, String>> steps) {
        Client.Res r = client.post("/api/test-cases", Map.of("projectId", tenant.projectId(), "testCase",
                Map.of("name", name, "steps", steps)), tenant.token());
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.str("id");
    }

    /** Runs one test case as an execution of its own and answers its result once it has one. */
    Map<String, Object> runAlone(String testCaseId) throws InterruptedException {
        Client.Res queued = client.post("/api/executions", Map.of("testCaseId", testCaseId), tenant.token());
        assertThat(queued.status()).as(queued.text()).isEqualTo(201);
        String execution = queued.str("id");
        long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            Client.Res r = client.get("/api/executions/" + execution, tenant.token());
            Map<String, Object> run = (Map<String, Object>) r.map().get("execution");
            if (List.of("PASSED", "FAILED").contains(run.get("status"))) {
                List<Map<String, Object>> results = (List<Map<String, Object>>) r.map().get("results");
                assertThat(results).as(r.text()).hasSize(1);
                return results.get(0);
            }
            assertThat(System.nanoTime()).as("execution %s still %s", execution, run.get("status")).isLessThan(end);
            Thread.sleep(200);
        }
    }
}
