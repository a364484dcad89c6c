package dev.suture.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RunReportTest {
  @TempDir
  Path dir;

  private final Instant start = Instant.parse("2026-11-26T10:00:00Z");

  @Test
  void resultsRoundTripThroughTheirStableJsonForm() throws Exception {
    RunResult run = RunResult.of("run-1", start, start.plusSeconds(3), List.of(passed(), failed()));

    RunReport.write(run, dir);

    assertThat(RunReport.read(dir.resolve("results.json"))).isEqualTo(run);
    String json = Files.readString(dir.resolve("results.json"));
    assertThat(json).startsWith("{\n  \"schemaVersion\" : 1,\n  \"runId\" : \"run-1\",\n  \"startedAt\" : "
        + "\"2026-11-26T10:00:00Z\"");
    assertThat(json).contains("\"summary\" : {\n    \"total\" : 2,\n    \"passed\" : 1,\n    \"failed\" : 1");
    assertThat(json).doesNotContain("null");
  }

  @Test
  void theReportIsSelfContainedAndEscapesWhatTestsPrinted() throws Exception {
    RunResult run = RunResult.of("run-2", start, start.plusSeconds(3), List.of(passed(), failed()));

    String html = Files.readString(RunReport.write(run, dir));

    assertThat(html).contains("<title>Suture report: 1/2 passed</title>")
        .contains("expected &lt;b&gt;5&lt;/b&gt; but was &quot;0&quot;")
        .contains("<img class=\"shot\" loading=\"lazy\" src=\"CartTest/fails/screenshot.png\"")
        .contains("npx playwright show-trace CartTest/fails/trace.zip")
        .doesNotContain("<b>5</b>")
        .doesNotContainPattern("(src|href)=\"(https?:)?//");
    assertThat(html.indexOf("fails")).as("failed tests come first").isLessThan(html.indexOf("passes"));
  }

  @Test
  void theReportShowsEachHealWithItsSuggestionScoresAndMarkedScreenshot() throws Exception {
    HealingEvent heal = new HealingEvent("LoginTest.logsIn", "click", "#signin", "internal:xpath=/html/body/button",
        "getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(\"Sign in\"))", "button \"Sign in\"", 0.93,
        0.41, "best match", "http://127.0.0.1/login", "LoginTest/logsIn/heal-1.png", start);
    TestResult healed = new TestResult("shop.LoginTest#logsIn(Page)", "shop.LoginTest", "logsIn", "logsIn(Page)",
        TestStatus.PASSED, start, 700, List.of(), null, List.of(), List.of(), List.of(heal));

    String html = Files.readString(RunReport.write(RunResult.of("run-3", start, start.plusSeconds(1),
        List.of(healed)), dir));

    assertThat(html).contains("<b>1</b>Healed locators")
        .contains("<b>Healed</b> <code>#signin</code> → <code>getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()"
            + ".setName(&quot;Sign in&quot;))</code> (button &quot;Sign in&quot;, score 0.93, runner-up 0.41, on click)")
        .contains("src=\"LoginTest/logsIn/heal-1.png\"");
  }

  private TestResult passed() {
    return new TestResult("shop.CartTest#passes(Page)", "shop.CartTest", "passes", "passes(Page)",
        TestStatus.PASSED, start, 420, List.of(new ActionResult("click", "#add", null, start, 35, null)), null,
        List.of());
  }

  private TestResult failed() {
    return new TestResult("shop.CartTest#fails(Page)", "shop.CartTest", "fails", "fails(Page)", TestStatus.FAILED,
        start.plusSeconds(1), 900,
        List.of(new ActionResult("expect to.have.text", "#count", "5", start.plusSeconds(1), 500, "Expect failed")),
        new ErrorInfo("org.opentest4j.AssertionFailedError", "expected <b>5</b> but was \"0\"", "trace"),
        List.of(new Artifact(ArtifactKind.SCREENSHOT, "CartTest/fails/screenshot.png", 1234, "image/png"),
            new Artifact(ArtifactKind.TRACE, "CartTest/fails/trace.zip", 5678, "application/zip")));
  }
}
