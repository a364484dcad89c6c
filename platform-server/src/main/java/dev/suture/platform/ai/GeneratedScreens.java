package dev.suture.platform.ai;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the generated-test pages show: public records, so that the precompiled templates can read them. */
public final class GeneratedScreens {

    private GeneratedScreens() {
    }

    /** A generated test in the list. */
    public record Listed(UUID id, String name, String status, String source, int steps, Instant createdAt) {
    }

    /** A generated test under review, with its steps as resolved on the live page. */
    public record Detail(UUID id, String name, String description, String startUrl, String status, String source,
                         @Nullable UUID testCaseId, List<Step> steps) {
    }

    /** One resolved step: the sentence, the action it became, the element it found and how well it matched. */
    public record Step(String instruction, String action, String target, String value, String element,
                       @Nullable Double score) {
    }
}
