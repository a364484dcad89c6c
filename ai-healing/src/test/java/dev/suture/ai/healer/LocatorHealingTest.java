package dev.suture.ai.healer;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpServer;
import dev.suture.core.BrowserLease;
import dev.suture.core.BrowserRuntime;
import dev.suture.core.HealingEvent;
import dev.suture.core.HealingMode;
import dev.suture.core.HealingOptions;
import dev.suture.core.LocatorHealingException;
import dev.suture.core.SessionOptions;
import dev.suture.core.SutureConfig;
import dev.suture.core.TestSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Healing end to end in real Chromium, through the protocol tap, with the engine found by ServiceLoader: a test
 * runs against version 1 of a page (recording baselines), then the same test against a changed page.
 */
class LocatorHealingTest {
  private static final String V1 = """
      <html><body><main><h1>Welcome back</h1><form id="login" onsubmit="return false">
      <label for="email">Email</label><input id="email" name="email">
      <button id="signin" class="btn btn-primary" onclick="document.title='signed in'">Log in</button>
      <a href="/forgot">Forgot password?</a></form></main></body></html>""";
  /** The button lost its id and was reworded; a "Log out" button appeared beside it. */
  private static final String V2 = """
      <html><body><main><h1>Welcome back</h1><form id="login" onsubmit="return false">
      <label for="email">Email</label><input id="email" name="email">
      <button class="btn btn-primary" onclick="document.title='signed in'">Sign in</button>
      <button class="btn" onclick="document.title='logged out'">Log out</button>
      <a href="/forgot">Forgot password?</a></form></main></body></html>""";
  /** The button is gone; only its opposite is left. */
  private static final String V3 = """
      <html><body><main><h1>Welcome back</h1><form id="login" onsubmit="return false">
      <label for="email">Email</label><input id="email" name="email">
      <button onclick="document.title='logged out'">Log out</button>
      <a href="/forgot">Forgot password?</a></form></main></body></html>""";

  private static final Map<String, String> PAGES = new ConcurrentHashMap<>();
  private static HttpServer server;
  private static BrowserRuntime runtime;
  private static SutureConfig config;

  @TempDir
  Path project;

  @BeforeAll
  static void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = PAGES.getOrDefault(exchange.getRequestURI().getPath(), "").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    config = SutureConfig.load(Map.of());
    runtime = BrowserRuntime.start(config.browser());
  }

  @AfterAll
  static void stop() {
    runtime.close();
    server.stop(0);
  }

  @Test
  void aCssLocatorHealsToTheRewordedButtonAndNotToItsOpposite() throws Exception {
    PAGES.put("/login", V1);
    runTest(HealingMode.HEAL, page -> page.locator("#signin").click(), true);
    PAGES.put("/login", V2);

    TestSession healed = runTest(HealingMode.HEAL, page -> {
      page.locator("#signin").click();
      assertThat(page).hasTitle("signed in");
    }, true);

    assertThat(healed.healings()).singleElement().satisfies(event -> {
      assertThat(event.locator()).isEqualTo("#signin");
      assertThat(event.action()).isEqualTo("click");
      assertThat(event.element()).isEqualTo("button \"Sign in\"");
      assertThat(event.suggestion()).isEqualTo(
          "page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(\"Sign in\"))");
      assertThat(event.score()).isGreaterThan(event.runnerUpScore() + 0.1);
      assertThat(event.test()).isEqualTo("LoginTest.logsIn()");
      assertThat(project.resolve("artifacts").resolve(event.screenshot().replace("artifacts/", ""))).exists();
    });
    String baselines = Files.readString(project.resolve(".suture/baselines/LoginTest.logsIn_.json"));
    assertThat(baselines).contains("\"verdict\" : \"unreviewed\"", "\"locator\" : \"#signin\"", "Sign in");
  }

  @Test
  void getByRoleHealsToo() {
    PAGES.put("/login", V1);
    runTest(HealingMode.HEAL, page -> page.getByRole(AriaRole.BUTTON,
        new Page.GetByRoleOptions().setName("Log in")).click(), true);
    PAGES.put("/login", V2);
    TestSession healed = runTest(HealingMode.HEAL, page -> {
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
      assertThat(page).hasTitle("signed in");
    }, true);
    assertThat(healed.healings()).singleElement().extracting(HealingEvent::locator)
        .isEqualTo("internal:role=button[name=\"Log in\"i]");
  }

  @Test
  void aGoneElementFailsFastListingTheCandidatesAndNeverClicksItsOpposite() {
    PAGES.put("/login", V1);
    runTest(HealingMode.HEAL, page -> page.locator("#signin").click(), true);
    PAGES.put("/login", V3);
    long start = System.nanoTime();
    runTest(HealingMode.HEAL, page -> {
      assertThatThrownBy(() -> page.locator("#signin").click())
          .isInstanceOf(LocatorHealingException.class)
          .hasMessageContaining("Locator #signin (click in LoginTest.logsIn() on")
          .hasMessageContaining("matched nothing for 300 ms, and Suture did not heal it")
          .hasMessageContaining("opposite meaning")
          .hasMessageContaining("Best candidates:");
      assertThat(page.title()).isNotEqualTo("logged out");
    }, false);
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
  }

  @Test
  void expectationsOfAbsenceAreNeverHealed() {
    PAGES.put("/login", V1);
    runTest(HealingMode.HEAL, page -> page.locator("#signin").click(), true);
    PAGES.put("/login", V2);
    TestSession session = runTest(HealingMode.HEAL, page -> assertThat(page.locator("#signin")).not().isVisible(),
        true);
    assertThat(session.healings()).isEmpty();
  }

  @Test
  void suggestModeFailsNamingTheReplacement() {
    PAGES.put("/login", V1);
    runTest(HealingMode.HEAL, page -> page.locator("#signin").click(), true);
    PAGES.put("/login", V2);
    runTest(HealingMode.SUGGEST, page -> assertThatThrownBy(() -> page.locator("#signin").click())
        .isInstanceOf(LocatorHealingException.class)
        .hasMessageContaining("Suture would heal it to button \"Sign in\"")
        .hasMessageContaining("replace it with: page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()"
            + ".setName(\"Sign in\"))"), false);
  }

  @Test
  void aHealAUserRejectedIsNeverMadeAgain() throws Exception {
    PAGES.put("/login", V1);
    runTest(HealingMode.HEAL, page -> page.locator("#signin").click(), true);
    PAGES.put("/login", V2);
    runTest(HealingMode.HEAL, page -> page.locator("#signin").click(), true);
    Path file = project.resolve(".suture/baselines/LoginTest.logsIn_.json");
    Files.writeString(file, Files.readString(file).replace("\"unreviewed\"", "\"rejected\""));

    runTest(HealingMode.HEAL, page -> assertThatThrownBy(() -> page.locator("#signin").click())
        .isInstanceOf(LocatorHealingException.class)
        .hasMessageContaining("rejected by a user"), false);
  }

  /** One test: a fresh session, the body, then the outcome (a passed test commits its baselines). */
  private TestSession runTest(HealingMode mode, Consumer<Page> body, boolean passes) {
    SessionOptions options = new SessionOptions(null, config.viewport(), config.traceMode(), config.traceSnapshots(),
        config.screenshotMode(), project.resolve("artifacts"), project.resolve("artifacts/login"), 5_000, 10_000,
        "LoginTest.logsIn()");
    HealingOptions healing = new HealingOptions(mode, 300, project.resolve(".suture"));
    try (BrowserLease lease = runtime.lease();
         TestSession session = TestSession.open(lease, options, healing)) {
      Page page = session.page();
      page.navigate("http://127.0.0.1:" + server.getAddress().getPort() + "/login");
      body.accept(page);
      session.captureArtifacts(!passes);
      return session;
    }
  }
}
