package dev.suture.platform.suite;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request and answer bodies of {@code /api/test-suites}. */
final class SuitePayloads {

    private SuitePayloads() {
    }

    @Serdeable
    record Viewport(@Min(200) @Max(7680) int width, @Min(200) @Max(4320) int height) {
    }

    /** How the execution worker runs the suite. Every field is optional; null means the worker's default. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SuiteConfig(@Nullable @Pattern(regexp = "chromium|firefox|webkit",
                               message = "must be one of chromium, firefox, webkit") String browser,
                       @Nullable @Valid Viewport viewport,
                       @Nullable @Min(1) @Max(32) Integer parallelism,
                       @Nullable @Min(0) @Max(5) Integer retries,
                       @Nullable @Size(max = 100) Map<@Pattern(regexp = "[A-Za-z_][A-Za-z0-9_]{0,99}",
                               message = "must be an environment variable name") String,
                               @NotNull @Size(max = 4000) String> environment,
                       @Nullable @Size(max = 2000) @Pattern(regexp = "https?://\\S+",
                               message = "must be an http(s) URL") String baseUrl) {
    }

    @Serdeable
    record CreateSuite(@NotNull UUID projectId, @NotBlank @Size(max = 300) String name,
                       @Nullable @Size(max = 10_000) String description, @Nullable @Valid SuiteConfig config) {
    }

    @Serdeable
    record UpdateSuite(@NotBlank @Size(max = 300) String name, @Nullable @Size(max = 10_000) String description) {
    }

    @Serdeable
    record AddMember(@NotNull UUID testCaseId, @Nullable @Min(0) Integer position) {
    }

    @Serdeable
    record SetMembers(@NotNull @Size(max = 5000) List<@NotNull UUID> testCaseIds) {
    }

    @Serdeable
    record CreateSchedule(@NotBlank @Size(max = 100) String cron, @Nullable @Size(max = 60) String timeZone,
                         @Nullable Boolean enabled) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Member(UUID testCaseId, int position, String name, String status) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SuiteView(UUID id, UUID projectId, String name, @Nullable String description, SuiteConfig config,
                     List<Member> testCases, Instant createdAt, Instant updatedAt) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ScheduleView(UUID id, UUID suiteId, String cron, String timeZone, boolean enabled,
                        @Nullable Instant nextRunAt, @Nullable Instant lastRunAt) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Queued(UUID executionId, String status, int testCases) {
    }
}
