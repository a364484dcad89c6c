package dev.suture.platform.testcase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suture.platform.fixtures.Client;
import dev.suture.platform.fixtures.PlatformIT;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class TestCasesAndSuitesIT extends PlatformIT {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    Client client;
    Client.Tenant tenant;

    @BeforeAll
    void setUp() {
        client = new Client(server.getURL().toString(), json);
        tenant = client.tenant("cases");
    }

    Map<String, Object> input(String name, String priority, List<String> tags) {
        return Map.of("name", name, "description", "Checks the " + name.toLowerCase() + " flow", "priority", priority,
                "tags", tags, "steps", List.of(Map.of("action", "click", "target", "#add"),
                        Map.of("action", "step", "instruction", "type 'bob' into the user name field")));
    }

    String create(String name, String priority, List<String> tags) {
        Client.Res r = client.post("/api/test-cases", Map.of("projectId", tenant.projectId(), "testCase",
                input(name, priority, tags)), tenant.token());
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.str("id");
    }

    @Test
    void updatesKeepVersionsThatCanBeRestored() {
        String id = create("Checkout", "HIGH", List.of("smoke"));
        Client.Res updated = client.put("/api/test-cases/" + id, Map.of("name", "Checkout v2", "steps",
                List.of(Map.of("action", "fill", "target", "#q", "value", "book")), "changeNote", "simpler"),
                tenant.token());
        assertThat(updated.status()).as(updated.text()).isEqualTo(200);
        assertThat(updated.map()).containsEntry("version", 2).containsEntry("name", "Checkout v2");
        assertThat(client.get("/api/test-cases/" + id + "/versions", tenant.token()).text())
                .contains("\"version\":2").contains("\"version\":1").contains("simpler");
        Client.Res v1 = client.get("/api/test-cases/" + id + "/versions/1", tenant.token());
        assertThat(v1.map()).containsEntry("name", "Checkout").containsEntry("priority", "HIGH");
        Client.Res restored = client.post("/api/test-cases/" + id + "/versions/1/restore", Map.of(), tenant.token());
        assertThat(restored.map()).containsEntry("version", 3).containsEntry("name", "Checkout")
                .containsEntry("tags", List.of("smoke"));
        Client.Res cloned = client.post("/api/test-cases/" + id + "/clone", Map.of(), tenant.token());
        assertThat(cloned.status()).isEqualTo(201);
        assertThat(cloned.map()).containsEntry("name", "Checkout (copy)").containsEntry("status", "DRAFT");
    }

    @Test
    void listFiltersByTagPriorityStatusAndText() {
        create("Login works", "CRITICAL", List.of("auth", "smoke"));
        create("Logout works", "LOW", List.of("auth"));
        String q = "/api/test-cases?projectId=" + tenant.projectId();
        assertThat(client.get(q + "&tag=auth&tag=smoke", tenant.token()).list("items"))
                .extracting(i -> ((Map<String, Object>) i).get("name")).containsExactly("Login works");
        assertThat(client.get(q + "&priority=LOW", tenant.token()).list("items"))
                .extracting(i -> ((Map<String, Object>) i).get("name")).containsExactly("Logout works");
        assertThat(client.get(q + "&q=logout", tenant.token()).list("items"))
                .extracting(i -> ((Map<String, Object>) i).get("name")).containsExactly("Logout works");
        Client.Res sorted = client.get(q + "&sort=priority&direction=asc&size=1", tenant.token());
        assertThat(sorted.list("items")).hasSize(1);
        assertThat(client.get(q + "&sort=bogus", tenant.token()).status()).isEqualTo(400);
        assertThat(client.get(q + "&size=1000", tenant.token()).status()).isEqualTo(400);
        Client.Res invalid = client.post("/api/test-cases", Map.of("projectId", tenant.projectId(), "testCase",
                Map.of("name", "", "steps", List.of(Map.of("action", "click"), Map.of("target", "#x")),
                        "priority", "URGENT")), tenant.token());
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.list("errors")).extracting(e -> String.valueOf(((Map<?, ?>) e).get("field")))
                .contains("testCase.priority", "testCase.name", "testCase.steps[1].action")
                .doesNotContain("testCase.steps.action[1]", "testCase.steps[0].action");
    }

    @Test
    void listItemErrorsNameTheItemBeforeItsField() {
        Client.Res rejected = client.post("/api/test-cases/import?projectId=" + tenant.projectId(), List.of(
                Map.of("name", "Fine", "steps", List.of(Map.of("action", "click"))),
                Map.of("name", "Second", "steps", List.of(Map.of("action", "click"), Map.of("action", " ")),
                        "tags", List.of("ok", ""))), tenant.token());
        assertThat(rejected.status()).as(rejected.text()).isEqualTo(400);
        assertThat(rejected.list("errors")).extracting(e -> String.valueOf(((Map<?, ?>) e).get("field")))
                .contains("rows[2].steps[1].action", "rows[2].tags[1]");
    }

    @Test
    void csvImportIsAllOrNothingWithPerRowErrors() {
        String good = "name,description,priority,status,tags,steps\r\n"
                + "Search,\"Finds, by title\",HIGH,ACTIVE,search;smoke,\"[{\"\"action\"\":\"\"fill\"\",\"\"target\"\":\"\"#q\"\"}]\"\r\n"
                + "Browse,,LOW,,,[]\r\n";
        String bad = good + "Broken,,NOPE,,,not json\r\n";
        Client.Res rejected = client.send("POST", "/api/test-cases/import/csv?projectId=" + tenant.projectId(),
                bad.getBytes(StandardCharsets.UTF_8), "text/csv", tenant.token(), Map.of());
        assertThat(rejected.status()).as(rejected.text()).isEqualTo(400);
        assertThat(rejected.text()).contains("rows[3].priority").contains("rows[3].steps");
        assertThat(client.get("/api/test-cases?projectId=" + tenant.projectId() + "&q=search", tenant.token())
                .map()).containsEntry("total", 0);

        Client.Res ok = client.send("POST", "/api/test-cases/import/csv?projectId=" + tenant.projectId(),
                good.getBytes(StandardCharsets.UTF_8), "text/csv", tenant.token(), Map.of());
        assertThat(ok.status()).as(ok.text()).isEqualTo(201);
        assertThat(ok.map()).containsEntry("imported", 2);
        Client.Res again = client.post("/api/test-cases/import?projectId=" + tenant.projectId(),
                List.of(input("Search", "LOW", List.of())), tenant.token());
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.text()).contains("rows[1].name").contains("already exists");

        Client.Res csv = client.get("/api/test-cases/export?projectId=" + tenant.projectId() + "&format=csv",
                tenant.token());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.text()).startsWith("name,description,priority,status,tags,steps")
                .contains("\"Finds, by title\"").contains("search;smoke");
    }

    @Test
    void suitesHoldOrderedCasesConfigSchedulesAndQueueExecutions() {
        String a = create("Suite case A", "MEDIUM", List.of());
        String b = create("Suite case B", "MEDIUM", List.of());
        Client.Res suite = client.post("/api/test-suites", Map.of("projectId", tenant.projectId(), "name", "Nightly"),
                tenant.token());
        assertThat(suite.status()).as(suite.text()).isEqualTo(201);
        String id = suite.str("id");
        Client.Res members = client.put("/api/test-suites/" + id + "/test-cases", Map.of("testCaseIds", List.of(b, a)),
                tenant.token());
        assertThat(members.list("testCases")).extracting(m -> ((Map<String, Object>) m).get("testCaseId"))
                .containsExactly(b, a);
        Client.Res config = client.put("/api/test-suites/" + id + "/config", Map.of("browser", "chromium",
                "viewport", Map.of("width", 1280, "height", 720), "parallelism", 2, "retries", 1,
                "environment", Map.of("SHOP_USER", "bob"), "baseUrl", "http://127.0.0.1:8080"), tenant.token());
        assertThat(config.status()).as(config.text()).isEqualTo(200);
        assertThat(config.map()).containsEntry("parallelism", 2);
        Client.Res badConfig = client.put("/api/test-suites/" + id + "/config", Map.of("browser", "netscape",
                "parallelism", 99), tenant.token());
        assertThat(badConfig.status()).isEqualTo(400);
        assertThat(badConfig.text()).contains("browser").contains("parallelism");

        Client.Res schedule = client.post("/api/test-suites/" + id + "/schedules", Map.of("cron", "0 2 * * *",
                "timeZone", "Europe/Berlin"), tenant.token());
        assertThat(schedule.status()).as(schedule.text()).isEqualTo(201);
        assertThat(schedule.str("nextRunAt")).isNotNull();
        assertThat(client.post("/api/test-suites/" + id + "/schedules", Map.of("cron", "every day"), tenant.token())
                .status()).isEqualTo(400);

        Client.Res queued = client.post("/api/test-suites/" + id + "/execute", Map.of(), tenant.token());
        assertThat(queued.status()).as(queued.text()).isEqualTo(201);
        assertThat(queued.map()).containsEntry("status", "QUEUED").containsEntry("testCases", 2);
        Client.Res execution = client.get("/api/executions/" + queued.str("executionId"), tenant.token());
        assertThat((Map<String, Object>) execution.map().get("execution")).containsEntry("suiteId", id)
                .containsEntry("trigger", "MANUAL");
        Client.Res stopped = client.post("/api/executions/" + queued.str("executionId") + "/stop", Map.of(),
                tenant.token());
        assertThat(stopped.map()).containsEntry("status", "STOPPED");

        Client.Tenant stranger = client.tenant("stranger");
        assertThat(client.put("/api/test-suites/" + id + "/test-cases", Map.of("testCaseIds", List.of(a)),
                stranger.token()).status()).isEqualTo(404);
        assertThat(client.post("/api/test-suites/" + id + "/execute", Map.of(), tenant.apiKey()).status())
                .isEqualTo(403);
    }

    @Test
    void anArchivedProjectRefusesChangesUntilItIsUnarchived() {
        Client.Tenant archived = client.tenant("archived");
        String project = archived.projectId();
        assertThat(client.post("/api/projects/" + project + "/archive", Map.of(), archived.token()).status())
                .isEqualTo(200);
        List<Client.Res> refused = List.of(
                client.post("/api/test-cases", Map.of("projectId", project, "testCase",
                        input("Late case", "LOW", List.of())), archived.token()),
                client.post("/api/test-suites", Map.of("projectId", project, "name", "Late suite"), archived.token()),
                client.post("/api/report-schedules", Map.of("projectId", project, "title", "Weekly", "kind",
                        "SUMMARY", "rangeDays", 7, "format", "CSV", "recipients", List.of("team@example.com"),
                        "cron", "0 8 * * 1"), archived.token()),
                client.post("/api/projects/" + project + "/api-keys", Map.of("name", "late"), archived.token()));
        assertThat(refused).allSatisfy(r -> {
            assertThat(r.status()).as(r.text()).isEqualTo(409);
            assertThat(r.text()).contains("archived; unarchive it first");
        });

        assertThat(client.post("/api/projects/" + project + "/unarchive", Map.of(), archived.token()).status())
                .isEqualTo(200);
        assertThat(client.post("/api/test-suites", Map.of("projectId", project, "name", "Late suite"),
                archived.token()).status()).isEqualTo(201);
    }
}
