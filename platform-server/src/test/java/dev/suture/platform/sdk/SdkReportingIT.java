package dev.suture.platform.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.suture.core.platform.FaultProxy;
import dev.suture.platform.fixtures.Client;
import dev.suture.platform.fixtures.PlatformIT;
import dev.suture.platform.fixtures.TestPages;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The SDK against the real platform: a small {@code @WebTest} suite ({@link ReportedSuite}) runs in real Chromium
 * through EngineTestKit with {@code suture.server.*} pointing at this Micronaut server on its real PostgreSQL, through
 * a {@link FaultProxy} that can lose the platform's answers or take it down. What the SDK sent is checked in the
 * database row by row against the run's own {@code results.json}.
 */
@MicronautTest(transactional = false)
class SdkReportingIT extends PlatformIT {

    private static final String OLD_PAGE = TestPages.GREETING_LOGIN.formatted("id='signin'");
    /** The redesign renames the button's id: {@code #signin} no longer matches. */
    private static final String NEW_PAGE = TestPages.GREETING_LOGIN.formatted("id='enter' class='primary'");
    private static final List<String> KEYS = List.of("suture.base-url", "suture.healing.dir", "suture.healing.wait",
            "suture.output.dir", "suture.server.url", "suture.server.api-key", "suture.reporting.outbox",
            "suture.reporting.finish-wait", "suture.timeout.action");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Property(name = "datasources.default.url")
    String databaseUrl;

    @TempDir
    Path dir;
    Client client;
    FaultProxy proxy;
    HttpServer site;
    volatile String page = OLD_PAGE;

    @BeforeAll
    void client() {
        client = new Client(server.getURL().toString(), json);
    }

    @BeforeEach
    void start() throws IOException {
        page = OLD_PAGE;
        proxy = FaultProxy.to(server.getPort());
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/", exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        site.start();
        System.setProperty("suture.base-url", "http://127.0.0.1:" + site.getAddress().getPort());
        System.setProperty("suture.healing.wait", "300");
        System.setProperty("suture.timeout.action", "3000"); // a locator that cannot heal fails in seconds
        System.setProperty("suture.reporting.outbox", dir.resolve("outbox").toString());
    }

    @AfterEach
    void stop() throws IOException {
        KEYS.forEach(System::clearProperty);
        site.stop(0);
        proxy.close();
    }

    @Test
    void everyPartOfARunIsStoredOnceEvenWhenTheAnswersAreLostAndTheRunLinkResolves() throws Exception {
        Client.Tenant tenant = client.tenant("sdk-e2e");
        report(tenant, 20_000);
        // The platform stores the first batches but the SDK never hears back, until the proxy heals: every batch
        // (and upload) whose answer was lost is sent again.
        proxy.mode(FaultProxy.Mode.LOSE_ANSWERS);
        Thread healer = new Thread(() -> {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (count("SELECT count(*) FROM ingest_events WHERE project_id = ?", tenant.projectId()) == 0
                    && System.nanoTime() < deadline) {
                sleep(50);
            }
            sleep(1_000); // more batches and uploads meet the lost answers meanwhile
            try {
                proxy.mode(FaultProxy.Mode.UP);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        healer.start();
        String out = runSuite(dir.resolve("run"), dir.resolve(".suture"), 2, 1);
        healer.join();
        assertThat(count("SELECT count(*) FROM ingest_events WHERE project_id = ?", tenant.projectId()))
                .as("run.started, three tests, run.finished").isEqualTo(5);

        JsonNode local = JSON.readTree(dir.resolve("run/results.json").toFile());
        UUID execution = storedOnce(tenant, local, dir.resolve("run"));

        Matcher link = Pattern.compile("Suture: run reported to the platform: (\\S+)").matcher(out);
        assertThat(link.find()).as(out).isTrue();
        assertThat(link.group(1)).isEqualTo(proxy.url() + "/executions/" + execution); // as the SDK reached it
        assertThat(DashboardBrowser.signIn(server.getURL().toString(),
                        rows("SELECT email FROM users WHERE id = ?", tenant.userId()).get(0), Client.PASSWORD)
                .open(URI.create(link.group(1)).getPath()))
                .contains("signsIn", "typesInPlainEnglish", "failsWithEvidence");
    }

    @Test
    void withThePlatformDownTheOutboxKeepsTheRunAndAFlushDeliversItOnce() throws Exception {
        Client.Tenant tenant = client.tenant("sdk-down");
        report(tenant, 1_000);
        proxy.mode(FaultProxy.Mode.DOWN);
        String out = runSuite(dir.resolve("run"), dir.resolve(".suture"), 2, 1);
        assertThat(out).contains("Suture: 5 of 5 events not yet on the platform; kept in");
        JsonNode local = JSON.readTree(dir.resolve("run/results.json").toFile());
        String runId = local.path("runId").asText();
        assertThat(dir.resolve("outbox").resolve(runId).resolve("events.log")).exists();
        assertThat(count("SELECT count(*) FROM test_executions WHERE project_id = ?", tenant.projectId())).isZero();

        // Back up: the flush command, from a shell, as the README says, with the same keys in the environment.
        proxy.mode(FaultProxy.Mode.UP);
        Path cli = Path.of(System.getProperty("sdk.cli.jar", "../sdk-core/target/sdk-core-cli.jar"));
        assertThat(cli).as("sdk-core's -cli jar (built by mvn package in sdk-core)").exists();
        ProcessBuilder command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", cli.toAbsolutePath().toString(), "flush", "30").directory(dir.toFile()).redirectErrorStream(true);
        command.environment().put("SUTURE_SERVER_URL", proxy.url());
        command.environment().put("SUTURE_SERVER_API_KEY", tenant.apiKey());
        command.environment().put("SUTURE_REPORTING_OUTBOX", dir.resolve("outbox").toString());
        Process flush = command.start();
        String flushed = new String(flush.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(flush.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(flush.exitValue()).as(flushed).isZero();
        assertThat(flushed).contains("Suture flush: 5 events sent from 1 runs; the outbox is empty.");
        storedOnce(tenant, local, dir.resolve("run"));
        assertThat(dir.resolve("outbox").resolve(runId)).doesNotExist();
    }

    @Test
    void healsAreStoredAndTheTeamsVerdictsOnThePlatformSteerTheNextRunsHealer() throws Exception {
        Client.Tenant tenant = client.tenant("sdk-heal");
        report(tenant, 20_000);
        Path machineA = dir.resolve("machine-a/.suture");
        runSuite(dir.resolve("first"), machineA, 2, 1); // records the baselines on the old page
        page = NEW_PAGE;
        runSuite(dir.resolve("healed"), machineA, 2, 1);
        JsonNode heal = signsIn(dir.resolve("healed")).path("healings").get(0);
        assertThat(heal.path("locator").asText()).isEqualTo("#signin");
        assertThat(rows("SELECT locator || ' -> ' || healed_to FROM healing_events WHERE project_id = ?",
                tenant.projectId())).containsExactly("#signin -> " + heal.path("healedTo").asText());
        // the readable replacement is stored beside the positional selector acted on, for the dashboard to show
        assertThat(heal.path("suggestion").asText()).startsWith("page.getByRole(AriaRole.BUTTON")
                .isNotEqualTo(heal.path("healedTo").asText());
        assertThat(rows("SELECT suggestion FROM healing_events WHERE project_id = ? UNION ALL "
                + "SELECT suggestion FROM healing_records WHERE project_id = ?", tenant.projectId(), tenant.projectId()))
                .containsExactly(heal.path("suggestion").asText(), heal.path("suggestion").asText());
        List<String> records = rows("SELECT id || ' ' || status || ' ' || (fingerprint IS NOT NULL) FROM "
                + "healing_records WHERE project_id = ?", tenant.projectId());
        assertThat(records).hasSize(1);
        assertThat(records.get(0)).endsWith(" PENDING true");
        String record = records.get(0).split(" ")[0];

        // Another machine, with no local baselines: without the platform nothing tells it what #signin meant.
        KEYS.stream().filter(k -> k.startsWith("suture.server")).forEach(System::clearProperty);
        runSuite(dir.resolve("alone"), dir.resolve("machine-b/.suture"), 1, 2);
        // Once the team accepted the heal on the platform, it is that machine's baseline too.
        assertThat(client.post("/api/healing-records/" + record + "/accept", Map.of(), tenant.token()).status())
                .isEqualTo(200);
        report(tenant, 20_000);
        runSuite(dir.resolve("accepted"), dir.resolve("machine-c/.suture"), 2, 1);
        assertThat(signsIn(dir.resolve("accepted")).path("healings").get(0).path("healedTo").asText())
                .isEqualTo(heal.path("healedTo").asText());

        // Rejected on the platform: machine A, whose local baseline is still that heal, never heals that way again.
        assertThat(client.post("/api/healing-records/" + record + "/reject", Map.of(), tenant.token()).status())
                .isEqualTo(200);
        EngineExecutionResults rejected = engine(dir.resolve("rejected"), machineA, 1, 2);
        assertThat(rejected.testEvents().failed().stream()
                .map(e -> e.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                        .getThrowable().orElseThrow().getMessage()))
                .anySatisfy(m -> assertThat(m).contains("Locator #signin", "Suture did not heal it",
                        "rejected by a user"));
    }

    /** The run of {@code local} is on the platform once: execution, tests, steps, artifacts and their contents. */
    private UUID storedOnce(Client.Tenant tenant, JsonNode local, Path output) throws Exception {
        List<String> executions = rows("SELECT id FROM test_executions WHERE project_id = ? AND client_run_id = ?",
                tenant.projectId(), UUID.fromString(local.path("runId").asText()));
        assertThat(executions).hasSize(1);
        UUID execution = UUID.fromString(executions.get(0));
        assertThat(rows("SELECT method_name || ' ' || status FROM test_results WHERE execution_id = ?", execution))
                .containsExactlyInAnyOrder("signsIn PASSED", "typesInPlainEnglish PASSED", "failsWithEvidence FAILED");
        for (JsonNode test : local.path("tests")) {
            String method = test.path("methodName").asText();
            boolean plainEnglish = test.path("steps").size() > 0;
            JsonNode steps = plainEnglish ? test.path("steps") : test.path("actions");
            List<String> stored = rows("SELECT s.action || ' ' || coalesce(s.instruction, '-') FROM step_results s "
                    + "JOIN test_results r ON r.id = s.result_id WHERE r.execution_id = ? AND r.method_name = ? "
                    + "ORDER BY s.step_index", execution, method);
            assertThat(stored).as(method).hasSize(steps.size()).isNotEmpty();
            if (plainEnglish) {
                assertThat(stored).as(method).anySatisfy(s -> assertThat(s)
                        .endsWith("type 'bob' into the user name field"));
            }
        }
        JsonNode failed = null;
        for (JsonNode test : local.path("tests")) {
            if (test.path("methodName").asText().equals("failsWithEvidence")) {
                failed = test;
            }
        }
        List<String> kinds = new ArrayList<>();
        for (JsonNode artifact : failed.path("artifacts")) {
            kinds.add(artifact.path("kind").asText());
            byte[] content = Files.readAllBytes(output.resolve(artifact.path("path").asText()));
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            assertThat(rows("SELECT a.kind || ' ' || f.size_bytes FROM result_artifacts a JOIN storage_files f "
                    + "ON f.id = a.storage_id WHERE a.execution_id = ? AND a.sha256 = ?", execution, sha))
                    .as(artifact.toString()).containsExactly(artifact.path("kind").asText() + " " + content.length);
        }
        assertThat(kinds).contains("SCREENSHOT", "TRACE");
        assertThat(count("SELECT count(*) FROM result_artifacts WHERE execution_id = ?", execution))
                .isEqualTo(kinds.size());
        return execution;
    }

    /** The result of {@code signsIn} in a run's {@code results.json}. */
    private static JsonNode signsIn(Path output) throws IOException {
        for (JsonNode test : JSON.readTree(output.resolve("results.json").toFile()).path("tests")) {
            if (test.path("methodName").asText().equals("signsIn")) {
                return test;
            }
        }
        throw new AssertionError("signsIn is not in " + output.resolve("results.json"));
    }

    private void report(Client.Tenant tenant, long finishWaitMs) {
        System.setProperty("suture.server.url", proxy.url());
        System.setProperty("suture.server.api-key", tenant.apiKey());
        System.setProperty("suture.reporting.finish-wait", String.valueOf(finishWaitMs));
    }

    /** Runs the suite, expecting {@code passed} and {@code failed} tests, and returns what it printed. */
    private String runSuite(Path output, Path healingDir, int passed, int failed) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            engine(output, healingDir, passed, failed);
        } finally {
            System.setOut(original);
            original.print(captured.toString(StandardCharsets.UTF_8));
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static EngineExecutionResults engine(Path output, Path healingDir, int passed, int failed) {
        System.setProperty("suture.output.dir", output.toString());
        System.setProperty("suture.healing.dir", healingDir.toString());
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(ReportedSuite.class)).execute();
        results.testEvents().assertStatistics(stats -> stats.succeeded(passed).failed(failed));
        return results;
    }

    private long count(String sql, Object... params) {
        return Long.parseLong(rows(sql, params).get(0));
    }

    private List<String> rows(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(databaseUrl, "postgres", "");
             PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i] instanceof String s && s.length() == 36 ? UUID.fromString(s)
                        : params[i]);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed: " + sql, e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
