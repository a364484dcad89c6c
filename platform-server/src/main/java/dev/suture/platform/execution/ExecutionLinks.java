package dev.suture.platform.execution;

import dev.suture.platform.access.Caller;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.web.Pages;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.UUID;

/** {@code /executions/{id}}: the run link the ingest answer prints at the end of a test run, resolved to its page. */
@Controller("/executions")
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class ExecutionLinks {

    private final ExecutionService executions;

    ExecutionLinks(ExecutionService executions) {
        this.executions = executions;
    }

    @Get("/{id}")
    @Transactional(readOnly = true)
    HttpResponse<?> open(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        UUID projectId = executions.get(caller, id).execution().projectId();
        return Pages.seeOther("/projects/" + projectId + "/executions/" + id);
    }

    @Error(exception = ProblemException.class)
    HttpResponse<?> failed(HttpRequest<?> request, ProblemException e) {
        return Pages.error(request, e);
    }
}
