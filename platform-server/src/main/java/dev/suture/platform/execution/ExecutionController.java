package dev.suture.platform.execution;

import dev.suture.platform.access.Caller;
import dev.suture.platform.common.PageResponse;
import dev.suture.platform.execution.ExecutionViews.Detail;
import dev.suture.platform.execution.ExecutionViews.Execution;
import dev.suture.platform.execution.ExecutionViews.LogLine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code /api/executions}: runs of a project, reported by the SDK or queued by the platform. */
@Controller("/api/executions")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "executions")
class ExecutionController {

    private final ExecutionService service;

    ExecutionController(ExecutionService service) {
        this.service = service;
    }

    /**
     * Newest first; every filter is optional except the project. {@code to} is exclusive. Live progress of the
     * project's running executions is not polled here: it streams over the WebSocket
     * {@code /ws/progress/projects/{projectId}} (WebSocket is outside OpenAPI; see the platform-server README).
     */
    @Get
    PageResponse<Execution> list(@Parameter(hidden = true) Caller caller, @QueryValue UUID projectId,
                                 @QueryValue @Nullable UUID suiteId, @QueryValue @Nullable UUID testCaseId,
                                 @QueryValue @Nullable String status, @QueryValue @Nullable String branch,
                                 @QueryValue @Nullable String commit, @QueryValue @Nullable Instant from,
                                 @QueryValue @Nullable Instant to, @QueryValue(defaultValue = "0") int page,
                                 @QueryValue(defaultValue = "50") int size) {
        return service.list(caller, new ExecutionQueries.Filter(projectId, suiteId, testCaseId, status, branch, commit,
                from, to), page, size);
    }

    /**
     * The run with its results (and their steps), artifacts and healing events. While it runs, its progress
     * streams over the WebSocket {@code /ws/progress/executions/{id}} (see the platform-server README).
     */
    @Get("/{id}")
    Detail get(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        return service.get(caller, id);
    }

    @Get("/{id}/logs")
    PageResponse<LogLine> logs(@Parameter(hidden = true) Caller caller, @PathVariable UUID id,
                               @QueryValue @Nullable String level, @QueryValue(defaultValue = "0") int page,
                               @QueryValue(defaultValue = "200") int size) {
        return service.logs(caller, id, level, page, size);
    }

    /** Screenshot artifacts; fetch one with GET /api/storage/{storageId}/content or a pre-signed URL. */
    @Get("/{id}/screenshots")
    List<ExecutionViews.Artifact> screenshots(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        return service.screenshots(caller, id);
    }

    /** A single test case to run, optionally with a suite's configuration (browser, base URL, retries, ...). */
    @Serdeable
    record RunTestCase(@NotNull UUID testCaseId, @Nullable UUID suiteId) {
    }

    /**
     * Queues a run of one stored test case; answers at once with the QUEUED execution, which the workers run like
     * a suite of one (progress over the live channel, results under GET /api/executions/{id}).
     */
    @Post
    @Status(HttpStatus.CREATED)
    Execution runTestCase(@Parameter(hidden = true) Caller caller, @Body @Valid RunTestCase body) {
        return service.runTestCase(caller, body.testCaseId(), body.suiteId());
    }

    /**
     * Stops a QUEUED or RUNNING execution: queued tests never start, running ones end before their next step, and
     * nothing more is recorded for it.
     */
    @Post("/{id}/stop")
    Execution stop(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        return service.stop(caller, id);
    }

    @Post("/{id}/retry-failed")
    HttpResponse<Execution> retryFailed(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        return HttpResponse.created(service.retryFailed(caller, id));
    }
}
