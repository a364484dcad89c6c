package dev.suture.platform.web;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Rows of the dashboard's tables: public so that the precompiled templates can read them. */
public final class Rows {

    private Rows() {
    }

    /** A member of an organisation or project. */
    public record Member(UUID userId, String name, String email, String role, Instant since, boolean me) {
    }

    /** One entry of the audit trail, with the acting user's e-mail resolved. */
    public record Audit(Instant at, String who, String action, String resource, String changes,
                        @Nullable String ip) {
    }

    /** A project API key as listed (never the key itself). */
    public record Key(UUID id, String name, String prefix, Instant createdAt, @Nullable Instant lastUsedAt,
                      @Nullable Instant revokedAt) {
    }

    /** The overview's headline figures over its period. */
    public record Summary(long runs, long passedRuns, long failedRuns, long tests, @Nullable Double passRate,
                          @Nullable Double p50Ms, @Nullable Double p95Ms, long healingEvents, long healed,
                          long healsPending) {
    }

    /** A chart serialised for the page; {@code empty} when there is no data in the period. */
    public record ChartJson(String title, boolean empty, String json) {
    }

    /** A flaky test: its verdict switched on the same commit, or it passed only on a retry. */
    public record Flaky(String testKey, long executions, long failures, long statusSwitches, long passedOnRetry,
                        double rate, @Nullable Instant lastSeen) {
    }

    /** One run (execution) in a list. */
    public record Run(UUID id, String name, String status, @Nullable String branch, int total, int passed,
                      int failed, @Nullable Long durationMs, Instant startedAt) {
    }

    /** One test of a run, with its steps, screenshots, traces and heals. */
    public record TestRun(UUID id, String name, String key, String status, int attempt, long durationMs,
                          @Nullable String errorType, @Nullable String errorMessage, List<Step> steps,
                          List<Shot> screenshots, List<Download> traces, List<Heal> heals) {
    }

    /** One step: the plain-English instruction (if any) beside the action it resolved to. */
    public record Step(int index, @Nullable String instruction, String action, @Nullable String target,
                       @Nullable String value, @Nullable Long durationMs, @Nullable String error) {
    }

    /** A screenshot stored by the platform. */
    public record Shot(UUID storageId, String name) {
    }

    /** A downloadable artifact (trace). */
    public record Download(UUID storageId, String name) {
    }

    /**
     * A healing event: old and new locator, the scores, the marked screenshot, and the review record
     * ({@code recordId}/{@code recordStatus}) that Accept and Reject change.
     */
    public record Heal(String locator, NewLocator to, @Nullable Double score, @Nullable Double runnerUp,
                       String decision, @Nullable UUID screenshotId, @Nullable UUID recordId,
                       @Nullable String recordStatus) {
    }

    /**
     * What a locator healed to: {@code healedTo}, the selector the run acted on (positional, valid on that page
     * only), and {@code suggestion}, the readable replacement the SDK verified, when it sent one.
     */
    public record NewLocator(@Nullable String healedTo, @Nullable String suggestion) {

        /** The new locator as a person reads it: the suggestion, else the selector acted on. */
        public @Nullable String shown() {
            return suggestion != null ? suggestion : healedTo;
        }

        /** The selector acted on, shown as a detail when the suggestion stands in its place. */
        public @Nullable String actedOn() {
            return suggestion != null && !suggestion.equals(healedTo) ? healedTo : null;
        }
    }

    /** A reviewed-or-pending heal of a project, as the healing page lists it. */
    public record HealRecord(UUID id, String locator, NewLocator to, String status, @Nullable Double bestScore,
                             int occurrences, @Nullable String lastTestKey, Instant lastSeenAt) {
    }
}
