package dev.suture.platform.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request and answer bodies of {@code /api/reports} (stored reports) and {@code /api/report-schedules}. */
final class StoredReportPayloads {

    private StoredReportPayloads() {
    }

    /** What a report shows; each kind is one of the live report queries. */
    enum Kind { SUMMARY, TRENDS, FLAKY, SLOWEST, HEALING }

    static final String KINDS = "SUMMARY|TRENDS|FLAKY|SLOWEST|HEALING";
    static final String KINDS_MESSAGE = "must be one of SUMMARY, TRENDS, FLAKY, SLOWEST, HEALING";
    static final String FORMATS = "CSV|HTML|PDF";

    enum Format {
        CSV("text/csv; charset=utf-8", "csv"),
        HTML("text/html; charset=utf-8", "html"),
        PDF("application/pdf", "pdf");

        final String contentType;
        final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }
    }

    /** Options of a kind: {@code limit} for the listing kinds (default 50, at most 200), {@code suite} for TRENDS. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Params(@Nullable @Min(1) @Max(200) Integer limit, @Nullable @Size(max = 300) String suite) {
    }

    /** Kinds and formats are strings here so that a wrong one is answered as a field error, not a parse error. */
    @Serdeable
    record GenerateReport(@NotNull UUID projectId,
                          @NotNull @Pattern(regexp = KINDS, message = KINDS_MESSAGE) String kind,
                          @Nullable @Size(max = 300) String title, @Nullable Instant from, @Nullable Instant to,
                          @Nullable @Valid Params params) {

        Kind kindValue() {
            return Kind.valueOf(kind);
        }
    }

    /** A stored report without its figures (lists). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ReportSummary(UUID id, UUID projectId, String title, Kind kind, String status, Instant from, Instant to,
                         Params params, @Nullable UUID scheduleId, @Nullable String error, Instant createdAt,
                         @Nullable Instant generatedAt) {
    }

    /** A stored report with its figures: {@code data} has the shape of the live endpoint of its kind. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ReportDetail(UUID id, UUID projectId, String title, Kind kind, String status, Instant from, Instant to,
                        Params params, @Nullable UUID scheduleId, @Nullable String error, Instant createdAt,
                        @Nullable Instant generatedAt, @Nullable JsonNode data) {
    }

    @Serdeable
    record ScheduleInput(@NotNull UUID projectId, @NotBlank @Size(max = 300) String title,
                         @NotNull @Pattern(regexp = KINDS, message = KINDS_MESSAGE) String kind,
                         @NotNull @Min(1) @Max(366) Integer rangeDays, @Nullable @Valid Params params,
                         @NotNull @Pattern(regexp = FORMATS, message = "must be one of CSV, HTML, PDF") String format,
                         @NotEmpty @Size(max = 50) List<@NotBlank @Email @Size(max = 320) String> recipients,
                         @NotBlank @Size(max = 100) String cron, @Nullable @Size(max = 60) String timeZone,
                         @Nullable Boolean enabled) {

        Kind kindValue() {
            return Kind.valueOf(kind);
        }

        Format formatValue() {
            return Format.valueOf(format);
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ScheduleView(UUID id, UUID projectId, String title, Kind kind, int rangeDays, Params params,
                        Format format, List<String> recipients, String cron, String timeZone, boolean enabled,
                        @Nullable Instant nextRunAt, @Nullable Instant lastRunAt, Instant createdAt,
                        Instant updatedAt) {
    }
}
