package dev.suture.platform.ingest;

import dev.suture.platform.ingest.IngestEvent.Healing;
import dev.suture.platform.ingest.IngestEvent.RunFinished;
import dev.suture.platform.ingest.IngestEvent.RunStarted;
import dev.suture.platform.ingest.IngestEvent.Step;
import dev.suture.platform.ingest.IngestEvent.Test;
import dev.suture.platform.ingest.IngestEvent.TestFinished;
import dev.suture.platform.progress.ProgressEvent;
import dev.suture.platform.progress.ProgressPublisher;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns the new events of a stored batch into live progress, so a JUnit run reported through the SDK shows up live
 * like a run of the platform's own workers. The SDK reports a test once it has finished, so one test.finished becomes
 * test-started, a step-done per step, a healed per applied heal, then passed, failed or skipped. Called after the
 * batch's transaction committed: subscribers never hear of rows they cannot read yet.
 */
@Singleton
class IngestProgress {

    private final ProgressPublisher publisher;

    IngestProgress(ProgressPublisher publisher) {
        this.publisher = publisher;
    }

    /** {@code finalStatus}: the status each run.finished left its execution in. */
    void publish(UUID projectId, Map<UUID, UUID> executionByRun, Map<UUID, String> finalStatus,
                 List<IngestEvent> stored) {
        for (IngestEvent e : stored) {
            if (e instanceof RunStarted s) {
                publisher.publish(new ProgressEvent(projectId, executionByRun.get(s.runId()),
                        ProgressEvent.EXECUTION_STARTED, null, null, null, s.name(), s.at()));
            }
        }
        for (IngestEvent e : stored) {
            if (e instanceof TestFinished t) {
                test(projectId, executionByRun.get(t.runId()), t.test());
            }
        }
        for (IngestEvent e : stored) {
            if (e instanceof RunFinished f) {
                UUID execution = executionByRun.get(f.runId());
                publisher.publish(new ProgressEvent(projectId, execution, ProgressEvent.EXECUTION_FINISHED, null, null,
                        null, finalStatus.getOrDefault(execution, "FINISHED") + ": " + f.total() + " tests, " + f.passed() + " passed, " + f.failed()
                        + " failed, " + f.skipped() + " skipped", f.at()));
            }
        }
    }

    private void test(UUID projectId, UUID execution, Test t) {
        String name = t.name() == null ? t.key() : t.name();
        publisher.publish(new ProgressEvent(projectId, execution, ProgressEvent.TEST_STARTED, t.testId(), name, null,
                t.key(), t.startedAt()));
        for (Step s : t.steps()) {
            publisher.publish(new ProgressEvent(projectId, execution, ProgressEvent.STEP_DONE, t.testId(), name,
                    s.index(), describe(s), s.startedAt() == null ? t.startedAt() : s.startedAt()));
        }
        for (Healing h : t.healings()) {
            if ("HEALED".equals(h.decision())) {
                publisher.publish(new ProgressEvent(projectId, execution, ProgressEvent.HEALED, t.testId(), name, null,
                        h.locator() + " → " + h.shown(), t.startedAt()));
            }
        }
        String type = switch (t.status()) {
            case "PASSED" -> ProgressEvent.PASSED;
            case "SKIPPED" -> ProgressEvent.SKIPPED;
            default -> ProgressEvent.FAILED;
        };
        String message = t.errorMessage() == null ? t.status() + " in " + t.durationMs() + " ms"
                : t.errorMessage().lines().findFirst().orElse("");
        publisher.publish(new ProgressEvent(projectId, execution, type, t.testId(), name, null, message,
                t.startedAt().plusMillis(t.durationMs())));
    }

    /** "instruction → action target", as the execution page shows a step. */
    private static String describe(Step s) {
        String action = s.action() + (s.target() == null ? "" : " " + s.target());
        String text = s.instruction() == null ? action : s.instruction() + " → " + action;
        return s.error() == null ? text : text + " ✗ " + s.error().lines().findFirst().orElse("");
    }
}
