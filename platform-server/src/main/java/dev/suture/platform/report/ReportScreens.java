package dev.suture.platform.report;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the report pages show: public records, so that the precompiled templates can read them. */
public final class ReportScreens {

    private ReportScreens() {
    }

    /** A stored report as the list shows it; {@code createdBy} is a person's name or "schedule". */
    public record Listed(UUID id, String title, String kind, String status, Instant from, Instant to,
                         String createdBy, Instant createdAt, @Nullable Instant generatedAt, @Nullable String error) {
    }

    /** A report with its figures laid out for reading (empty lists until it is READY). */
    public record Detail(Listed report, String options, List<Fact> facts, List<Table> tables) {
    }

    /** A headline figure, already formatted. */
    public record Fact(String label, String value) {
    }

    /** A table of figures, already formatted; numeric columns are right-aligned. */
    public record Table(String name, List<Column> columns, List<List<String>> rows) {
    }

    public record Column(String label, boolean numeric) {
    }

    /** A report schedule: what it makes, how often, and who gets it. */
    public record Schedule(UUID id, String title, String kind, int rangeDays, String format,
                           List<String> recipients, String cron, String timeZone, boolean enabled,
                           @Nullable Instant nextRunAt, @Nullable Instant lastRunAt) {
    }
}
