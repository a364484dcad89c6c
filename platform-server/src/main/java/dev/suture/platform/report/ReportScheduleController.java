package dev.suture.platform.report;

import dev.suture.platform.access.Caller;
import dev.suture.platform.common.PageResponse;
import dev.suture.platform.report.StoredReportPayloads.ScheduleInput;
import dev.suture.platform.report.StoredReportPayloads.ScheduleView;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;

/**
 * {@code /api/report-schedules}: a cron schedule (five fields, in an IANA time zone) that makes a report of the
 * last {@code rangeDays} days at every fire and mails it, exported as CSV, HTML or PDF, to the recipients.
 */
@Controller("/api/report-schedules")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "reports")
class ReportScheduleController {

    private final ReportScheduleService service;

    ReportScheduleController(ReportScheduleService service) {
        this.service = service;
    }

    @Post
    @Operation(summary = "Schedule a report: cron ('minute hour day month weekday'), recipients, kind, format")
    HttpResponse<ScheduleView> create(@Parameter(hidden = true) Caller caller, @Body @Valid ScheduleInput body) {
        return HttpResponse.created(service.create(caller, body));
    }

    @Get
    @Operation(summary = "Report schedules of a project, newest first")
    PageResponse<ScheduleView> list(@Parameter(hidden = true) Caller caller, @QueryValue UUID projectId,
                                    @QueryValue(defaultValue = "0") int page,
                                    @QueryValue(defaultValue = "50") int size) {
        return service.list(caller, projectId, page, size);
    }

    @Get("/{id}")
    @Operation(summary = "A report schedule with its next and last fire")
    ScheduleView get(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        return service.get(caller, id);
    }

    @Put("/{id}")
    @Operation(summary = "Replace a report schedule (every field; the next fire is computed again)")
    ScheduleView update(@Parameter(hidden = true) Caller caller, @PathVariable UUID id,
                        @Body @Valid ScheduleInput body) {
        return service.update(caller, id, body);
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a report schedule (its reports stay)")
    void delete(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        service.delete(caller, id);
    }
}
