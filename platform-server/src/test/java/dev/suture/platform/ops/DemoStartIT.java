package dev.suture.platform.ops;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.suture.junit.WebTest;
import dev.suture.platform.Application;
import dev.suture.platform.db.DatabaseLauncher;
import dev.suture.platform.support.Api;
import dev.suture.platform.web.Screens;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The demo start as {@code java -jar suture-platform.jar --demo} does it, on an embedded PostgreSQL in a fresh data
 * directory: the demo organisation, project, users and stored tests, the printed URL and logins, the demo owner
 * signing in to the dashboard, and one sample test run on the bookshop's version 1 and then on the redesign,
 * reported to the demo project with its heals. The samples build against Suture's modules as the reactor build has
 * just packaged them (the parent POM installs them into {@code target/demo-maven-repo}, never into ~/.m2), reading
 * everything else offline from ~/.m2. The sample runs are cut to one test each so the whole class stays near a
 * minute.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoStartIT {

    private static final Path CHECKOUT = Path.of("..").toAbsolutePath().normalize();
    private static final Path USER_REPOSITORY = Path.of(System.getProperty("user.home"), ".m2/repository");
    /**
     * Where Suture's modules are installed: {@code -Ddemo.it.maven-repo=DIR} when given, else the build's own
     * {@code target/demo-maven-repo} (filled while the reactor packages them), else ~/.m2 (after
     * {@code bin/suture --demo}). The sample runs read it first and everything else from ~/.m2, offline.
     */
    private static final Path SUTURE_REPOSITORY = sutureRepository();
    private static final boolean SAMPLES_RUNNABLE = DemoSamples.isCheckout(CHECKOUT)
            && holdsSuture(SUTURE_REPOSITORY);
    private static final List<String> PROPERTIES = List.of("suture.demo", "suture.web.secure-cookies",
            "suture.demo.checkout", "suture.demo.tests", "suture.demo.redesign-tests", "suture.demo.run-samples",
            "suture.demo.maven-options", "micronaut.server.port");

    private static final String USERNAME_FIELD =
            "page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(\"Username\"))";
    private static final String LOG_IN_BUTTON =
            "page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(\"Log in\"))";

    Path dataDir;
    DatabaseLauncher db;
    ApplicationContext context;
    Api api;
    String base;
    String printed;

    @BeforeAll
    void startTheDemo() throws Exception {
        dataDir = Files.createTempDirectory("suture-demo-it");
        System.setProperty("suture.demo", "true");
        System.setProperty("suture.web.secure-cookies", "false");
        System.setProperty("suture.demo.checkout", CHECKOUT.toString());
        // one test of the demo's redesign run, on both versions (a test heals against its own version-1 baselines)
        System.setProperty("suture.demo.tests", "LoginTest#rejectsAWrongPassword");
        System.setProperty("suture.demo.redesign-tests", "LoginTest#rejectsAWrongPassword");
        System.setProperty("suture.demo.run-samples", String.valueOf(SAMPLES_RUNNABLE));
        System.setProperty("suture.demo.maven-options", SUTURE_REPOSITORY.equals(USER_REPOSITORY) ? "-o"
                : "-o -Dmaven.repo.local=" + SUTURE_REPOSITORY + " -Dmaven.repo.local.tail=" + USER_REPOSITORY);
        System.setProperty("micronaut.server.port", "-1");
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(new TeeStream(stdout, captured), true, StandardCharsets.UTF_8));
        try {
            db = DatabaseLauncher.startEmbedded(dataDir);
            context = Application.start(db);
            // two Maven runs of one browser test each: about a minute on a quiet machine, several on a loaded one
            context.getBean(DemoMode.class).worker().join(600_000);
        } finally {
            System.setOut(stdout);
        }
        printed = captured.toString(StandardCharsets.UTF_8);
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        base = server.getURI().toString();
        api = new Api(server.getURI(), context.getBean(JsonMapper.class));
    }

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
        if (db != null) {
            db.close();
        }
        PROPERTIES.forEach(System::clearProperty);
    }

    @Test
    @Order(1)
    void createsTheDemoOrganisationProjectUsersAndStoredTestsAndPrintsTheLogin(Page page) {
        assertThat(db.isEmbedded()).isTrue();
        int port = context.getBean(EmbeddedServer.class).getPort();
        assertThat(printed).contains("Suture demo ready: http://localhost:" + port + "/")
                .contains("sign in as demo@suture.dev / suture-demo (owner), or viewer@suture.dev / suture-demo");
        String owner = token(DemoData.OWNER);
        List<Object> projects = api.get("/api/projects", owner).list();
        assertThat(projects).hasSize(1);
        String projectId = (String) ((Map<?, ?>) projects.get(0)).get("id");
        assertThat(((Map<?, ?>) projects.get(0)).get("name")).isEqualTo("Paper Lantern Books");
        assertThat(api.get("/api/test-cases?projectId=" + projectId, owner).body().get("total")).isEqualTo(3);
        List<?> suites = (List<?>) api.get("/api/test-suites?projectId=" + projectId, owner).body().get("items");
        assertThat(suites).hasSize(1);
        String viewer = token(DemoData.VIEWER);
        assertThat(api.get("/api/projects/" + projectId, viewer).status()).isEqualTo(200);
        assertThat(api.post("/api/test-suites/" + ((Map<?, ?>) suites.get(0)).get("id") + "/execute", "{}", viewer)
                .status()).isEqualTo(403);

        page.navigate(base + "/login");
        page.getByLabel("E-mail").fill(DemoData.OWNER);
        page.getByLabel("Password").fill(DemoData.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Paper Lantern Books")))
                .isVisible();
        Screens.save(page, "60-demo-overview");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Suites")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bookshop smoke")).click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in").setExact(true)))
                .isVisible();
        Screens.save(page, "61-demo-suite");
    }

    @Test
    @Order(2)
    void reportsTheSampleRunsOnBothShopVersionsWithTheirHeals(Page page) {
        assumeTrue(SAMPLES_RUNNABLE, "Suture's modules are in no Maven repository: build with ./mvnw verify (or "
                + "package), which installs them into target/demo-maven-repo");
        assertThat(printed).contains("the v1 run finished (exit 0)").contains("the v2 run finished (exit 0)");
        String owner = token(DemoData.OWNER);
        String projectId = (String) ((Map<?, ?>) api.get("/api/projects", owner).list().get(0)).get("id");
        String suiteId = (String) ((Map<?, ?>) ((List<?>) api.get("/api/test-suites?projectId=" + projectId, owner)
                .body().get("items")).get(0)).get("id");
        // both runs passed, and both are runs of the demo's stored suite (the suite page lists them as its results);
        // (the SDK's outbox may add a run an earlier, interrupted demo left unsent: look by name, not in total)
        Api.Res runs = api.get("/api/executions?projectId=" + projectId + "&suiteId=" + suiteId, owner);
        assertThat(((List<?>) runs.body().get("items")).stream().map(r -> ((Map<?, ?>) r).get("name") + "@"
                + ((Map<?, ?>) r).get("branch") + " " + ((Map<?, ?>) r).get("status")).toList()).as(runs.text())
                .contains("Paper-Lantern-v1@main PASSED", "Paper-Lantern-v2@redesign PASSED");
        // each heal's new locator is the readable suggestion, not the positional selector the run acted on
        List<?> heals = (List<?>) api.get("/api/healing-records?projectId=" + projectId, owner).body().get("items");
        assertThat(heals.stream().map(h -> ((Map<?, ?>) h).get("locator") + " -> " + ((Map<?, ?>) h).get("suggestion"))
                .toList()).as("the redesign's heals").contains(
                        "internal:label=\"User name\"i -> " + USERNAME_FIELD, "internal:role=button[name=\"Sign in\"i] -> "
                                + LOG_IN_BUTTON);

        page.navigate(base + "/login");
        page.getByLabel("E-mail").fill(DemoData.OWNER);
        page.getByLabel("Password").fill(DemoData.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Healing")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept").setExact(false))
                .first()).isVisible();
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHasText("internal:role=button[name=\"Sign in\"i]")).first().locator("td").nth(1))
                .containsText(LOG_IN_BUTTON);
        Screens.save(page, "62-demo-healing");
        page.navigate(base + "/projects/" + projectId + "/suites/" + suiteId);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Paper-Lantern-v2")).first())
                .isVisible();
        Screens.save(page, "64-demo-suite-results");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Overview")).click();
        Screens.save(page, "63-demo-overview-with-runs");
    }

    private static Path sutureRepository() {
        String given = System.getProperty("demo.it.maven-repo");
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        Path built = CHECKOUT.resolve("target/demo-maven-repo");
        return holdsSuture(built) ? built : USER_REPOSITORY;
    }

    private static boolean holdsSuture(Path repository) {
        return Files.isDirectory(repository.resolve("dev/suture/junit-extension"));
    }

    private String token(String email) {
        Api.Res login = api.post("/api/auth/login", api.json(Map.of("email", email, "password", DemoData.PASSWORD)),
                null);
        assertThat(login.status()).as(login.text()).isEqualTo(200);
        return login.str("accessToken");
    }

    /** Writes to the console and to the capture at once (the demo prints from its own thread). */
    private static final class TeeStream extends java.io.OutputStream {
        private final java.io.OutputStream a;
        private final java.io.OutputStream b;

        TeeStream(java.io.OutputStream a, java.io.OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public synchronized void write(int c) throws java.io.IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public synchronized void write(byte[] buf, int off, int len) throws java.io.IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }
    }
}
