package dev.suture.platform.testcase;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request and answer bodies of {@code /api/test-cases} (public: AI approval creates test cases too). */
public final class TestCasePayloads {

    static final String PRIORITIES = "LOW|MEDIUM|HIGH|CRITICAL";
    static final String STATUSES = "DRAFT|ACTIVE|DEPRECATED";

    private TestCasePayloads() {
    }

    /** One stored step: an action on a target (a locator) with an optional value, or a plain-English instruction. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(@NotBlank @Size(max = 100) String action, @Nullable @Size(max = 2000) String target,
                @Nullable @Size(max = 2000) String value, @Nullable @Size(max = 2000) String instruction) {
    }

    /** The editable content of a test case (create, update, import rows). */
    @Serdeable
    public record TestCaseInput(@NotBlank @Size(max = 300) String name, @Nullable @Size(max = 10_000) String description,
                         @NotNull @Size(max = 500) List<@Valid @NotNull Step> steps,
                         @Nullable @Size(max = 50) List<@NotBlank @Size(max = 100) String> tags,
                         @Nullable @Pattern(regexp = PRIORITIES, message = "must be one of LOW, MEDIUM, HIGH, CRITICAL")
                         String priority,
                         @Nullable @Pattern(regexp = STATUSES, message = "must be one of DRAFT, ACTIVE, DEPRECATED")
                         String status,
                         @Nullable @Size(max = 500) String changeNote) {
    }

    @Serdeable
    record CreateTestCase(@NotNull UUID projectId, @NotNull @Valid TestCaseInput testCase) {
    }

    @Serdeable
    record CloneTestCase(@Nullable @Size(max = 300) String name) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record TestCaseView(UUID id, UUID projectId, String name, @Nullable String description, List<Step> steps,
                        List<String> tags, String priority, String status, int version, Instant createdAt,
                        Instant updatedAt) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record VersionView(UUID testCaseId, int version, String name, @Nullable String description, List<Step> steps,
                       List<String> tags, String priority, String status, @Nullable UUID changedBy,
                       @Nullable String changeNote, Instant createdAt) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RowError(int row, String field, String message) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ImportResult(int imported, List<UUID> ids) {
    }
}
