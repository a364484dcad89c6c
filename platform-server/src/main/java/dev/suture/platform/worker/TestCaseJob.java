package dev.suture.platform.worker;

import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/**
 * The data of one job: one attempt of one test case in one execution. Its instance id
 * {@code <execution>/<test case>/<attempt>} is unique, so queuing it twice queues it once, and every job of an
 * execution shares the prefix {@code <execution>/} (how {@code stop} finds the queued ones).
 */
@Serdeable
public record TestCaseJob(UUID executionId, UUID testCaseId, int attempt) {

    /** The job engine's task name. */
    public static final String TASK = "test-case-run";

    String instanceId() {
        return executionId + "/" + testCaseId + "/" + attempt;
    }

    static String prefixOf(UUID executionId) {
        return executionId + "/";
    }
}
