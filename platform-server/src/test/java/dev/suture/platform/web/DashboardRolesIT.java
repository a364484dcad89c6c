package dev.suture.platform.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import dev.suture.junit.WebTest;
import dev.suture.platform.support.Accounts;
import dev.suture.platform.support.Api;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Members, roles, API keys and the audit log in real Chromium, as an owner and as a viewer: the owner adds a
 * member, changes a role, creates a key that is shown once and revokes it, and reads the trail of all of it; the
 * viewer sees the same lists without a single edit control, and forced requests answer 403.
 */
@MicronautTest(transactional = false)
@WebTest
class DashboardRolesIT extends DashboardProperties {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    Accounts accounts;
    String base;
    Accounts.Account owner;
    Accounts.Account viewer;
    Accounts.Account newcomer;
    String orgId;
    String projectId;
    String testCaseId;
    String suiteId;

    @BeforeAll
    void setUp() {
        accounts = new Accounts(new Api(server.getURI(), json));
        base = server.getURI().toString();
        owner = accounts.register("Olga");
        viewer = accounts.register("Victor");
        newcomer = accounts.register("Nina");
        orgId = accounts.createOrg(owner, "Lantern Books");
        projectId = accounts.createProject(owner, orgId, "Storefront tests");
        accounts.addOrgMember(owner, orgId, viewer, "VIEWER");
        accounts.addProjectMember(owner, projectId, viewer, "VIEWER");
        Api api = new Api(server.getURI(), json);
        Api.Res tc = api.post("/api/test-cases", api.json(Map.of("projectId", projectId, "testCase", Map.of(
                "name", "Buy a book", "steps", List.of(Map.of("action", "step", "instruction", "add Emma to the cart"),
                        Map.of("action", "click", "target", "#checkout"))))), owner.token());
        assertThat(tc.status()).as(tc.text()).isEqualTo(201);
        testCaseId = tc.str("id");
        Api.Res suite = api.post("/api/test-suites", api.json(Map.of("projectId", projectId, "name", "Nightly")),
                owner.token());
        assertThat(suite.status()).as(suite.text()).isEqualTo(201);
        suiteId = suite.str("id");
        assertThat(api.post("/api/test-suites/" + suiteId + "/test-cases", api.json(Map.of("testCaseId", testCaseId)),
                owner.token()).status()).isEqualTo(200);
        assertThat(api.post("/api/test-suites/" + suiteId + "/schedules", api.json(Map.of("cron", "0 3 * * *")),
                owner.token()).status()).isEqualTo(201);
    }

    private void signIn(Page page, Accounts.Account who) {
        SignIn.as(page, base, who, "Storefront tests");
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void ownerManagesMembersKeysAndReadsTheAuditLog(Page page) {
        signIn(page, owner);
        page.getByRole(AriaRole.LINK, named("Members")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Members of Lantern Books"))).isVisible();
        page.getByLabel("E-mail of an existing account").fill(newcomer.email());
        page.getByRole(AriaRole.BUTTON, named("Add member")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Member added.");
        assertThat(page.getByRole(AriaRole.ROW).filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(newcomer.email()))).containsText("MEMBER");
        page.getByLabel("Role of Nina").selectOption("ADMIN");
        page.getByRole(AriaRole.ROW).filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(newcomer.email())).getByRole(AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Change")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Role changed.");
        assertThat(page.getByLabel("Role of Nina")).hasValue("ADMIN");
        Screens.save(page, "10-members-owner");

        page.getByRole(AriaRole.LINK, named("API keys")).click();
        page.getByLabel("Name").fill("GitHub Actions");
        page.getByRole(AriaRole.BUTTON, named("Create key")).click();
        String key = page.getByTestId("new-key").textContent().trim();
        assertThat(key).startsWith("sut_");
        Screens.save(page, "11-api-key-created");
        // the key works against the API, and is never shown again
        Api.Res read = new Api(server.getURI(), json).send("GET", "/api/projects/" + projectId, null,
                "X-API-Key", key);
        assertThat(read.status()).as(read.text()).isEqualTo(200);
        page.navigate(base + "/projects/" + projectId + "/api-keys");
        assertThat(page.getByTestId("new-key")).hasCount(0);
        assertThat(page.content()).doesNotContain(key);
        assertThat(page.getByRole(AriaRole.CELL, named(key.substring(0, 10) + "…"))).isVisible();
        page.onDialog(d -> d.accept());
        page.getByRole(AriaRole.BUTTON, named("Revoke GitHub Actions")).click();
        assertThat(page.getByRole(AriaRole.ROW).filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("GitHub Actions"))).containsText("revoked");
        assertThat(new Api(server.getURI(), json).send("GET", "/api/projects/" + projectId, null,
                "X-API-Key", key).status()).isEqualTo(401);
        Screens.save(page, "12-api-keys");

        page.getByRole(AriaRole.LINK, named("Audit log")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Audit log of Lantern Books"))).isVisible();
        for (String action : new String[] {"organization.member_add", "organization.member_role_change",
                "api_key.create", "api_key.revoke"}) {
            assertThat(page.getByRole(AriaRole.CELL, named(action)).first()).isVisible();
        }
        page.getByLabel("Action").fill("api_key.create");
        page.getByRole(AriaRole.BUTTON, named("Filter")).click();
        assertThat(page.getByRole(AriaRole.CELL, named("api_key.revoke"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.CELL, named("api_key.create"))).hasCount(1);
        Screens.save(page, "13-audit-log");
    }

    @Test
    void viewerSeesNoEditControlsAndForcedRequestsAreRefused(Page page) {
        signIn(page, viewer);
        Screens.save(page, "20-overview-viewer");
        assertThat(page.getByRole(AriaRole.LINK, named("Audit log"))).hasCount(0);
        page.getByRole(AriaRole.LINK, named("Members")).click();
        assertThat(page.getByRole(AriaRole.CELL, named(owner.email()))).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, named("Add member"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.COMBOBOX, named("Role of Olga"))).hasCount(0);
        assertThat(page.locator("main form")).hasCount(0);
        Screens.save(page, "21-members-viewer");
        String csrf = page.locator("input[name=_csrf]").first().inputValue();
        // viewers do not see a project's keys at all (developers see the list, admins manage it)
        page.getByRole(AriaRole.LINK, named("API keys")).click();
        assertThat(page.getByRole(AriaRole.HEADING)).containsText("403");
        assertThat(page.getByRole(AriaRole.BUTTON, named("Create key"))).hasCount(0);

        var add = page.request().post(base + "/organizations/" + orgId + "/members", RequestOptions.create()
                .setForm(FormData.create().set("_csrf", csrf).set("email", newcomer.email()).set("role", "OWNER")));
        assertThat(add.status()).isEqualTo(403);
        var key = page.request().post(base + "/projects/" + projectId + "/api-keys", RequestOptions.create()
                .setForm(FormData.create().set("_csrf", csrf).set("name", "sneaky")));
        assertThat(key.status()).isEqualTo(403);
        assertThat(key.text()).doesNotContain("sut_");
        page.navigate(base + "/organizations/" + orgId + "/audit");
        assertThat(page.getByRole(AriaRole.HEADING)).containsText("403");
        Screens.save(page, "22-audit-forbidden-viewer");
    }

    @Test
    void viewerReadsTestCasesAndSuitesWithoutEditControls(Page page) {
        signIn(page, viewer);
        page.getByRole(AriaRole.LINK, named("Test cases")).click();
        assertThat(page.getByRole(AriaRole.LINK, named("New test case"))).hasCount(0);
        page.getByRole(AriaRole.LINK, SignIn.exactly("Buy a book")).click();
        assertThat(page.getByText("add Emma to the cart")).isVisible();
        assertThat(page.locator("main form")).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, named("Save"))).hasCount(0);
        Screens.save(page, "23-test-case-viewer");
        page.getByRole(AriaRole.LINK, named("Version history")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, named("Restore version 1"))).hasCount(0);
        assertThat(page.locator("main form[method=post]")).hasCount(0);
        page.getByRole(AriaRole.LINK, named("Suites")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, named("Create suite"))).hasCount(0);
        page.getByRole(AriaRole.LINK, named("Nightly")).click();
        assertThat(page.getByRole(AriaRole.LINK, SignIn.exactly("Buy a book"))).isVisible();
        assertThat(page.getByText("0 3 * * *")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, named("Run now"))).hasCount(0);
        assertThat(page.locator("main form")).hasCount(0);
        Screens.save(page, "24-suite-viewer");

        String csrf = page.locator("input[name=_csrf]").first().inputValue();
        String tcBase = base + "/projects/" + projectId + "/test-cases";
        String suiteBase = base + "/projects/" + projectId + "/suites/" + suiteId;
        for (String path : List.of(tcBase + "/new", tcBase + "/" + testCaseId, tcBase + "/" + testCaseId + "/delete",
                tcBase + "/" + testCaseId + "/versions/1/restore", base + "/projects/" + projectId + "/suites",
                suiteBase + "/run", suiteBase + "/members", suiteBase + "/members/" + testCaseId + "/remove",
                suiteBase + "/members/" + testCaseId + "/move", suiteBase + "/settings", suiteBase + "/schedules",
                suiteBase + "/delete", base + "/projects/" + projectId + "/generated-tests")) {
            var forced = page.request().post(path, RequestOptions.create().setForm(FormData.create()
                    .set("_csrf", csrf).set("op", "save").set("name", "hijacked").set("step.0.kind", "plain")
                    .set("step.0.instruction", "x").set("testCaseId", testCaseId).set("direction", "up")
                    .set("cron", "* * * * *").set("description", "click Sign in")
                    .set("startUrl", "http://127.0.0.1:9/")));
            assertThat(forced.status()).as(path).isEqualTo(403);
        }
        Api api = new Api(server.getURI(), json);
        assertThat(api.get("/api/test-cases/" + testCaseId, owner.token()).body().get("version")).isEqualTo(1);
        assertThat(api.get("/api/executions?projectId=" + projectId, owner.token()).body().get("total")).isEqualTo(0);
        assertThat(api.get("/api/test-suites/" + suiteId + "/schedules", owner.token()).list()).hasSize(1);
    }

    @Test
    void pagesFitAPhoneScreen(Page page) {
        page.setViewportSize(390, 844);
        signIn(page, owner);
        Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
        assertThat(overflow).isEqualTo(false);
        Screens.save(page, "30-overview-phone");
        page.navigate(base + "/organizations/" + orgId + "/members");
        Screens.save(page, "31-members-phone");
        for (String[] p : new String[][] {{"/projects/" + projectId + "/test-cases/" + testCaseId, "32-test-case-phone"},
                {"/projects/" + projectId + "/suites/" + suiteId, "33-suite-phone"}}) {
            page.navigate(base + p[0]);
            assertThat(page.evaluate("document.documentElement.scrollWidth > window.innerWidth")).as(p[0])
                    .isEqualTo(false);
            Screens.save(page, p[1]);
        }
    }
}
