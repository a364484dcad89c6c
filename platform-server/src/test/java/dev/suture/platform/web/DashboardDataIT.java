package dev.suture.platform.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.suture.junit.WebTest;
import dev.suture.platform.support.Accounts;
import dev.suture.platform.support.Api;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard on a reported history (ingested through the SDK's API): overview figures and charts, the
 * executions list and its filters, a run's steps with their plain-English instructions, and accepting a heal,
 * which the SDK then sees in its healing state; a viewer gets no review buttons.
 */
@MicronautTest(transactional = false)
@WebTest
class DashboardDataIT extends DashboardProperties {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    Api api;
    String base;
    Accounts.Account owner;
    Accounts.Account viewer;
    String projectId;
    String apiKey;
    /** Where the SDK acted when it healed #signin: a positional selector, valid on that page only. */
    private static final String SIGN_IN_ACTED_ON = "xpath=/html[1]/body[1]/main[1]/form[1]/button[1]";

    String healedRunId;

    @BeforeAll
    void setUp() {
        api = new Api(server.getURI(), json);
        Accounts accounts = new Accounts(api);
        base = server.getURI().toString();
        owner = accounts.register("Mara");
        viewer = accounts.register("Vik");
        String org = accounts.createOrg(owner, "Paper Lantern");
        projectId = accounts.createProject(owner, org, "Bookshop suite");
        accounts.addOrgMember(owner, org, viewer, "VIEWER");
        accounts.addProjectMember(owner, projectId, viewer, "VIEWER");
        apiKey = accounts.createApiKey(owner, projectId);
        History history = new History(api, apiKey);
        Instant now = Instant.now();
        List<String[]> steps = List.of(new String[] {"open the catalogue", "navigate", "/"},
                new String[] {"click the Add to basket button", "click", "getByRole(BUTTON, \"Add to basket\")"});
        // five days: day 3 has a failure, and the last run heals the redesigned sign-in button
        for (int day = 5; day >= 1; day--) {
            List<History.Test> tests = new ArrayList<>();
            tests.add(new History.Test("bookshop.ShopTest#addsToBasket", "PASSED", 800 + day * 10, steps, null));
            tests.add(new History.Test("bookshop.ShopTest#checksOut", day == 3 ? "FAILED" : "PASSED", 1500, steps,
                    null));
            tests.add(new History.Test("bookshop.ShopTest#signsIn", "PASSED", 1200,
                    List.<String[]>of(new String[] {null, "click", "#signin"}),
                    day == 1 ? new String[] {"#signin", SIGN_IN_ACTED_ON, "getByRole(BUTTON, \"Log in\")"} : null));
            String id = history.run("mvn test", day == 2 ? "feature/v2" : "main", "c0ffee" + day,
                    now.minus(Duration.ofDays(day - 1)).minus(Duration.ofMinutes(30)), tests);
            if (day == 1) {
                healedRunId = id;
            }
        }
    }

    private void signIn(Page page, Accounts.Account who) {
        page.navigate(base + "/login");
        page.getByLabel("E-mail").fill(who.email());
        page.getByLabel("Password").fill(Accounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Bookshop suite")))
                .isVisible();
    }

    @Test
    void overviewShowsFiguresChartsAndLastRuns(Page page) {
        signIn(page, owner);
        // 15 tests, 14 passed
        assertThat(page.getByTestId("pass-rate")).hasText("93.3 %");
        assertThat(page.locator(".plot canvas")).hasCount(4);
        assertThat(page.locator(".uplot")).hasCount(4);
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("feature/v2")))
                .hasCount(1);
        Screens.save(page, "40-overview-with-history");
        page.locator(".plot").first().hover();
        assertThat(page.locator(".plot").first().locator(".u-legend")).containsText("runs");
    }

    @Test
    void executionsFilterAndRunDetailAcceptsAHeal(Page page) {
        signIn(page, owner);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Executions")).click();
        assertThat(page.getByText("5 runs")).isVisible();
        page.getByLabel("Status").selectOption("FAILED");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
        assertThat(page.getByText("1 runs")).isVisible();
        page.getByLabel("Status").selectOption("");
        page.getByLabel("Branch").fill("feature/v2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
        assertThat(page.getByText("1 runs")).isVisible();
        Screens.save(page, "41-executions-filtered");

        page.navigate(base + "/projects/" + projectId + "/executions/" + healedRunId);
        assertThat(page.getByText("“click the Add to basket button”").first()).isVisible();
        // the new locator is the SDK's readable suggestion; the positional selector it acted on is a detail
        Locator heal = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Healed locator #signin"));
        assertThat(heal.locator(".pair > div").nth(1).locator("code").first()).hasText("getByRole(BUTTON, \"Log in\")");
        heal.getByText("Selector acted on").click();
        assertThat(heal.getByText(SIGN_IN_ACTED_ON)).isVisible();
        Screens.save(page, "42-execution-detail");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept")).click();
        assertThat(page).hasURL(base + "/projects/" + projectId + "/executions/" + healedRunId);
        assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Healed locator #signin")))
                .containsText("ACCEPTED");
        // the SDK's healing state now carries the accepted baseline
        Api.Res state = api.send("GET", "/api/ingest/healing-state", null, "Authorization", "Bearer " + apiKey);
        assertThat(state.status()).isEqualTo(200);
        assertThat(state.text()).contains("#signin");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Healing")).click();
        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("#signin"));
        assertThat(row).containsText("ACCEPTED");
        assertThat(row.locator("td").nth(1).locator("code").first()).hasText("getByRole(BUTTON, \"Log in\")");
        Screens.save(page, "43-healing");
    }

    @Test
    void viewerGetsNoReviewButtons(Page page) {
        signIn(page, viewer);
        page.navigate(base + "/projects/" + projectId + "/executions/" + healedRunId);
        assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Healed locator #signin")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept"))).hasCount(0);
        page.navigate(base + "/projects/" + projectId + "/healing");
        assertThat(page.locator("main form[method=post]")).hasCount(0);
    }
}
