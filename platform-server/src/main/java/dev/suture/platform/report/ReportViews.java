package dev.suture.platform.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the reports API answers; every figure is computed by PostgreSQL. */
final class ReportViews {

    private ReportViews() {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Range(Instant from, Instant to) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Durations(@Nullable Double p50, @Nullable Double p90, @Nullable Double p95, @Nullable Double p99) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RunsPerDay(LocalDate day, long runs, long passed, long failed) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Dashboard(UUID projectId, Range range, long runs, long passedRuns, long failedRuns, long tests,
                     long passed, long failed, long skipped, long aborted, @Nullable Double passRate,
                     Durations durationMs, List<RunsPerDay> runsPerDay) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TrendPoint(LocalDate day, String suite, long tests, long passed, @Nullable Double passRate,
                      @Nullable Double avgDurationMs, @Nullable Double p95DurationMs) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Trends(UUID projectId, Range range, List<TrendPoint> points) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record FlakyTest(String testKey, long executions, long failures, long statusSwitches, long passedOnRetry,
                     double flakinessRate, @Nullable Instant lastSeen) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Flaky(UUID projectId, Range range, List<FlakyTest> tests) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SlowTest(String testKey, long executions, double avgDurationMs, double p95DurationMs, long maxDurationMs) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Slowest(UUID projectId, Range range, List<SlowTest> tests) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record LocatorHeals(String locator, long events, long healed, long suggested, long refused,
                        @Nullable Double avgScore) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record HealingStats(UUID projectId, Range range, long events, long healed, long suggested, long refused,
                        long recordsPending, long recordsAccepted, long recordsRejected, List<LocatorHeals> locators) {
    }
}
