package dev.suture.platform.testcase;

import dev.suture.platform.access.Caller;
import dev.suture.platform.common.PageResponse;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.testcase.TestCasePayloads.CloneTestCase;
import dev.suture.platform.testcase.TestCasePayloads.CreateTestCase;
import dev.suture.platform.testcase.TestCasePayloads.ImportResult;
import dev.suture.platform.testcase.TestCasePayloads.TestCaseInput;
import dev.suture.platform.testcase.TestCasePayloads.TestCaseView;
import dev.suture.platform.testcase.TestCasePayloads.VersionView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

/** {@code /api/test-cases}: stored tests with steps, tags, priority and status, versioned on every change. */
@Controller("/api/test-cases")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "test-cases")
class TestCaseController {

    private final TestCaseService service;
    private final TestCaseImports imports;
    private final TestCaseExport export;

    TestCaseController(TestCaseService service, TestCaseImports imports, TestCaseExport export) {
        this.service = service;
        this.imports = imports;
        this.export = export;
    }

    @Post
    HttpResponse<TestCaseView> create(@Parameter(hidden = true) Caller caller, @Body @Valid CreateTestCase body) {
        return HttpResponse.created(service.create(caller, body.projectId(), body.testCase()));
    }

    /** Filters: every given {@code tag}, priority, status, text search on name and description. */
    @Get
    PageResponse<TestCaseView> list(@Parameter(hidden = true) Caller caller, @QueryValue UUID projectId,
                                    @QueryValue @Nullable List<String> tag, @QueryValue @Nullable String priority,
                                    @QueryValue @Nullable String status, @QueryValue @Nullable String q,
                                    @QueryValue(defaultValue = "updatedAt") String sort,
                                    @QueryValue(defaultValue = "desc") String direction,
                                    @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "50") int size) {
        return service.list(caller, projectId, tag, priority, status, q, sort, direction, page, size);
    }

    @Get("/{id}")
    TestCaseView get(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        return service.get(caller, id);
    }

    @Put("/{id}")
    TestCaseView update(@Parameter(hidden = true) Caller caller, @PathVariable UUID id,
                        @Body @Valid TestCaseInput body) {
        return service.update(caller, id, body);
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    void delete(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        service.delete(caller, id);
    }

    @Get("/{id}/versions")
    List<VersionView> versions(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        return service.versions(caller, id);
    }

    @Get("/{id}/versions/{version}")
    VersionView version(@Parameter(hidden = true) Caller caller, @PathVariable UUID id, @PathVariable int version) {
        return service.version(caller, id, version);
    }

    @Post("/{id}/versions/{version}/restore")
    @Operation(summary = "Make an old version current again (saved as a new version)")
    TestCaseView restore(@Parameter(hidden = true) Caller caller, @PathVariable UUID id, @PathVariable int version) {
        return service.restore(caller, id, version);
    }

    @Post("/{id}/clone")
    HttpResponse<TestCaseView> cloneCase(@Parameter(hidden = true) Caller caller, @PathVariable UUID id,
                                         @Body @Nullable CloneTestCase body) {
        return HttpResponse.created(service.cloneOf(caller, id, body == null ? null : body.name()));
    }

    @Post("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a JSON array of test cases, all or nothing",
            description = "Any invalid row rejects the whole import (400) with one error per bad field, named "
                    + "rows[N].field with N counting from 1.")
    HttpResponse<ImportResult> importJson(@Parameter(hidden = true) Caller caller, @QueryValue UUID projectId,
                                          @Body List<TestCaseInput> body) {
        TestCaseImports.Parsed parsed = imports.validate(body, List.of());
        return imported(caller, projectId, parsed);
    }

    @Post("/import/csv")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import test cases from CSV (header name,description,priority,status,tags,steps), all or nothing")
    HttpResponse<ImportResult> importCsv(@Parameter(hidden = true) Caller caller, @QueryValue UUID projectId,
                                         @Body String body) {
        return imported(caller, projectId, imports.csv(body));
    }

    private HttpResponse<ImportResult> imported(Caller caller, UUID projectId, TestCaseImports.Parsed parsed) {
        if (!parsed.errors().isEmpty()) {
            throw TestCaseService.rejected(parsed.errors());
        }
        List<UUID> ids = service.importAll(caller, projectId, parsed.inputs(), List.of());
        return HttpResponse.created(new ImportResult(ids.size(), ids));
    }

    /**
     * Every test case of the project, streamed from a database cursor: JSON (an array) or CSV (the import format).
     */
    @Get("/export")
    @Operation(summary = "Export a project's test cases",
            description = "Streams every test case of the project, ordered by name, as a JSON array (format=json) or "
                    + "as CSV in the import format (format=csv). The rows are read from a database cursor and "
                    + "written as they come, so any number of test cases can be exported.")
    HttpResponse<StreamedFile> export(@Parameter(hidden = true) Caller caller, @QueryValue UUID projectId,
                                      @QueryValue(defaultValue = "json") String format) {
        InputStream body = export.open(caller, projectId, format);
        MediaType type = format.equals("csv") ? MediaType.of("text/csv; charset=utf-8")
                : MediaType.APPLICATION_JSON_TYPE;
        return HttpResponse.ok(new StreamedFile(body, type)).header("Content-Disposition",
                "attachment; filename=\"test-cases." + format + "\"");
    }
}
