package dev.suture.junit;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.suture.core.ActionResult;
import dev.suture.core.Artifact;
import dev.suture.core.BrowserRuntime;
import dev.suture.core.ErrorInfo;
import dev.suture.core.HealingEvent;
import dev.suture.core.SessionOptions;
import dev.suture.core.StepResult;
import dev.suture.core.SutureConfig;
import dev.suture.core.TestResult;
import dev.suture.core.TestStatus;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestWatcher;
import org.opentest4j.TestAbortedException;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The extension behind {@link WebTest}. Per run it keeps one {@link BrowserRuntime} per browser configuration and
 * one {@link RunRecorder}; per test a {@link TestScope}. All of it lives in JUnit's stores, so JUnit closes it, and
 * the extension itself is stateless and safe under parallel execution.
 */
final class WebTestExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver,
    TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler, TestWatcher {
  private static final Namespace NAMESPACE = Namespace.create(WebTestExtension.class);
  private static final String CONFIG = "config";
  private static final String SCOPE = "scope";
  private static final String RECORDER = "recorder";

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getStore(NAMESPACE).put(CONFIG, ClassConfiguration.of(context.getRequiredTestClass()));
  }

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    SutureConfig config = config(context);
    BrowserRuntime runtime = context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent(config.browser(), BrowserRuntime::start, BrowserRuntime.class);
    RunRecorder recorder = recorder(context, config);
    Path artifactDir = ArtifactDirectory.of(config.outputDir(), context);
    deleteStaleArtifacts(artifactDir);
    context.getStore(NAMESPACE).put(SCOPE, new TestScope(runtime,
        SessionOptions.of(config, artifactDir, context.getRequiredTestClass().getSimpleName() + "."
            + context.getDisplayName()), HealingConfiguration.of(context).withTeam(recorder.team())));
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return InjectableTypes.claims(parameter.getParameter().getType());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    InjectableTypes.checkSupported(parameter, context);
    TestScope scope = context.getStore(NAMESPACE).get(SCOPE, TestScope.class);
    if (type == Steps.class) {
      return scope.steps();
    } else if (type == Page.class) {
      return scope.session().page();
    } else if (type == BrowserContext.class) {
      return scope.session().context();
    } else if (type == Browser.class) {
      return scope.session().browser();
    }
    return scope.session().playwright();
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable error) throws Throwable {
    throw attachArtifacts(context, error);
  }

  @Override
  public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable error) throws Throwable {
    throw attachArtifacts(context, error);
  }

  @Override
  public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable error) throws Throwable {
    throw attachArtifacts(context, error);
  }

  private Throwable attachArtifacts(ExtensionContext context, Throwable error) {
    TestScope scope = context.getStore(NAMESPACE).get(SCOPE, TestScope.class);
    if (scope == null || error instanceof TestAbortedException) {
      return error;
    }
    List<Artifact> artifacts = scope.capture(true);
    return FailureMessages.withArtifacts(error, scope.options().outputDir(), artifacts);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    TestScope scope = context.getStore(NAMESPACE).get(SCOPE, TestScope.class);
    if (scope == null) {
      return;
    }
    Optional<Throwable> error = context.getExecutionException();
    TestStatus status = error.map(e -> e instanceof TestAbortedException ? TestStatus.ABORTED : TestStatus.FAILED)
        .orElse(TestStatus.PASSED);
    List<Artifact> artifacts = scope.capture(status == TestStatus.FAILED);
    List<ActionResult> actions = scope.started() ? scope.session().actions() : List.of();
    List<HealingEvent> healings = scope.healings();
    context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(HealingSummary.class, key -> new HealingSummary(),
        HealingSummary.class).addAll(healings);
    recorder(context, config(context)).record(context.getUniqueId(), result(context, status, scope.startedAt(),
        scope.elapsedMs(), actions, error.map(ErrorInfo::of).orElse(null), artifacts, scope.stepResults(), healings));
  }

  @Override
  public void testDisabled(ExtensionContext context, Optional<String> reason) {
    recorder(context, config(context)).record(context.getUniqueId(), result(context, TestStatus.SKIPPED,
        Instant.now(), 0, List.of(), reason.map(r -> new ErrorInfo("disabled", r, null)).orElse(null), List.of(),
        List.of(), List.of()));
    publish(context);
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    // A failure after afterEach ran (an @AfterEach of an outer class, another extension) still marks the test failed.
    RunRecorder recorder = context.getRoot().getStore(NAMESPACE).get(RECORDER, RunRecorder.class);
    TestResult recorded = recorder == null ? null : recorder.get(context.getUniqueId());
    if (recorded != null && recorded.status() != TestStatus.FAILED) {
      recorder.record(context.getUniqueId(), new TestResult(recorded.id(), recorded.className(),
          recorded.methodName(), recorded.displayName(), TestStatus.FAILED, recorded.startedAt(),
          recorded.durationMs(), recorded.actions(), ErrorInfo.of(cause), recorded.artifacts(), recorded.steps(),
          recorded.healings()));
    }
    publish(context);
  }

  @Override
  public void testSuccessful(ExtensionContext context) {
    publish(context);
  }

  @Override
  public void testAborted(ExtensionContext context, Throwable cause) {
    publish(context);
  }

  /** TestWatcher runs after every afterEach, so the verdict recorded by now is final. */
  private static void publish(ExtensionContext context) {
    RunRecorder recorder = context.getRoot().getStore(NAMESPACE).get(RECORDER, RunRecorder.class);
    if (recorder != null) {
      recorder.publish(context.getUniqueId());
    }
  }

  private static TestResult result(ExtensionContext context, TestStatus status, Instant startedAt, long durationMs,
                                   List<ActionResult> actions, ErrorInfo error,
                                   List<Artifact> artifacts, List<StepResult> steps,
                                   List<HealingEvent> healings) {
    Class<?> testClass = context.getRequiredTestClass();
    String method = context.getTestMethod().map(Method::getName).orElse("");
    String id = testClass.getName() + "#" + method + context.getTestMethod()
        .map(m -> "(" + String.join(",", Arrays.stream(m.getParameterTypes())
            .map(Class::getSimpleName).toList()) + ")").orElse("");
    return new TestResult(id, testClass.getName(), method, context.getDisplayName(), status, startedAt, durationMs,
        actions, error, artifacts, steps, healings);
  }

  /** The current test's scope, for the extensions that work with it ({@link StepsFileExtension}); null outside. */
  static TestScope scope(ExtensionContext context) {
    return context.getStore(NAMESPACE).get(SCOPE, TestScope.class);
  }

  private static SutureConfig config(ExtensionContext context) {
    SutureConfig config = context.getStore(NAMESPACE).get(CONFIG, SutureConfig.class);
    return config != null ? config : ClassConfiguration.of(context.getRequiredTestClass());
  }

  private static RunRecorder recorder(ExtensionContext context, SutureConfig config) {
    return context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent(RECORDER, key -> new RunRecorder(config.outputDir()), RunRecorder.class);
  }

  private static void deleteStaleArtifacts(Path directory) throws IOException {
    if (Files.isDirectory(directory)) {
      try (var files = Files.list(directory)) {
        for (Path file : files.toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }
}
