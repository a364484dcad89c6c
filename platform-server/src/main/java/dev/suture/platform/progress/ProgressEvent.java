package dev.suture.platform.progress;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One step of an execution's progress, as sent to live subscribers. {@code type} is one of the constants below;
 * {@code message} carries what the step did (the resolved action, a heal {@code "old → new"}, the error, the final
 * status) and is cut to {@value #MAX_MESSAGE_BYTES} UTF-8 bytes, {@code testName} to {@value #MAX_NAME_BYTES},
 * so that an event always fits in one PostgreSQL notification. A null {@code at} means now.
 *
 * <pre>{@code
 * publisher.publish(ProgressEvent.ofTest(projectId, executionId, ProgressEvent.STEP_DONE, testId, "checkout",
 *         3, "click → button#pay"));
 * }</pre>
 */
@Serdeable
public record ProgressEvent(UUID projectId, UUID executionId, String type, @Nullable UUID testId,
                            @Nullable String testName, @Nullable Integer stepIndex, @Nullable String message,
                            Instant at) {

    public static final String EXECUTION_STARTED = "execution-started";
    public static final String TEST_STARTED = "test-started";
    public static final String STEP_DONE = "step-done";
    public static final String HEALED = "healed";
    public static final String PASSED = "passed";
    public static final String FAILED = "failed";
    public static final String SKIPPED = "skipped";
    public static final String EXECUTION_FINISHED = "execution-finished";

    /** Every allowed {@code type}. */
    public static final Set<String> TYPES = Set.of(EXECUTION_STARTED, TEST_STARTED, STEP_DONE, HEALED, PASSED, FAILED,
            SKIPPED, EXECUTION_FINISHED);

    public static final int MAX_MESSAGE_BYTES = 1024;
    public static final int MAX_NAME_BYTES = 512;

    public ProgressEvent {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(executionId, "executionId");
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("Unknown progress event type '" + type + "'; use one of " + TYPES);
        }
        testName = truncate(testName, MAX_NAME_BYTES);
        message = truncate(message, MAX_MESSAGE_BYTES);
        at = at == null ? Instant.now() : at;
    }

    /** An event about the whole execution (started, finished), stamped now. */
    public static ProgressEvent ofExecution(UUID projectId, UUID executionId, String type, @Nullable String message) {
        return new ProgressEvent(projectId, executionId, type, null, null, null, message, null);
    }

    /** An event about one test of the execution, stamped now; {@code stepIndex} is null unless a step is meant. */
    public static ProgressEvent ofTest(UUID projectId, UUID executionId, String type, UUID testId, String testName,
                                       @Nullable Integer stepIndex, @Nullable String message) {
        return new ProgressEvent(projectId, executionId, type, testId, testName, stepIndex, message, null);
    }

    /** Cuts text to at most {@code maxBytes} of UTF-8 on a character boundary, marking the cut with "…". */
    static String truncate(@Nullable String text, int maxBytes) {
        if (text == null || text.length() * 3 <= maxBytes
                || text.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return text;
        }
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder();
        ByteBuffer out = ByteBuffer.allocate(maxBytes - 3); // room for the 3-byte ellipsis
        CharBuffer in = CharBuffer.wrap(text);
        encoder.encode(in, out, true); // stops before the first character that no longer fits whole
        return text.substring(0, in.position()) + "…";
    }
}
