package dev.suture.platform.ingest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One validated event of a batch (see notes/ingest-contract.md); {@code index} is its place in the batch. */
sealed interface IngestEvent {

    int index();

    UUID eventId();

    UUID runId();

    Instant at();

    record Ci(String provider, String commit, String branch, String author, String buildUrl, String buildNumber) {
    }

    record RunStarted(int index, UUID eventId, UUID runId, Instant at, String name, String suite, Ci ci)
            implements IngestEvent {
    }

    record RunFinished(int index, UUID eventId, UUID runId, Instant at, int total, int passed, int failed,
                       int skipped, int aborted) implements IngestEvent {
    }

    record TestFinished(int index, UUID eventId, UUID runId, Instant at, Test test) implements IngestEvent {
    }

    record Test(UUID testId, String suite, String key, String name, String className, String methodName,
                String status, Instant startedAt, long durationMs, int attempt, String errorType,
                String errorMessage, String stackTrace, List<Step> steps, List<Artifact> artifacts,
                List<Healing> healings) {
    }

    record Step(int index, String action, String target, String value, String instruction, Instant startedAt,
                Long durationMs, String error) {
    }

    record Artifact(String kind, UUID storageId, String sha256, String name) {
    }

    /**
     * {@code healedTo} is the selector the SDK acted on (positional, valid on that page only), {@code suggestion} the
     * readable replacement it verified; {@code fingerprintJson} is the element fingerprint as JSON text, when the SDK
     * sends one.
     */
    record Healing(String locator, String healedTo, String suggestion, Double score, Double runnerUp,
                   String decision, UUID artifactStorageId, String fingerprintJson) {

        /** The new locator as a person reads it: the suggestion, else the selector acted on. */
        String shown() {
            return suggestion != null ? suggestion : healedTo;
        }
    }
}
