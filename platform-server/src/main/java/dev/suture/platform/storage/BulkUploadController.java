package dev.suture.platform.storage;

import dev.suture.platform.access.AccessService;
import dev.suture.platform.access.Caller;
import dev.suture.platform.access.ProjectPermission;
import dev.suture.platform.common.FieldError;
import dev.suture.platform.common.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * {@code POST /api/storage/bulk}: several files in one multipart request. Each file goes through exactly the checks
 * and storage of a single upload (its own transaction), so one bad file does not stop the others: the answer lists
 * a result per file, in order, with the stored file or the problem. The number of files and their total size are
 * bounded ({@code suture.storage.max-bulk-files}, {@code max-bulk-size}); over either, nothing is stored (413).
 */
@Controller("/api/storage")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "storage")
class BulkUploadController {

    private final StorageService service;
    private final AccessService access;
    private final StorageConfig config;

    BulkUploadController(StorageService service, AccessService access, StorageConfig config) {
        this.service = service;
        this.access = access;
        this.config = config;
    }

    /** One file's outcome: {@code status} 201 with {@code file}, or the 4xx of its {@code error}. */
    @Serdeable
    record FileResult(int index, String name, int status, @Nullable StorageController.Uploaded file,
                      @Nullable FileError error) {
    }

    /** Why one file was refused, as its own problem+json would say it. */
    @Serdeable
    record FileError(String type, String detail, List<FieldError> errors) {
    }

    @Serdeable
    record BulkResult(int stored, int failed, List<FileResult> results) {
    }

    @Post("/bulk")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload several files at once",
            description = "Every file part of the multipart body (any field name) is stored as POST /api/storage "
                    + "would store it. Answers 200 with one result per file, in order; a refused file has its "
                    + "status and problem, the others are stored. At most suture.storage.max-bulk-files files and "
                    + "suture.storage.max-bulk-size bytes in total (413, nothing stored).")
    BulkResult upload(@Parameter(hidden = true) Caller caller, @QueryValue @Nullable UUID projectId,
                      @Body MultipartBody body) {
        UUID project = StorageController.projectOf(caller, projectId);
        access.requireProject(caller, project, ProjectPermission.INGEST);
        List<CompletedFileUpload> files = BulkParts.collect(body, config.maxBulkSize(), config.maxBulkFiles());
        if (files.isEmpty()) {
            throw ProblemException.invalidField("files", "must hold at least one file part");
        }
        List<FileResult> results = new ArrayList<>(files.size());
        int stored = 0;
        for (int i = 0; i < files.size(); i++) {
            CompletedFileUpload file = files.get(i);
            String name = StorageService.safeName(file.getFilename());
            try (InputStream in = file.getInputStream()) {
                StorageService.Stored s = service.upload(caller, project, in, file.getFilename(), null);
                results.add(new FileResult(i, name, 201, StorageController.Uploaded.of(s), null));
                stored++;
            } catch (ProblemException e) {
                results.add(new FileResult(i, name, e.status().getCode(), null,
                        new FileError(e.type(), e.getMessage(), e.fieldErrors())));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the uploaded part '" + name + "'", e);
            }
        }
        return new BulkResult(stored, files.size() - stored, results);
    }
}
