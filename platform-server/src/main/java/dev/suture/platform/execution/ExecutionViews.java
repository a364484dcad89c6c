package dev.suture.platform.execution;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the executions API answers. */
final class ExecutionViews {

    private ExecutionViews() {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Execution(UUID id, UUID projectId, @Nullable UUID suiteId, @Nullable String suiteName,
                     @Nullable UUID clientRunId, @Nullable UUID parentExecutionId, String name, String trigger,
                     String status, @Nullable String branch, @Nullable String commit, int total, int passed,
                     int failed, int skipped, int aborted, @Nullable Long durationMs, Instant startedAt,
                     @Nullable Instant finishedAt) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Step(int index, String action, @Nullable String target, @Nullable String value,
                @Nullable String instruction, @Nullable Instant startedAt, @Nullable Long durationMs,
                @Nullable String error) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Result(UUID id, @Nullable UUID testCaseId, @Nullable String suite, String key, String name,
                  String status, int attempt, Instant startedAt, long durationMs, @Nullable String errorType,
                  @Nullable String errorMessage, @Nullable String stackTrace, List<Step> steps) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Artifact(UUID id, UUID resultId, String kind, @Nullable UUID storageId, @Nullable String sha256,
                    String name) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record HealingEvent(UUID id, UUID resultId, String testKey, String locator, @Nullable String healedTo,
                        @Nullable String suggestion, @Nullable Double score, @Nullable Double runnerUp, String decision,
                        @Nullable UUID artifactStorageId, Instant occurredAt) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Detail(Execution execution, List<Result> results, List<Artifact> artifacts,
                  List<HealingEvent> healingEvents) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record LogLine(long id, @Nullable UUID resultId, Instant at, String level, String message) {
    }
}
