package dev.suture.ai.internal.steps;

import com.microsoft.playwright.Page;
import dev.suture.ai.StepFailedException;
import dev.suture.ai.StepOptions;
import dev.suture.ai.StepRunner;
import dev.suture.core.BrowserFixture;
import dev.suture.core.StepResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Plain-English steps run end to end in Chromium against pages served over HTTP, with the cache on disk. */
class StepRunnerTest {
  private static final String LOGIN = """
      <html><head><title>Sign in</title></head><body>
      <form id="f" action="/welcome">
        <label for="email">Email</label><input id="%s" name="email" type="email">
        <label for="pw">Password</label><input id="pw" name="pw" type="password">
        <button type="submit" id="signin">Sign in</button>
      </form>
      <button onclick="fetch('/boom')">Report</button>
      </body></html>""";
  private static final String WELCOME = """
      <html><head><title>Welcome</title></head><body><h1 id="hello"></h1>
      <script>document.getElementById('hello').textContent = 'Welcome, '
        + new URLSearchParams(location.search).get('email').split('@')[0];</script></body></html>""";

  @RegisterExtension
  static final BrowserFixture browser = new BrowserFixture();
  private Page page;
  @TempDir
  Path cacheDir;

  @BeforeAll
  static void serve() {
    browser.server().put("/welcome", WELCOME);
    browser.server().put("/boom", "fail");
    browser.server().status("/boom", 500);
  }

  @BeforeEach
  void open() {
    browser.server().put("/login", LOGIN.formatted("email"));
    page = browser.page();
  }

  private StepRunner runner() {
    return StepRunner.create(page, StepOptions.defaults().withCacheDir(cacheDir));
  }

  private static final String SCRIPT = """
      go to %s
      type 'bob@example.com' into the email field
      # comments and blank lines are skipped

      type 'secret' into the password field and click Sign in
      check that the page says Welcome, bob
      verify the url contains /welcome""";

  @Test
  void runsAScriptAndReplaysItFromTheCache() throws Exception {
    List<StepResult> first = runner().run(SCRIPT.formatted(browser.server().url("/login")));
    assertThat(first).extracting(StepResult::action)
        .containsExactly("navigate", "fill", "fill", "click", "expect text", "expect URL");
    assertThat(first).extracting(StepResult::source).containsOnly("offline");
    assertThat(first.get(1).describe())
        .isEqualTo("type 'bob@example.com' into the email field → fill \"bob@example.com\" on getByRole(textbox, \"Email\")");
    assertThat(page.url()).contains("/welcome?email=bob%40example.com");
    try (var files = Files.list(cacheDir)) {
      assertThat(files.filter(f -> f.toString().endsWith(".json")).count()).isGreaterThanOrEqualTo(2);
    }
    String cached = Files.readString(new StepCache(cacheDir).fileOf("/login"));
    assertThat(cached).contains("\"type 'bob@example.com' into the email field\"", "\"locator\" : \"#email\"");

    page.navigate("about:blank");
    List<StepResult> second = runner().run(SCRIPT.formatted(browser.server().url("/login")));
    assertThat(second).extracting(StepResult::source).containsOnly("cache");
    assertThat(page.locator("h1").textContent()).isEqualTo("Welcome, bob");
  }

  @Test
  void aCachedElementThatChangedIsFoundAgain() {
    runner().run(SCRIPT.formatted(browser.server().url("/login")));
    browser.server().put("/login", LOGIN.formatted("user-email").replace("for=\"email\"", "for=\"user-email\""));
    page.navigate("about:blank");
    List<StepResult> again = runner().run(SCRIPT.formatted(browser.server().url("/login")));
    assertThat(again.get(1).source()).isIn("healed", "offline");
    assertThat(again.get(1).locator()).isEqualTo("getByRole(textbox, \"Email\")");
    assertThat(page.locator("h1").textContent()).isEqualTo("Welcome, bob");
  }

  @Test
  void failuresAreClassified() {
    StepRunner steps = runner();
    steps.run("go to " + browser.server().url("/login"));
    page.setDefaultTimeout(2000);
    assertThatThrownBy(() -> steps.run("check that the page says Goodbye"))
        .isInstanceOf(StepFailedException.class)
        .satisfies(e -> assertThat(((StepFailedException) e).result().failureKind()).isEqualTo("assertion mismatch"));
    assertThatThrownBy(() -> steps.run("click the Save button"))
        .isInstanceOf(StepFailedException.class)
        .hasMessageContaining("no control or link on the page matches \"save\" button")
        .satisfies(e -> assertThat(((StepFailedException) e).result().failureKind()).isEqualTo("unresolved"));
    steps.run("click Report");
    assertThatThrownBy(() -> steps.run("wait 300 ms and then verify the page says 'Report sent'"))
        .isInstanceOf(StepFailedException.class)
        .satisfies(e -> assertThat(((StepFailedException) e).result().failureKind()).isIn("application error",
            "assertion mismatch"));
    assertThat(steps.results()).extracting(StepResult::failed).contains(true, false);
  }
}
