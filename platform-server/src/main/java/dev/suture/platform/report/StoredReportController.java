package dev.suture.platform.report;

import dev.suture.platform.access.Caller;
import dev.suture.platform.common.PageResponse;
import dev.suture.platform.report.StoredReportPayloads.Format;
import dev.suture.platform.report.StoredReportPayloads.GenerateReport;
import dev.suture.platform.report.StoredReportPayloads.ReportDetail;
import dev.suture.platform.report.StoredReportPayloads.ReportSummary;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;

/**
 * {@code /api/reports} (stored reports): generate one (a medium-priority job computes it; answered 202 with status
 * PENDING), list, get (with {@code data}, shaped like the live endpoint of its kind), delete, and export a READY
 * report as CSV, self-contained HTML or PDF.
 */
@Controller("/api/reports")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "reports")
class StoredReportController {

    private final StoredReportService service;

    StoredReportController(StoredReportService service) {
        this.service = service;
    }

    @Post
    @Operation(summary = "Generate a stored report (SUMMARY, TRENDS, FLAKY, SLOWEST or HEALING) over a date range; "
            + "answers 202 with status PENDING, poll GET /api/reports/{id} until READY")
    HttpResponse<ReportSummary> generate(@Parameter(hidden = true) Caller caller, @Body @Valid GenerateReport body) {
        ReportSummary report = service.create(caller, body);
        return HttpResponse.<ReportSummary>status(HttpStatus.ACCEPTED).body(report)
                .headers(h -> h.location(URI.create("/api/reports/" + report.id())));
    }

    @Get
    @Operation(summary = "Stored reports of a project, newest first (without their figures)")
    PageResponse<ReportSummary> list(@Parameter(hidden = true) Caller caller, @QueryValue UUID projectId,
                                     @QueryValue @Nullable String kind, @QueryValue(defaultValue = "0") int page,
                                     @QueryValue(defaultValue = "50") int size) {
        return service.list(caller, projectId, kind, page, size);
    }

    @Get("/{id}")
    @Operation(summary = "A stored report with its figures (data is null until status is READY)")
    ReportDetail get(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        return service.get(caller, id);
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a stored report")
    void delete(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        service.delete(caller, id);
    }

    @Get("/{id}/export")
    @Operation(summary = "Download a READY report as csv, html (one self-contained file) or pdf; 409 before READY")
    HttpResponse<Writable> export(@Parameter(hidden = true) Caller caller, @PathVariable UUID id,
                                  @QueryValue(defaultValue = "csv") String format) {
        Format f = ReportExports.format(format);
        return ReportExports.download(service.document(caller, id), f);
    }
}
