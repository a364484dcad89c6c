package dev.suture.platform.worker;

import dev.suture.core.Artifact;
import dev.suture.core.ErrorInfo;
import dev.suture.core.HealingEvent;
import dev.suture.core.TestResult;
import dev.suture.core.TestStatus;
import dev.suture.platform.ingest.WorkerResults;
import dev.suture.platform.jobs.WorkerIdentity;
import dev.suture.platform.progress.ProgressEvent;
import dev.suture.platform.progress.ProgressPublisher;
import dev.suture.platform.storage.StorageService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One job, start to end: claim it, run the test case in a browser, store its screenshots, record the result exactly
 * once, and tell live subscribers how it went.
 */
@Singleton
class TestCaseWorker {

    private static final Logger LOG = LoggerFactory.getLogger(TestCaseWorker.class);

    private final RunLedger ledger;
    private final BrowserTestRunner runner;
    private final StorageService storage;
    private final ProgressPublisher progress;
    private final StopSignals stops;
    private final JsonMapper json;

    TestCaseWorker(RunLedger ledger, BrowserTestRunner runner, StorageService storage, ProgressPublisher progress,
                   StopSignals stops, JsonMapper json) {
        this.ledger = ledger;
        this.runner = runner;
        this.storage = storage;
        this.progress = progress;
        this.stops = stops;
        this.json = json;
    }

    void run(TestCaseJob job) {
        Optional<RunLedger.Claim> claimed = ledger.claim(job, WorkerIdentity.NAME);
        if (claimed.isEmpty()) {
            LOG.info("Job {} is no longer wanted (stopped, or completed elsewhere)", job.instanceId());
            return;
        }
        RunLedger.Claim claim = claimed.get();
        UUID testId = WorkerResults.resultId(job.executionId(), job.testCaseId(), job.attempt());
        if (claim.executionStarted()) {
            progress.publish(ProgressEvent.ofExecution(claim.projectId(), job.executionId(),
                    ProgressEvent.EXECUTION_STARTED, claim.executionName()));
        }
        progress.publish(ProgressEvent.ofTest(claim.projectId(), job.executionId(), ProgressEvent.TEST_STARTED,
                testId, claim.testName(), null, "attempt " + job.attempt()));
        SuiteSettings suite = read(claim.suiteConfigJson());
        int[] index = {0};
        BrowserTestRunner.Outcome outcome = runner.run(claim, suite, () -> stops.isStopped(job.executionId()),
                step -> progress.publish(ProgressEvent.ofTest(claim.projectId(), job.executionId(),
                        ProgressEvent.STEP_DONE, testId, claim.testName(), index[0]++, step.describe())));
        try {
            record(claim, outcome.result(), store(claim.projectId(), outcome), suite.retriesOrNone(), testId);
        } finally {
            delete(outcome.outputDir());
        }
    }

    /** The engine gave up on a job after its infrastructure retries: its test is recorded as ABORTED. */
    void gaveUp(TestCaseJob job, @Nullable Throwable cause) {
        LOG.error("Job {} kept failing for infrastructure reasons; recording its test as aborted", job.instanceId(), cause);
        ledger.claim(job, WorkerIdentity.NAME).ifPresent(claim -> {
            Throwable error = cause != null ? cause : new IllegalStateException("The job kept failing");
            TestResult aborted = new TestResult(job.testCaseId().toString(), String.valueOf(claim.suiteName()),
                    claim.testName(), claim.testName(), TestStatus.ABORTED, Instant.now(), 0, List.of(),
                    ErrorInfo.of(error), List.of(), List.of(), List.of());
            record(claim, aborted, Map.of(), 0, WorkerResults.resultId(job.executionId(), job.testCaseId(), job.attempt()));
        });
    }

    private void record(RunLedger.Claim claim, TestResult result, Map<String, UUID> files, int retries, UUID testId) {
        TestCaseJob job = claim.job();
        Optional<Optional<RunLedger.Finished>> done = ledger.complete(claim, result, files, retries);
        if (done.isEmpty()) {
            LOG.info("Job {} was completed elsewhere or stopped; its result here is dropped", job.instanceId());
            return;
        }
        for (HealingEvent h : result.healings()) {
            progress.publish(ProgressEvent.ofTest(claim.projectId(), job.executionId(), ProgressEvent.HEALED, testId,
                    claim.testName(), null, h.locator() + " → " + (h.suggestion() != null ? h.suggestion() : h.healedTo())));
        }
        boolean passed = result.status() == TestStatus.PASSED;
        progress.publish(ProgressEvent.ofTest(claim.projectId(), job.executionId(),
                passed ? ProgressEvent.PASSED : ProgressEvent.FAILED, testId, claim.testName(), null,
                passed ? result.durationMs() + " ms" : result.error().message()));
        done.get().ifPresent(f -> progress.publish(ProgressEvent.ofExecution(f.projectId(), job.executionId(),
                ProgressEvent.EXECUTION_FINISHED, f.status() + ": " + f.tests() + " test cases, " + f.failed()
                        + " failed")));
    }

    /** Stores the run's artifacts and heal screenshots; answers path (as in the result) to storage id. */
    private Map<String, UUID> store(UUID projectId, BrowserTestRunner.Outcome outcome) {
        Map<String, UUID> stored = new HashMap<>();
        Stream.concat(outcome.result().artifacts().stream().map(Artifact::path),
                outcome.result().healings().stream().map(HealingEvent::screenshot))
                .filter(p -> p != null && !stored.containsKey(p))
                .forEach(p -> {
                    Path file = outcome.outputDir().resolve(p);
                    if (Files.isRegularFile(file)) {
                        stored.put(p, storage.storeProduced(projectId, file).id());
                    }
                });
        return stored;
    }

    private SuiteSettings read(String text) {
        try {
            return json.readValue(text.getBytes(StandardCharsets.UTF_8), Argument.of(SuiteSettings.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable suite configuration", e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Could not delete {}", dir, e);
        }
    }
}
