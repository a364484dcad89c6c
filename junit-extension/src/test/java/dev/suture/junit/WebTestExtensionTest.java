package dev.suture.junit;

import dev.suture.core.ArtifactKind;
import dev.suture.core.RunReport;
import dev.suture.core.RunResult;
import dev.suture.core.StepResult;
import dev.suture.core.SutureConfig;
import dev.suture.core.TestResult;
import dev.suture.core.TestStatus;
import dev.suture.junit.fixtures.InjectionErrorsFixture;
import dev.suture.junit.fixtures.IsolationFixture;
import dev.suture.junit.fixtures.ShopFixture;
import dev.suture.junit.fixtures.StepsFixture;
import dev.suture.junit.fixtures.TimeoutFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectNestedClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

/** The extension, run through JUnit's EngineTestKit against fixture classes, in real Chromium. */
class WebTestExtensionTest {
  private static LocalSite site;

  @TempDir
  Path output;

  @BeforeAll
  static void startSite() throws Exception {
    site = new LocalSite();
  }

  @AfterAll
  static void stopSite() {
    site.close();
    System.clearProperty("suture.base-url");
    System.clearProperty("suture.output.dir");
  }

  @BeforeEach
  void configure() {
    System.setProperty("suture.base-url", site.url());
    System.setProperty("suture.output.dir", output.toString());
  }

  @Test
  void passingAndFailingTestsAreReportedWithActionsAndArtifacts() throws Exception {
    Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(ShopFixture.class))
        .execute().testEvents();

    tests.assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
    Path artifacts = output.resolve("ShopFixture").resolve("expectsTheWrongCount");
    Path screenshot = artifacts.resolve("screenshot.png").toAbsolutePath();
    Path trace = artifacts.resolve("trace.zip").toAbsolutePath();
    tests.assertThatEvents().haveExactly(1, event(test("expectsTheWrongCount"), finishedWithFailure(
        message(m -> m.startsWith("Locator expected to have text\nExpected: 5") && m.contains("Suture saved:")
            && m.contains("screenshot: " + screenshot) && m.contains("trace:      " + trace)))));
    assertThat(Files.size(screenshot)).isPositive();
    assertThat(Files.size(trace)).isPositive();
    assertThat(output.resolve("ShopFixture").resolve("addsToCart")).doesNotExist();

    RunResult run = RunReport.read(output.resolve("results.json"));
    assertThat(run.summary().total()).isEqualTo(2);
    TestResult passed = find(run, "addsToCart");
    assertThat(passed.status()).isEqualTo(TestStatus.PASSED);
    assertThat(passed.actions()).extracting(a -> a.action())
        .containsExactly("navigate", "click", "expect to.have.text");
    assertThat(passed.actions().get(1).target()).isEqualTo("internal:role=button[name=\"Add to cart\"i]");
    assertThat(passed.actions().get(2).value()).isEqualTo("1");
    TestResult failed = find(run, "expectsTheWrongCount");
    assertThat(failed.status()).isEqualTo(TestStatus.FAILED);
    assertThat(failed.actions().get(1).error()).isEqualTo("Expect failed: received \"0\"");
    assertThat(failed.artifacts()).extracting(a -> a.kind())
        .containsExactly(ArtifactKind.SCREENSHOT, ArtifactKind.TRACE);
    assertThat(failed.artifacts().get(0).path()).isEqualTo("ShopFixture/expectsTheWrongCount/screenshot.png");
    String html = Files.readString(output.resolve("report.html"));
    assertThat(html).contains("expectsTheWrongCount", "ShopFixture/expectsTheWrongCount/screenshot.png")
        .doesNotContain("http://", "https://");
  }

  @Test
  void aFailingTestsTraceHoldsItsActionsAndDomSnapshotsOnlyWhenAskedFor() throws Exception {
    Path trace = output.resolve("ShopFixture").resolve("expectsTheWrongCount").resolve("trace.zip");
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(ShopFixture.class)).execute();
    assertThat(traceEvents(trace)).contains("\"method\":\"goto\"", "\"method\":\"expect\"")
        .doesNotContain("\"type\":\"frame-snapshot\"");

    System.setProperty(SutureConfig.TRACE_SNAPSHOTS, "true");
    try {
      EngineTestKit.engine("junit-jupiter").selectors(selectClass(ShopFixture.class)).execute();
    } finally {
      System.clearProperty(SutureConfig.TRACE_SNAPSHOTS);
    }
    assertThat(traceEvents(trace)).contains("\"method\":\"goto\"", "\"type\":\"frame-snapshot\"");
  }

  /** The trace's event log, one JSON object per line. */
  private static String traceEvents(Path trace) throws Exception {
    try (ZipFile zip = new ZipFile(trace.toFile())) {
      return new String(zip.getInputStream(zip.getEntry("trace.trace")).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void plainEnglishStepsRunAsParametersAndFromFilesAndAreReported() throws Exception {
    System.setProperty("suture.steps.cache-dir", output.resolve("steps-cache").toString());
    try {
      Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(StepsFixture.class))
          .execute().testEvents();

      tests.assertStatistics(stats -> stats.started(4).succeeded(2).failed(2));
      tests.assertThatEvents().haveExactly(1, event(test("namesAButtonThatIsNotThere"), finishedWithFailure(
          message(m -> m.startsWith("Cannot resolve \"click Checkout\" on " + site.url())
              && m.contains("no control or link on the page matches \"checkout\"")))));
      tests.assertThatEvents().haveExactly(1, event(test("hasNoScript"), finishedWithFailure(
          message(m -> m.startsWith("@StepsFile(\"missing.steps\") on StepsFixture: no such file on the class path"
              + " (looked for dev/suture/junit/fixtures/missing.steps)")))));
      RunResult run = RunReport.read(output.resolve("results.json"));
      TestResult passed = find(run, "addsToCartInPlainEnglish");
      assertThat(passed.status()).isEqualTo(TestStatus.PASSED);
      assertThat(passed.steps()).extracting(StepResult::describe).containsExactly(
          "go to / → navigate \"/\"",
          "click the Add to cart button → click on getByRole(button, \"Add to cart\")",
          "verify the cart count is 1 → expect text \"1\" on getByTestId(\"cart-count\")");
      assertThat(find(run, "addsToCartFromAFile").steps()).hasSize(3);
      assertThat(Files.readString(output.resolve("report.html")))
          .contains("click the Add to cart button → click on getByRole(button, &quot;Add to cart&quot;)");
      TestResult unresolved = find(run, "namesAButtonThatIsNotThere");
      assertThat(unresolved.steps().get(1).failureKind()).isEqualTo("unresolved");
      assertThat(output.resolve("steps-cache")).isDirectoryContaining(p -> p.toString().endsWith(".json"));
    } finally {
      System.clearProperty("suture.steps.cache-dir");
    }
  }

  @Test
  void anUnsupportedParameterTypeIsExplained() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectNestedClass(List.of(InjectionErrorsFixture.class), InjectionErrorsFixture.UnsupportedType.class))
        .execute().testEvents()
        .assertThatEvents().haveExactly(1, event(test("wantsALocator"), finishedWithFailure(
            instanceOf(org.junit.jupiter.api.extension.ParameterResolutionException.class),
            message("@WebTest cannot inject parameter [Locator button] of method UnsupportedType.wantsALocator(): "
                + "Suture injects Page, BrowserContext, Browser, Playwright and Steps. Declare one of those and obtain "
                + "the Locator from it."))));
  }

  @Test
  void aPageCannotGoIntoAConstructor() {
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(InjectionErrorsFixture.PageInConstructor.class))
        .execute().testEvents()
        .assertThatEvents().haveExactly(1, event(test("neverRuns"), finishedWithFailure(
            message("@WebTest cannot inject Page into the constructor of PageInConstructor: each test of "
                + "PageInConstructor gets its own browser context. Declare it as a parameter of the test method, "
                + "or of a @BeforeEach or @AfterEach method."))));
  }

  @Test
  void parallelTestsRunAtOnceInIsolatedContextsAndLeaveNoProcessBehind() throws Exception {
    IsolationFixture.INTERVALS.clear();
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(IsolationFixture.class))
        .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
        .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
        .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
        .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "2")
        .execute().testEvents()
        .assertStatistics(stats -> stats.started(4).succeeded(4));

    List<long[]> intervals = List.copyOf(IsolationFixture.INTERVALS);
    boolean overlapped = intervals.stream().anyMatch(a -> intervals.stream()
        .anyMatch(b -> a != b && a[0] < b[1] && b[0] < a[1]));
    assertThat(overlapped).as("at least two tests ran at the same time").isTrue();
    assertNoBrowserOrDriverLeft();
  }

  @Test
  void aTimedOutTestFailsWithItsArtifactsAndTheNextTestGetsAWorkingBrowser() throws Exception {
    long start = System.nanoTime();
    Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(TimeoutFixture.class))
        .execute().testEvents();

    tests.assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
    tests.assertThatEvents().haveExactly(1, event(test("runsOutOfTime"), finishedWithFailure(
        message(m -> m.startsWith("runsOutOfTime(com.microsoft.playwright.Page) timed out after 1 second") && m.contains("Suture saved:")))));
    // The fixture waits two minutes in the browser; a run far shorter than that proves the wait was cut off at the
    // timeout (the margin absorbs a loaded machine, where starting the browser alone can take many seconds).
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
    assertThat(output.resolve("TimeoutFixture/runsOutOfTime/trace.zip")).exists();
    assertNoBrowserOrDriverLeft();
  }

  @Test
  void invalidConfigurationNamesTheAttributeSourceAndAllowedValues() {
    System.setProperty("suture.trace.mode", "sometimes");
    try {
      EngineTestKit.engine("junit-jupiter").selectors(selectClass(ShopFixture.class)).execute().containerEvents()
          .assertThatEvents().haveExactly(1, event(finishedWithFailure(message(
              "Invalid value 'sometimes' for suture.trace.mode (from system property suture.trace.mode). "
                  + "Allowed: off, on-failure, always."))));
    } finally {
      System.clearProperty("suture.trace.mode");
    }
  }

  static void assertNoBrowserOrDriverLeft() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    List<String> left;
    do {
      left = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
          .map(p -> p.info().command().orElse("?")).toList();
      if (left.isEmpty()) {
        return;
      }
      Thread.sleep(100);
    } while (System.nanoTime() < deadline);
    assertThat(left).as("processes left behind by the run").isEmpty();
  }

  private static TestResult find(RunResult run, String method) {
    return run.tests().stream().filter(t -> t.methodName().equals(method)).findFirst().orElseThrow();
  }
}
