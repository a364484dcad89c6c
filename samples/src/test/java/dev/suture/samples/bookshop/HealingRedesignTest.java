package dev.suture.samples.bookshop;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.suture.core.BrowserLease;
import dev.suture.core.BrowserRuntime;
import dev.suture.core.HealingEvent;
import dev.suture.core.HealingMode;
import dev.suture.core.HealingOptions;
import dev.suture.core.SessionOptions;
import dev.suture.core.SutureConfig;
import dev.suture.core.TestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Self-healing on the bookshop's redesign: LoginTest's sign-in, written against version 1, runs once against
 * version 1 (recording its locators' baselines) and then against the redesigned version 2 served at the same
 * paths, where the field label became "Username" and the button "Log in". It still signs in, and the heals are
 * reported with their replacement locators.
 */
class HealingRedesignTest {
  @TempDir
  Path project;

  @Test
  void theVersionOneSignInHealsOnTheRedesignedPage() {
    Consumer<Page> signIn = page -> {
      page.navigate("/login.html");
      page.getByLabel("User name").fill("alice");
      page.getByLabel("Password").fill("wonderland");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    };
    SutureConfig config = SutureConfig.load(Map.of());
    try (BrowserRuntime runtime = BrowserRuntime.start(config.browser())) {
      try (Bookshop v1 = Bookshop.start(0, Bookshop.Variant.V1)) {
        assertEquals(List.of(), run(runtime, config, v1, page -> {
          signIn.accept(page);
          assertThat(page.getByText("Signed in as Alice Liddell")).isVisible();
        }));
      }
      try (Bookshop v2 = Bookshop.start(0, Bookshop.Variant.V2)) {
        List<HealingEvent> heals = run(runtime, config, v2, page -> {
          signIn.accept(page);
          assertThat(page.getByText("Hello, Alice Liddell")).isVisible();
        });
        assertEquals(List.of("internal:label=\"User name\"i", "internal:role=button[name=\"Sign in\"i]"),
            heals.stream().map(HealingEvent::locator).toList());
        assertEquals(List.of("page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(\"Username\"))",
                "page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(\"Log in\"))"),
            heals.stream().map(HealingEvent::suggestion).toList());
        for (HealingEvent heal : heals) {
          assertEquals("LoginTest.signsInAndGreetsTheUser(Page)", heal.test());
          assertTrue(heal.runnerUpScore() == null || heal.score() > heal.runnerUpScore(), heal.describe());
          assertTrue(Files.exists(project.resolve("output").resolve(heal.screenshot())), heal.screenshot());
        }
      }
    }
  }

  /** One run of the test against one shop, as @WebTest would run it; a passed run commits its baselines. */
  private List<HealingEvent> run(BrowserRuntime runtime, SutureConfig config, Bookshop shop, Consumer<Page> body) {
    SessionOptions options = new SessionOptions(shop.url().toString(), config.viewport(), config.traceMode(),
        config.traceSnapshots(), config.screenshotMode(), project.resolve("output"),
        project.resolve("output/LoginTest"), 10_000, 15_000, "LoginTest.signsInAndGreetsTheUser(Page)");
    try (BrowserLease lease = runtime.lease();
         TestSession session = TestSession.open(lease, options,
             new HealingOptions(HealingMode.HEAL, 1_000, project.resolve(".suture")))) {
      body.accept(session.page());
      session.captureArtifacts(false);
      return session.healings();
    }
  }
}
