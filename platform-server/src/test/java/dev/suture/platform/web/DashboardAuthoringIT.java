package dev.suture.platform.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.suture.platform.web.SignIn.exactly;
import static dev.suture.platform.web.SignIn.named;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.suture.junit.WebTest;
import dev.suture.platform.support.Accounts;
import dev.suture.platform.support.Api;
import dev.suture.platform.fixtures.TestPages;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Test cases and suites as a developer edits them, in real Chromium: the step editor (plain-English and concrete
 * steps, add, reorder, remove, validation, a concurrent save refused), the version history with its diff and a
 * restore, list filters and pages; a suite's members, order, configuration, schedule and "Run now". Every change
 * is checked through the API, not only on the page.
 */
@MicronautTest(transactional = false)
@WebTest
class DashboardAuthoringIT extends DashboardProperties {

    private static final String PROJECT = "Checkout tests";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    Api api;
    String base;
    Accounts.Account dev;
    String projectId;

    @BeforeAll
    void setUp() {
        api = new Api(server.getURI(), json);
        Accounts accounts = new Accounts(api);
        base = server.getURI().toString();
        Accounts.Account owner = accounts.register("Priya");
        dev = accounts.register("Devon");
        String orgId = accounts.createOrg(owner, "Lantern Labs");
        projectId = accounts.createProject(owner, orgId, PROJECT);
        accounts.addOrgMember(owner, orgId, dev, "MEMBER");
        accounts.addProjectMember(owner, projectId, dev, "DEVELOPER");
        // 26 more test cases than fit one page of the list, two of them tagged and prioritised for the filters
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(Map.of("name", "Search by author", "priority", "LOW", "status", "ACTIVE", "tags", List.of("search"),
                "steps", List.of(Map.of("action", "fill", "target", "#q", "value", "Austen"))));
        rows.add(Map.of("name", "Sign in", "priority", "CRITICAL", "tags", List.of("auth"),
                "steps", List.of(Map.of("action", "step", "instruction", "sign in as alice"))));
        for (int i = 1; i <= 24; i++) {
            rows.add(Map.of("name", String.format("Browse page %02d", i), "steps",
                    List.of(Map.of("action", "navigate", "target", "/books?page=" + i))));
        }
        Api.Res imported = api.post("/api/test-cases/import?projectId=" + projectId, api.json(rows), dev.token());
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
    }

    private Locator row(Page page, String text) {
        return page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(text));
    }

    @Test
    void stepEditorVersionHistoryAndRestore(Page page) {
        SignIn.as(page, base, dev, PROJECT);
        page.getByRole(AriaRole.LINK, named("Test cases")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Test cases of " + PROJECT))).isVisible();
        page.getByRole(AriaRole.LINK, named("New test case")).click();
        page.getByLabel("Name").fill("Checkout with a saved card");
        page.getByLabel("Tags").fill("checkout, smoke");
        page.getByLabel("Priority").selectOption("HIGH");
        page.getByLabel("Instruction of step 1").fill("open the cart");
        page.getByRole(AriaRole.BUTTON, named("Add step")).click();
        page.getByLabel("Kind of step 2").selectOption("action");
        assertThat(page.getByLabel("Action of step 2")).isVisible();
        page.getByLabel("Action of step 2").fill("click");
        page.getByLabel("Target of step 2").fill("#pay");
        page.getByRole(AriaRole.BUTTON, named("Add step")).click();
        assertThat(page.getByLabel("Action of step 3")).isHidden(); // a plain-English step: no action fields
        page.getByLabel("Instruction of step 3").fill("type 'bob' into the name field");
        page.getByRole(AriaRole.BUTTON, named("Move step 3 up")).click();
        assertThat(page.getByLabel("Instruction of step 2")).hasValue("type 'bob' into the name field");
        assertThat(page.getByLabel("Target of step 3")).hasValue("#pay");
        assertThat(page.getByRole(AriaRole.BUTTON, named("Move step 1 up"))).isDisabled();
        page.getByRole(AriaRole.BUTTON, named("Remove step 1")).click();
        assertThat(page.getByLabel("Instruction of step 1")).hasValue("type 'bob' into the name field");
        Screens.save(page, "40-test-case-editor");

        // a concrete step without its action is refused, with the draft kept as typed
        page.getByLabel("Action of step 2").fill("");
        page.getByRole(AriaRole.BUTTON, exactly("Save")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("steps[1].action");
        assertThat(page.getByLabel("Target of step 2")).hasValue("#pay");
        Screens.save(page, "41-test-case-invalid");
        page.getByLabel("Action of step 2").fill("click");
        page.getByRole(AriaRole.BUTTON, exactly("Save")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Saved.");
        String id = page.url().replaceAll(".*/test-cases/([0-9a-f-]{36}).*", "$1");
        Api.Res v1 = api.get("/api/test-cases/" + id, dev.token());
        assertThat(v1.body().get("version")).isEqualTo(1);
        assertThat(v1.body().get("tags")).isEqualTo(List.of("checkout", "smoke"));
        assertThat(v1.body().get("steps")).isEqualTo(List.of(
                Map.of("action", "step", "instruction", "type 'bob' into the name field"),
                Map.of("action", "click", "target", "#pay")));

        // version 2: renamed, the button's locator changed
        page.getByLabel("Name").fill("Checkout with a card");
        page.getByLabel("Target of step 2").fill("#pay-now");
        page.getByLabel("Change note").fill("the pay button was renamed");
        page.getByRole(AriaRole.BUTTON, exactly("Save")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Saved.");

        // someone else saves in between: this editor's save is refused instead of overwriting theirs
        Map<String, Object> theirs = new HashMap<>(api.get("/api/test-cases/" + id, dev.token()).body());
        theirs.put("description", "edited through the API");
        theirs.keySet().retainAll(List.of("name", "description", "steps", "tags", "priority", "status"));
        assertThat(api.put("/api/test-cases/" + id, api.json(theirs), dev.token()).status()).isEqualTo(200);
        page.getByLabel("Description").fill("my edit");
        page.getByRole(AriaRole.BUTTON, exactly("Save")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Someone saved this test case after you opened it");
        assertThat(api.get("/api/test-cases/" + id, dev.token()).body().get("description"))
                .isEqualTo("edited through the API");

        page.navigate(base + "/projects/" + projectId + "/test-cases/" + id);
        page.getByRole(AriaRole.LINK, named("Version history")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("History of Checkout with a card"))).isVisible();
        page.getByLabel("Compare version").selectOption("1");
        page.getByLabel("with version").selectOption("2");
        page.getByRole(AriaRole.BUTTON, named("Compare")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Changes from v1 to v2"))).isVisible();
        assertThat(page.getByRole(AriaRole.ROWHEADER, exactly("name"))).isVisible();
        assertThat(page.locator("section.card")).containsText("Checkout with a saved card");
        assertThat(page.locator(".diff li.removed")).hasText("Removed: − click #pay");
        assertThat(page.locator(".diff li.added")).hasText("Added: + click #pay-now");
        assertThat(page.locator(".diff li.same")).hasCount(1);
        Screens.save(page, "42-test-case-history");

        page.getByRole(AriaRole.BUTTON, named("Restore version 1")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Version restored");
        Api.Res restored = api.get("/api/test-cases/" + id, dev.token());
        assertThat(restored.body().get("version")).isEqualTo(4);
        assertThat(restored.body().get("name")).isEqualTo("Checkout with a saved card");
        assertThat(restored.body().get("steps")).isEqualTo(v1.body().get("steps"));
        assertThat(row(page, "v4 (current)")).containsText("Restored version 1");
    }

    @Test
    void listFiltersAndPages(Page page) {
        SignIn.as(page, base, dev, PROJECT);
        page.navigate(base + "/projects/" + projectId + "/test-cases?sort=name");
        assertThat(page.getByRole(AriaRole.LINK, named("Next page"))).isVisible();
        assertThat(page.locator("tbody tr")).hasCount(25);
        Screens.save(page, "43-test-cases");
        page.getByRole(AriaRole.LINK, named("Next page")).click();
        assertThat(page.getByRole(AriaRole.LINK, named("Previous page"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, exactly("Sign in"))).isVisible(); // the last by name
        page.getByLabel("Priority").selectOption("LOW");
        page.getByRole(AriaRole.BUTTON, named("Filter")).click();
        assertThat(page.locator("tbody tr")).hasCount(1);
        assertThat(page.getByRole(AriaRole.LINK, exactly("Search by author"))).isVisible();
        page.getByLabel("Priority").selectOption("");
        page.getByLabel("Tag").fill("auth");
        page.getByRole(AriaRole.BUTTON, named("Filter")).click();
        assertThat(page.locator("tbody tr")).hasCount(1);
        assertThat(page.getByRole(AriaRole.LINK, exactly("Sign in"))).isVisible();
        page.getByLabel("Tag").fill("");
        page.getByLabel("Search").fill("browse 07");
        page.getByRole(AriaRole.BUTTON, named("Filter")).click();
        assertThat(page.getByRole(AriaRole.LINK, exactly("Browse page 07"))).isVisible();
        page.getByLabel("Search").fill("");
        page.getByLabel("Status").selectOption("ACTIVE");
        page.getByRole(AriaRole.BUTTON, named("Filter")).click();
        // (an approved generated test is ACTIVE too when that test ran first)
        assertThat(page.getByRole(AriaRole.LINK, exactly("Search by author"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, exactly("Browse page 01"))).hasCount(0);
    }

    @Test
    void suiteMembersConfigurationScheduleAndRunNow(Page page) {
        SignIn.as(page, base, dev, PROJECT);
        page.getByRole(AriaRole.LINK, named("Suites")).click();
        page.getByLabel("Suite name").fill("Smoke");
        page.getByLabel("Description").fill("Fast checks before a release");
        page.getByRole(AriaRole.BUTTON, named("Create suite")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Suite created");
        String suiteId = page.url().replaceAll(".*/suites/([0-9a-f-]{36}).*", "$1");
        for (String name : new String[] {"Sign in", "Search by author", "Browse page 01"}) {
            page.getByLabel("Test case to add").selectOption(new com.microsoft.playwright.options.SelectOption()
                    .setLabel(name));
            page.getByRole(AriaRole.BUTTON, named("Add to suite")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Test case added.");
        }
        page.getByRole(AriaRole.BUTTON, named("Move Browse page 01 up")).click();
        page.getByRole(AriaRole.BUTTON, named("Remove Sign in from the suite")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Test case removed from the suite.");
        assertThat(memberNames(suiteId)).containsExactly("Browse page 01", "Search by author");

        // configuration: a field that cannot be read is named on the page, nothing is saved
        page.getByLabel("Parallel tests").fill("many");
        page.getByRole(AriaRole.BUTTON, named("Save configuration")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("parallelism must be a whole number");
        page.getByLabel("Browser").selectOption("chromium");
        page.getByLabel("Viewport width").fill("1024");
        page.getByLabel("Viewport height").fill("768");
        page.getByLabel("Parallel tests").fill("2");
        page.getByLabel("Retries of a failed test").fill("1");
        page.getByLabel("Base URL").fill("http://127.0.0.1:8081/");
        page.getByLabel("Environment variables").fill("SHOP_USER=alice\nSHOP_PASSWORD=wonderland");
        page.getByRole(AriaRole.BUTTON, named("Save configuration")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Configuration saved.");
        assertThat(api.get("/api/test-suites/" + suiteId + "/config", dev.token()).body()).isEqualTo(Map.of(
                "browser", "chromium", "viewport", Map.of("width", 1024, "height", 768), "parallelism", 2,
                "retries", 1, "baseUrl", "http://127.0.0.1:8081/",
                "environment", Map.of("SHOP_USER", "alice", "SHOP_PASSWORD", "wonderland")));

        page.getByLabel("Cron").fill("every night");
        page.getByRole(AriaRole.BUTTON, named("Add schedule")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("cron is not a valid cron expression");
        page.getByLabel("Cron").fill("0 2 * * MON-FRI");
        page.getByLabel("Time zone").fill("Europe/Berlin");
        page.getByRole(AriaRole.BUTTON, named("Add schedule")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Schedule added.");
        assertThat(row(page, "0 2 * * MON-FRI")).containsText("Europe/Berlin");
        assertThat(api.get("/api/test-suites/" + suiteId + "/schedules", dev.token()).list()).hasSize(1);

        page.getByRole(AriaRole.BUTTON, named("Run now")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Run queued");
        Api.Res runs = api.get("/api/executions?projectId=" + projectId + "&suiteId=" + suiteId, dev.token());
        assertThat(runs.body().get("total")).isEqualTo(1);
        assertThat(page.getByRole(AriaRole.LINK, exactly("Smoke"))).isVisible(); // the run, under Results
        Screens.save(page, "50-suite");
        page.getByRole(AriaRole.LINK, named("All runs of this suite")).click();
        assertThat(page.getByText("1 runs of one suite")).isVisible();
        page.goBack();
        page.getByRole(AriaRole.BUTTON, named("Delete schedule 0 2 * * MON-FRI")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Schedule deleted.");
        page.getByRole(AriaRole.LINK, named("All suites")).click();
        assertThat(row(page, "Smoke")).containsText("2");
        Screens.save(page, "51-suites");
    }

    @Test
    void generatesATestFromADescriptionAndApprovesIt(Page page) {
        try (TestPages shop = new TestPages(TestPages.SHOP)) {
            SignIn.as(page, base, dev, PROJECT);
            page.getByRole(AriaRole.LINK, named("Generated tests")).click();
            page.getByLabel("Start page URL").fill(shop.url("/login"));
            page.getByRole(AriaRole.TEXTBOX, named("Description")).fill("type 'bob@example.com' into the email field. "
                    + "type 'secret' into the password field. click Sign in.");
            page.getByLabel("Test name").fill("Sign in to the shop");
            page.getByRole(AriaRole.BUTTON, named("Generate test")).click();
            assertThat(page.getByRole(AriaRole.HEADING, named("Sign in to the shop"))).isVisible();
            assertThat(page.getByText("PENDING").first()).isVisible();
            assertThat(page.locator("tbody")).containsText("bob@example.com");
            assertThat(page.locator("tbody")).containsText("secret");
            Screens.save(page, "44-generated-test");
            page.getByLabel("Priority").selectOption("HIGH");
            page.getByRole(AriaRole.BUTTON, named("Approve as test case")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Saved.");
            assertThat(page.getByLabel("Name")).hasValue("Sign in to the shop");
            assertThat(page.getByLabel("Priority")).hasValue("HIGH");

            // a start page that does not answer is shown on the form, which keeps what was typed
            page.getByRole(AriaRole.LINK, named("Generated tests")).click();
            assertThat(page.getByRole(AriaRole.CELL, named("APPROVED"))).isVisible();
            page.getByLabel("Start page URL").fill("notaurl");
            page.getByRole(AriaRole.TEXTBOX, named("Description")).fill("click Sign in");
            page.evaluate("document.querySelector('input[name=startUrl]').type = 'text'");
            page.getByRole(AriaRole.BUTTON, named("Generate test")).click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("startUrl");
            assertThat(page.getByRole(AriaRole.TEXTBOX, named("Description"))).hasValue("click Sign in");
            Screens.save(page, "45-generated-tests");
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> memberNames(String suiteId) {
        List<Map<String, Object>> members = (List<Map<String, Object>>) api.get("/api/test-suites/" + suiteId,
                dev.token()).body().get("testCases");
        return members.stream().map(m -> (String) m.get("name")).toList();
    }
}
