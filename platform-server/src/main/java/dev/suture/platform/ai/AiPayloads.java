package dev.suture.platform.ai;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request and answer bodies of {@code /api/ai}; the dashboard builds on them, so their fields stay stable. */
final class AiPayloads {

    private AiPayloads() {
    }

    @Serdeable
    record GenerateTest(@NotNull UUID projectId,
                        @NotBlank @Size(max = 5000) String description,
                        @NotBlank @Size(max = 2000)
                        @Pattern(regexp = "https?://\\S+", message = "must be an absolute http:// or https:// URL")
                        String startUrl,
                        @Nullable @Size(max = 300) String name) {
    }

    /**
     * One resolved step, in the form test cases store ({@code action}, {@code target}, {@code value},
     * {@code instruction}) plus what review needs: the element as a reader names it and how well it matched.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record GeneratedStep(String action, @Nullable String target, @Nullable String value, @Nullable String instruction,
                         @Nullable String element, @Nullable Double score) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record GeneratedTestView(UUID id, UUID projectId, String name, String description, @Nullable String startUrl,
                             List<GeneratedStep> steps, String status, String source, @Nullable UUID testCaseId,
                             @Nullable UUID createdBy, Instant createdAt, @Nullable UUID decidedBy,
                             @Nullable Instant decidedAt) {
    }

    /** Approval: the new test case's name (default the generated test's), priority, status and tags. */
    @Serdeable
    record Approve(@Nullable @Size(max = 300) String name,
                   @Nullable @Pattern(regexp = "LOW|MEDIUM|HIGH|CRITICAL",
                           message = "must be one of LOW, MEDIUM, HIGH, CRITICAL") String priority,
                   @Nullable @Pattern(regexp = "DRAFT|ACTIVE|DEPRECATED",
                           message = "must be one of DRAFT, ACTIVE, DEPRECATED") String status,
                   @Nullable @Size(max = 50) List<@NotBlank @Size(max = 100) String> tags) {
    }

    @Serdeable
    record ImproveTest(@NotNull UUID testCaseId) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ImproveAnswer(UUID testCaseId, int version, List<TestImprover.Suggestion> suggestions,
                         List<dev.suture.platform.testcase.TestCasePayloads.Step> steps, boolean changed) {
    }

    @Serdeable
    record FixLocator(@NotNull UUID projectId,
                      @NotBlank @Size(max = 2000)
                      @Pattern(regexp = "https?://\\S+", message = "must be an absolute http:// or https:// URL")
                      String url,
                      @NotBlank @Size(max = 2000) String locator,
                      @Nullable @Size(max = 500) String description) {
    }

    @Serdeable
    record AnalyzeFailure(@NotNull UUID executionId, @Nullable UUID resultId) {
    }

    @Serdeable
    record OptimizeSuite(@NotNull UUID suiteId) {
    }
}
