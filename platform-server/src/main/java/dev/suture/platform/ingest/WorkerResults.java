package dev.suture.platform.ingest;

import dev.suture.core.ActionResult;
import dev.suture.core.Artifact;
import dev.suture.core.HealingEvent;
import dev.suture.core.StepResult;
import dev.suture.core.TestResult;
import dev.suture.platform.healing.FingerprintJson;
import dev.suture.platform.ingest.IngestEvent.Healing;
import dev.suture.platform.ingest.IngestEvent.Step;
import dev.suture.platform.ingest.IngestEvent.Test;
import dev.suture.platform.ingest.IngestEvent.TestFinished;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records a test case run of a platform execution through the same writer as an SDK batch ({@link IngestWriter}):
 * the same rows in {@code test_results}, {@code step_results}, {@code result_artifacts}, {@code healing_events},
 * healing records and counters, so the dashboard shows a run by the platform's workers exactly like one reported by
 * JUnit. The event id is derived from (execution, test case, attempt), so the ingest ledger refuses a second copy.
 */
@Singleton
public class WorkerResults {

    private final IngestWriter writer;
    private final io.micronaut.data.jdbc.runtime.JdbcOperations jdbc;

    WorkerResults(IngestWriter writer, io.micronaut.data.jdbc.runtime.JdbcOperations jdbc) {
        this.writer = writer;
        this.jdbc = jdbc;
    }

    /** The id of the {@code test_results} row of one attempt (also its ingest event id). */
    public static UUID resultId(UUID executionId, UUID testCaseId, int attempt) {
        return UUID.nameUUIDFromBytes((executionId + "/" + testCaseId + "/" + attempt).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes one finished attempt inside the caller's transaction; {@code storedFiles} maps an artifact's or heal
     * screenshot's path (as in the result) to its storage id. The test key is the test case id. Answers false when
     * this attempt was recorded before.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean record(UUID projectId, UUID executionId, UUID testCaseId, int attempt, @Nullable String suite,
                          TestResult result, Map<String, UUID> storedFiles) {
        UUID id = resultId(executionId, testCaseId, attempt);
        Test test = new Test(id, suite, testCaseId.toString(), result.displayName(), result.className(),
                result.methodName(), result.status().name(), result.startedAt(), result.durationMs(), attempt,
                result.error() == null ? null : result.error().type(),
                result.error() == null ? null : result.error().message(),
                result.error() == null ? null : result.error().stackTrace(),
                steps(result), artifacts(result, storedFiles), healings(result, storedFiles));
        TestFinished event = new TestFinished(0, id, executionId, result.startedAt().plusMillis(result.durationMs()),
                test);
        boolean fresh = !writer.write(projectId, id, List.of(event)).newEventIds().isEmpty();
        if (fresh) {
            jdbc.prepareStatement("UPDATE test_results SET test_case_id = ? WHERE id = ? AND started_at = ?", ps -> {
                ps.setObject(1, testCaseId);
                ps.setObject(2, id);
                ps.setTimestamp(3, java.sql.Timestamp.from(result.startedAt()));
                return ps.executeUpdate();
            });
        }
        return fresh;
    }

    /** The plain-English steps when the test has some (instruction beside the action it became), else its actions. */
    private static List<Step> steps(TestResult result) {
        List<Step> steps = new ArrayList<>();
        if (!result.steps().isEmpty()) {
            for (StepResult s : result.steps()) {
                steps.add(new Step(steps.size(), s.action() == null ? "unresolved" : s.action(), s.locator(),
                        s.value(), s.instruction(), null, s.durationMs(), s.error()));
            }
        } else {
            for (ActionResult a : result.actions()) {
                steps.add(new Step(steps.size(), a.action(), a.target(), a.value(), null, a.startedAt(),
                        a.durationMs(), a.error()));
            }
        }
        return steps;
    }

    private static List<IngestEvent.Artifact> artifacts(TestResult result, Map<String, UUID> stored) {
        List<IngestEvent.Artifact> out = new ArrayList<>();
        for (Artifact a : result.artifacts()) {
            UUID storageId = stored.get(a.path());
            if (storageId != null) {
                out.add(new IngestEvent.Artifact(a.kind().name(), storageId, null,
                        a.path().substring(a.path().lastIndexOf('/') + 1)));
            }
        }
        return out;
    }

    private static List<Healing> healings(TestResult result, Map<String, UUID> stored) {
        List<Healing> out = new ArrayList<>();
        for (HealingEvent h : result.healings()) {
            // The healed element's fingerprint, as the SDK sends it: accepting the heal makes it the baseline.
            out.add(new Healing(h.locator(), h.healedTo(), h.suggestion(), h.score(),
                    h.runnerUpScore(), "HEALED", h.screenshot() == null ? null : stored.get(h.screenshot()),
                    h.fingerprint() == null ? null : FingerprintJson.write(h.fingerprint())));
        }
        return out;
    }
}
