package dev.suture.platform.worker;

import com.microsoft.playwright.PlaywrightException;
import dev.suture.ai.StepFailedException;
import dev.suture.ai.StepOptions;
import dev.suture.ai.StepRunner;
import dev.suture.core.BrowserLease;
import dev.suture.core.CaptureMode;
import dev.suture.core.ErrorInfo;
import dev.suture.core.HealingMode;
import dev.suture.core.HealingOptions;
import dev.suture.core.LocatorHealingException;
import dev.suture.core.SessionOptions;
import dev.suture.core.StepResult;
import dev.suture.core.TestResult;
import dev.suture.core.TestSession;
import dev.suture.core.TestStatus;
import dev.suture.core.Viewport;
import dev.suture.platform.ai.AiPlanners;
import dev.suture.platform.healing.HealingVerdicts;
import dev.suture.platform.jobs.WorkerConfig;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs one test case's stored steps in a real browser with the SDK's session (locators heal as in a JUnit run
 * reported to the platform: against the project's baselines, merged with the team's verdicts read straight from the
 * database) and ai-healing's {@link StepRunner} (plain-English steps resolved by the server's planners, the same as
 * the AI endpoints', and cached per project), and answers the same {@link TestResult} a JUnit test produces. A
 * failing step makes a FAILED result; only a browser that cannot be had (or another infrastructure fault) escapes as
 * an exception.
 */
@Singleton
class BrowserTestRunner {

    /** Bounds every action, so a stop or the job timeout is noticed within this long (checked between steps). */
    private static final int ACTION_TIMEOUT_MS = 10_000;
    private static final int NAVIGATION_TIMEOUT_MS = 30_000;
    private static final Viewport DEFAULT_VIEWPORT = new Viewport(1280, 720);
    private static final Argument<List<StoredSteps.Step>> STEPS = Argument.listOf(StoredSteps.Step.class);

    private final WorkerBrowsers browsers;
    private final HealingVerdicts verdicts;
    private final AiPlanners planners;
    private final JsonMapper json;
    private final Path stateDir;
    private final Duration timeout;

    BrowserTestRunner(WorkerBrowsers browsers, HealingVerdicts verdicts, AiPlanners planners, JsonMapper json,
                      WorkerConfig config, @Value("${suture.data-dir:}") String dataDir) {
        this.browsers = browsers;
        this.verdicts = verdicts;
        this.planners = planners;
        this.json = json;
        this.timeout = config.jobTimeout();
        this.stateDir = config.stateDir() != null && !config.stateDir().isBlank() ? Path.of(config.stateDir())
                : (dataDir.isBlank() ? Path.of(System.getProperty("user.home"), ".suture") : Path.of(dataDir))
                .resolve("worker");
    }

    /** What a run left: its result and the directory its files are in (delete it once they are stored). */
    record Outcome(TestResult result, Path outputDir) {
    }

    Outcome run(RunLedger.Claim claim, SuiteSettings suite, BooleanSupplier stopped, Consumer<StepResult> onStep) {
        List<StoredSteps.Step> steps = read(claim.stepsJson(), STEPS);
        Path out = tempDir();
        Path project = stateDir.resolve(claim.projectId().toString());
        Viewport viewport = suite.viewport() == null ? DEFAULT_VIEWPORT
                : new Viewport(suite.viewport().width(), suite.viewport().height());
        // The evidence a JUnit run keeps by default: a full-page screenshot of a failing test (and the healer's marked
        // screenshot of every heal); a passing test's page is not worth a screenshot's rendering and storage each time.
        SessionOptions options = new SessionOptions(suite.baseUrl(), viewport, CaptureMode.OFF, false,
                CaptureMode.ON_FAILURE, out, out.resolve("artifacts"), ACTION_TIMEOUT_MS, NAVIGATION_TIMEOUT_MS,
                claim.testName());
        HealingOptions healing = new HealingOptions(HealingMode.HEAL, 2000, project.resolve(".suture"),
                verdicts.baselinesOf(claim.projectId()));
        StepOptions stepOptions = new StepOptions(project.resolve("steps"), project.resolve("files"),
                UploadPaths.confined(planners.first()),
                planners.fallback() == null ? null : UploadPaths.confined(planners.fallback()), true);
        Instant started = Instant.now();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (BrowserLease lease = browsers.lease(suite.browserOrDefault());
             TestSession session = TestSession.open(lease, options, healing)) {
            StepRunner runner = StepRunner.create(session.page(), stepOptions);
            Throwable error = null;
            for (StoredSteps.Step step : steps) {
                if (stopped.getAsBoolean()) {
                    error = new IllegalStateException("The execution was stopped");
                    break;
                }
                if (System.nanoTime() > deadline) {
                    error = new IllegalStateException("The test case ran longer than the job timeout of " + timeout
                            + " (suture.worker.job-timeout)");
                    break;
                }
                try {
                    if (StoredSteps.isInstruction(step)) {
                        runner.run(StoredSteps.expand(step.instruction(), suite.env())).forEach(onStep);
                    } else {
                        onStep.accept(runner.run(StoredSteps.planned(step, suite.baseUrl(), suite.env())));
                    }
                } catch (StepFailedException e) {
                    // A locator the healer refused fails the test with the healer's exception, as in a JUnit run:
                    // its message lists the candidates and why each was refused ("rejected by a user"), which the
                    // step's one-line error leaves out.
                    error = e.getCause() instanceof LocatorHealingException refused ? refused : e;
                    break;
                } catch (PlaywrightException | IllegalArgumentException | AssertionError e) {
                    error = e; // the page misbehaved (closed, crashed, timed out): a result too
                    break;
                }
            }
            boolean failed = error != null;
            TestResult result = new TestResult(claim.job().testCaseId().toString(),
                    claim.suiteName() == null ? "Suture test cases" : claim.suiteName(), claim.testName(),
                    claim.testName(), failed ? TestStatus.FAILED : TestStatus.PASSED, started,
                    Duration.between(started, Instant.now()).toMillis(), session.actions(),
                    failed ? ErrorInfo.of(error) : null, session.captureArtifacts(failed), runner.results(),
                    session.healings());
            return new Outcome(result, out);
        }
    }

    private <T> T read(String text, Argument<T> type) {
        try {
            return json.readValue(text.getBytes(StandardCharsets.UTF_8), type);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable stored steps", e);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("suture-run-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
