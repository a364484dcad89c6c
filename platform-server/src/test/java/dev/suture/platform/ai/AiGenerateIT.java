package dev.suture.platform.ai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suture.platform.fixtures.Client;
import dev.suture.platform.fixtures.PlatformIT;
import dev.suture.platform.fixtures.TestPages;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * generate-test on pages served from this JVM, in the server's real headless Chromium, offline (no model
 * configured), and the review of generated tests: list, approve into a test case, reject.
 */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class AiGenerateIT extends PlatformIT {

    static final String SIGN_IN = "type 'bob@example.com' into the email field. type 'secret' into the password "
            + "field. click Sign in.";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    Client client;
    TestPages pages;

    @BeforeAll
    void setUp() {
        client = new Client(server.getURL().toString(), json);
        pages = new TestPages(TestPages.SHOP);
    }

    @AfterAll
    void tearDown() {
        pages.close();
    }

    Client.Res generate(Client.Tenant t, String description, String url) {
        return client.post("/api/ai/generate-test", Map.of("projectId", t.projectId(), "description", description,
                "startUrl", url), t.token());
    }

    @Test
    void generatesStepsOnTheLivePageAndApprovalMakesThemATestCase() {
        Client.Tenant t = client.tenant("gen");
        Client.Res r = generate(t, SIGN_IN, pages.url("/login"));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        Map<String, Object> test = r.map();
        assertThat(test).containsEntry("status", "PENDING").containsEntry("source", "offline")
                .containsEntry("projectId", t.projectId()).containsEntry("startUrl", pages.url("/login"))
                .containsEntry("testCaseId", null);
        List<Map<String, Object>> steps = (List<Map<String, Object>>) test.get("steps");
        assertThat(steps).extracting(s -> s.get("action"))
                .containsExactly("navigate", "fill", "fill", "click", "expect_url", "expect_title");
        assertThat(steps.get(1)).containsEntry("value", "bob@example.com")
                .containsEntry("instruction", "type 'bob@example.com' into the email field");
        assertThat((String) steps.get(1).get("target")).isNotBlank();
        assertThat(steps.get(3).get("element").toString()).contains("Sign in");
        // The checks added are of where the run really ended: the welcome page.
        assertThat(steps.get(4)).containsEntry("value", "/welcome");
        assertThat(steps.get(5)).containsEntry("value", "Welcome - Shop");

        String id = (String) test.get("id");
        Client.Res list = client.get("/api/ai/generated-tests?projectId=" + t.projectId() + "&status=PENDING",
                t.token());
        assertThat(list.list("items")).extracting(i -> ((Map<String, Object>) i).get("id")).containsExactly(id);

        Client.Res approved = client.post("/api/ai/generated-tests/" + id + "/approve",
                Map.of("name", "Sign in works", "priority", "HIGH", "tags", List.of("ai")), t.token());
        assertThat(approved.status()).as(approved.text()).isEqualTo(200);
        assertThat(approved.map()).containsEntry("status", "APPROVED").containsEntry("decidedBy", t.userId());
        String testCaseId = approved.str("testCaseId");
        Client.Res tc = client.get("/api/test-cases/" + testCaseId, t.token());
        assertThat(tc.map()).containsEntry("name", "Sign in works").containsEntry("priority", "HIGH")
                .containsEntry("tags", List.of("ai")).containsEntry("description", SIGN_IN);
        List<Map<String, Object>> stored = (List<Map<String, Object>>) tc.map().get("steps");
        assertThat(stored).hasSize(6);
        assertThat(stored.get(1)).containsEntry("action", "fill").containsEntry("value", "bob@example.com")
                .containsEntry("target", steps.get(1).get("target"));

        Client.Res again = client.post("/api/ai/generated-tests/" + id + "/reject", Map.of(), t.token());
        assertThat(again.status()).as(again.text()).isEqualTo(409);
        assertThat(again.text()).contains("already-decided").contains("approved");
        assertThat(client.get("/api/audit-logs?organizationId=" + t.orgId() + "&resourceType=ai_generated_test",
                t.token()).text()).contains("ai.generate_test").contains("ai.approve_test");
    }

    @Test
    void rejectedTestsStayListedAsRejected() {
        Client.Tenant t = client.tenant("rej");
        Client.Res r = generate(t, "click Sign in", pages.url("/login"));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        Client.Res rejected = client.post("/api/ai/generated-tests/" + r.str("id") + "/reject", Map.of(), t.token());
        assertThat(rejected.map()).containsEntry("status", "REJECTED").containsEntry("testCaseId", null);
        assertThat(client.get("/api/ai/generated-tests?projectId=" + t.projectId() + "&status=REJECTED", t.token())
                .list("items")).hasSize(1);
        assertThat(client.get("/api/ai/generated-tests?projectId=" + t.projectId() + "&status=PENDING", t.token())
                .list("items")).isEmpty();
        assertThat(client.get("/api/ai/generated-tests?projectId=" + t.projectId() + "&status=DONE", t.token())
                .text()).contains("\"field\":\"status\"");
    }

    @Test
    void aStepTheOfflinePlannerCannotGroundIsA422NamingIt() {
        Client.Tenant t = client.tenant("fail");
        Client.Res r = generate(t, "click the Launch rocket button", pages.url("/login"));
        assertThat(r.status()).as(r.text()).isEqualTo(422);
        assertThat(header(r, "Content-Type")).startsWith("application/problem+json");
        assertThat(r.str("type")).endsWith("/generation-failed");
        assertThat(r.str("detail")).contains("click the Launch rocket button").contains("written as steps");
        assertThat(client.get("/api/ai/generated-tests?projectId=" + t.projectId(), t.token()).list("items"))
                .isEmpty();
    }

    @Test
    void badInputNamesTheField() {
        Client.Tenant t = client.tenant("bad");
        Client.Res noUrl = client.post("/api/ai/generate-test", Map.of("projectId", t.projectId(), "description",
                "click Sign in"), t.token());
        assertThat(noUrl.status()).isEqualTo(400);
        assertThat(noUrl.text()).contains("\"field\":\"startUrl\"");
        Client.Res ftp = generate(t, "click Sign in", "file:///etc/passwd");
        assertThat(ftp.status()).isEqualTo(400);
        assertThat(ftp.text()).contains("\"field\":\"startUrl\"").contains("http");
        Client.Res upload = generate(t, "upload /etc/passwd to the avatar field", pages.url("/login"));
        assertThat(upload.status()).isEqualTo(400);
        assertThat(upload.text()).contains("\"field\":\"description\"").contains("upload");
    }

    private static String header(Client.Res r, String name) {
        return r.raw().headers().firstValue(name).orElse(null);
    }
}
