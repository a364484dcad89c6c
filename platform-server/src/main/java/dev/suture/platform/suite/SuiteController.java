package dev.suture.platform.suite;

import dev.suture.platform.access.Caller;
import dev.suture.platform.common.PageResponse;
import dev.suture.platform.suite.SuitePayloads.AddMember;
import dev.suture.platform.suite.SuitePayloads.CreateSchedule;
import dev.suture.platform.suite.SuitePayloads.CreateSuite;
import dev.suture.platform.suite.SuitePayloads.Queued;
import dev.suture.platform.suite.SuitePayloads.ScheduleView;
import dev.suture.platform.suite.SuitePayloads.SetMembers;
import dev.suture.platform.suite.SuitePayloads.SuiteConfig;
import dev.suture.platform.suite.SuitePayloads.SuiteView;
import dev.suture.platform.suite.SuitePayloads.UpdateSuite;
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
import java.util.List;
import java.util.UUID;

/** {@code /api/test-suites}: ordered groups of test cases with a run configuration and cron schedules. */
@Controller("/api/test-suites")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "test-suites")
class SuiteController {

    private final SuiteService service;

    SuiteController(SuiteService service) {
        this.service = service;
    }

    @Post
    HttpResponse<SuiteView> create(@Parameter(hidden = true) Caller caller, @Body @Valid CreateSuite body) {
        return HttpResponse.created(service.create(caller, body));
    }

    @Get
    PageResponse<SuiteView> list(@Parameter(hidden = true) Caller caller, @QueryValue UUID projectId,
                                 @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "50") int size) {
        return service.list(caller, projectId, page, size);
    }

    @Get("/{id}")
    SuiteView get(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        return service.get(caller, id);
    }

    @Put("/{id}")
    SuiteView update(@Parameter(hidden = true) Caller caller, @PathVariable UUID id, @Body @Valid UpdateSuite body) {
        return service.update(caller, id, body);
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    void delete(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        service.delete(caller, id);
    }

    @Get("/{id}/config")
    SuiteConfig config(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        return service.get(caller, id).config();
    }

    @Put("/{id}/config")
    @Operation(summary = "Set browser, viewport, parallelism, retries, environment variables and base URL")
    SuiteConfig setConfig(@Parameter(hidden = true) Caller caller, @PathVariable UUID id,
                          @Body @Valid SuiteConfig body) {
        return service.setConfig(caller, id, body).config();
    }

    @Put("/{id}/test-cases")
    @Operation(summary = "Replace the suite's test cases with this ordered list")
    SuiteView setMembers(@Parameter(hidden = true) Caller caller, @PathVariable UUID id,
                         @Body @Valid SetMembers body) {
        return service.setMembers(caller, id, body.testCaseIds());
    }

    @Post("/{id}/test-cases")
    @Operation(summary = "Add one test case, at the end or at a position")
    SuiteView addMember(@Parameter(hidden = true) Caller caller, @PathVariable UUID id, @Body @Valid AddMember body) {
        return service.addMember(caller, id, body.testCaseId(), body.position());
    }

    @Delete("/{id}/test-cases/{testCaseId}")
    SuiteView removeMember(@Parameter(hidden = true) Caller caller, @PathVariable UUID id,
                           @PathVariable UUID testCaseId) {
        return service.removeMember(caller, id, testCaseId);
    }

    @Get("/{id}/schedules")
    List<ScheduleView> schedules(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        return service.schedules(caller, id);
    }

    @Post("/{id}/schedules")
    @Operation(summary = "Add a cron schedule ('minute hour day month weekday', in a time zone; default UTC)")
    HttpResponse<ScheduleView> addSchedule(@Parameter(hidden = true) Caller caller, @PathVariable UUID id,
                                           @Body @Valid CreateSchedule body) {
        return HttpResponse.created(service.addSchedule(caller, id, body));
    }

    @Delete("/{id}/schedules/{scheduleId}")
    @Status(HttpStatus.NO_CONTENT)
    void deleteSchedule(@Parameter(hidden = true) Caller caller, @PathVariable UUID id,
                        @PathVariable UUID scheduleId) {
        service.deleteSchedule(caller, id, scheduleId);
    }

    @Post("/{id}/execute")
    @Operation(summary = "Queue an execution of the suite (the execution worker runs it)")
    HttpResponse<Queued> execute(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        return HttpResponse.created(service.execute(caller, id));
    }
}
