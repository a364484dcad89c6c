package dev.suture.platform.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suture.platform.fixtures.Client;
import dev.suture.platform.fixtures.PlatformIT;
import dev.suture.platform.fixtures.TestPages;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workers heal by the team's verdicts, as a JUnit run reported to the platform does: a stored test case heals
 * when its page changes, a heal rejected through the API is refused by the next run, and an accepted heal is the
 * baseline of a worker that never saw the old page. Real PostgreSQL, real Chromium, pages served from this JVM.
 */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class WorkerHealingIT extends PlatformIT {

    /** The redesign renames the button's id: {@code #signin} no longer matches. */
    private static final String NEW_LOGIN = TestPages.GREETING_LOGIN.formatted("id='enter' class='primary'");
    private static final Path STATE = WorkerRuns.newStateDir();

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    final Map<String, String> site = new ConcurrentHashMap<>(Map.of("/login",
            TestPages.GREETING_LOGIN.formatted("id='signin'")));
    TestPages pages;
    WorkerRuns runs;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("suture.worker.enabled", "true", "suture.worker.state-dir", STATE.toString());
    }

    @BeforeAll
    void setUp() {
        pages = new TestPages(site);
        runs = new WorkerRuns(server, json, "worker-heal");
    }

    @AfterAll
    void tearDown() {
        pages.close();
    }

    @Test
    void aRejectedHealIsRefusedByTheNextRunAndAnAcceptedOneIsTheBaselineOfAWorkerThatNeverSawTheOldPage()
            throws Exception {
        String testCase = runs.testCase("signs in", List.of(
                Map.of("action", "navigate", "value", pages.url("/login")),
                Map.of("action", "fill", "target", "#name", "value", "ann"),
                Map.of("action", "click", "target", "#signin"),
                Map.of("action", "expect text", "target", "#msg", "value", "Welcome, ann")));

        // The first run records the baselines on the old page.
        assertThat(runs.runAlone(testCase).get("status")).isEqualTo("PASSED");
        site.put("/login", NEW_LOGIN);
        Map<String, Object> healed = runs.runAlone(testCase);
        assertThat(healed.get("status")).as(healed.toString()).isEqualTo("PASSED");
        List<Map<String, Object>> records = records();
        assertThat(records).singleElement().satisfies(r -> assertThat(r).containsEntry("locator", "#signin")
                .containsEntry("status", "PENDING"));
        String record = (String) records.get(0).get("id");

        Client.Res rejected = decide(record, "reject");
        assertThat(rejected.status()).as(rejected.text()).isEqualTo(200);
        Map<String, Object> refused = runs.runAlone(testCase);
        assertThat(refused.get("status")).isEqualTo("FAILED");
        assertThat(refused.get("errorType")).isEqualTo("dev.suture.core.LocatorHealingException");
        assertThat((String) refused.get("errorMessage")).contains("Locator #signin", "Suture did not heal it")
                .containsPattern("button \"Sign in\" #enter +score [0-9.]+: rejected by a user");

        // A worker with an empty state directory: nothing but the platform knows what #signin meant.
        deleteProjectState();
        Map<String, Object> alone = runs.runAlone(testCase);
        assertThat(alone.get("status")).isEqualTo("FAILED");
        assertThat((String) alone.get("errorMessage")).doesNotContain("Suture did not heal it");
        Client.Res accepted = decide(record, "accept");
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        deleteProjectState();
        Map<String, Object> baseline = runs.runAlone(testCase);
        assertThat(baseline.get("status")).as(baseline.toString()).isEqualTo("PASSED");
        // Healed to the accepted element again (its fingerprint, kept from the worker's heal, was the baseline):
        // the same record, seen twice now.
        assertThat(records()).singleElement().satisfies(r -> assertThat(r).containsEntry("status", "ACCEPTED")
                .containsEntry("occurrences", 2));
    }

    private Client.Res decide(String record, String verdict) {
        return runs.client.post("/api/healing-records/" + record + "/" + verdict, Map.of(), runs.tenant.token());
    }

    private void deleteProjectState() throws IOException {
        Path dir = STATE.resolve(runs.tenant.projectId());
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private List<Map<String, Object>> records() {
        return (List<Map<String, Object>>) (List<?>) runs.client.get("/api/healing-records?projectId="
                + runs.tenant.projectId(), runs.tenant.token()).list("items");
    }
}
