package dev.suture.platform.testcase;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the test case pages show: public records, so that the precompiled templates can read them. */
public final class TestCaseScreens {

    private TestCaseScreens() {
    }

    /** A test case as the list shows it. */
    public record Listed(UUID id, String name, String priority, String status, List<String> tags, int steps,
                         int version, Instant updatedAt) {
    }

    /**
     * One step as the editor holds it. {@code plain} steps are a plain-English instruction that Suture resolves
     * at run time (stored as action {@code step}); the others are a concrete action on a target, with an optional
     * note in {@code instruction}.
     */
    public record DraftStep(boolean plain, String instruction, String action, String target, String value) {

        static DraftStep empty() {
            return new DraftStep(true, "", "", "", "");
        }
    }

    /**
     * The editor's content, saved or not: a new test case has no id. {@code version} is the version the editor
     * started from, so that saving over someone else's change is refused instead of silently overwriting it.
     */
    public record Draft(@Nullable UUID id, int version, String name, String description, String tags,
                        String priority, String status, String changeNote, List<DraftStep> steps) {
    }

    /** One saved version in the history. */
    public record Version(int version, String name, @Nullable String changeNote, @Nullable String changedBy,
                          Instant createdAt, int steps) {
    }
}
