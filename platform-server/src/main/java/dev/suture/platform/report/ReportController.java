package dev.suture.platform.report;

import dev.suture.platform.access.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code /api/reports/*}: live figures of one project over a date range ({@code from} inclusive, {@code to}
 * exclusive; default the last 30 days, at most 366).
 */
@Controller("/api/reports")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "reports")
class ReportController {

    private final ReportService service;

    ReportController(ReportService service) {
        this.service = service;
    }

    @Get("/dashboard")
    @Operation(summary = "Totals, pass rate, runs per day and duration percentiles")
    ReportViews.Dashboard dashboard(@Parameter(hidden = true) Caller caller, @QueryValue UUID projectId,
                                    @QueryValue @Nullable Instant from, @QueryValue @Nullable Instant to) {
        return service.dashboard(caller, projectId, from, to);
    }

    @Get("/trends")
    @Operation(summary = "Pass rate and duration per day per suite")
    ReportViews.Trends trends(@Parameter(hidden = true) Caller caller, @QueryValue UUID projectId,
                              @QueryValue @Nullable Instant from, @QueryValue @Nullable Instant to,
                              @QueryValue @Nullable String suite) {
        return service.trends(caller, projectId, from, to, suite);
    }

    @Get("/flaky")
    @Operation(summary = "Tests whose verdict switched on the same commit, or that passed only on a retry")
    ReportViews.Flaky flaky(@Parameter(hidden = true) Caller caller, @QueryValue UUID projectId,
                            @QueryValue @Nullable Instant from, @QueryValue @Nullable Instant to,
                            @QueryValue(defaultValue = "50") int limit) {
        return service.flaky(caller, projectId, from, to, limit);
    }

    @Get("/slowest")
    @Operation(summary = "Tests by average duration, slowest first")
    ReportViews.Slowest slowest(@Parameter(hidden = true) Caller caller, @QueryValue UUID projectId,
                                @QueryValue @Nullable Instant from, @QueryValue @Nullable Instant to,
                                @QueryValue(defaultValue = "50") int limit) {
        return service.slowest(caller, projectId, from, to, limit);
    }

    @Get("/healing")
    @Operation(summary = "Heals per locator, and how many healing records are accepted, rejected, pending")
    ReportViews.HealingStats healing(@Parameter(hidden = true) Caller caller, @QueryValue UUID projectId,
                                     @QueryValue @Nullable Instant from, @QueryValue @Nullable Instant to,
                                     @QueryValue(defaultValue = "50") int limit) {
        return service.healing(caller, projectId, from, to, limit);
    }
}
