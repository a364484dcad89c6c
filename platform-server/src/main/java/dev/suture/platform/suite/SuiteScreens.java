package dev.suture.platform.suite;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the suite pages show: public records, so that the precompiled templates can read them. */
public final class SuiteScreens {

    private SuiteScreens() {
    }

    /** A suite as the list shows it. */
    public record Listed(UUID id, String name, @Nullable String description, int testCases, Instant updatedAt) {
    }

    /** One suite with its settings as the configuration form shows them (empty text: the worker's default). */
    public record Detail(UUID id, String name, String description, String browser, String width, String height,
                         String parallelism, String retries, String baseUrl, String environment,
                         List<Member> members, List<Schedule> schedules) {
    }

    /** A test case of the suite, in run order. */
    public record Member(UUID testCaseId, int position, String name, String status) {
    }

    /** A cron schedule and when it fires next. */
    public record Schedule(UUID id, String cron, String timeZone, boolean enabled, @Nullable Instant nextRunAt,
                           @Nullable Instant lastRunAt) {
    }

    /** A test case that can be added. */
    public record Choice(UUID id, String name) {
    }
}
