package dev.suture.platform.storage;

import dev.suture.platform.access.Caller;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.web.Pages;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.UUID;

/**
 * Screenshots and traces for the dashboard, read with the session cookie (the API's file routes want a bearer
 * token, which a browser's {@code <img>} cannot send). Images are shown inline; anything else downloads.
 */
@Controller("/projects/{projectId}/files")
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class FilePages {

    private final StorageService storage;

    FilePages(StorageService storage) {
        this.storage = storage;
    }

    @Get("/{id}")
    HttpResponse<StreamedFile> file(@Parameter(hidden = true) Caller caller, @PathVariable UUID projectId,
                                    @PathVariable UUID id) {
        StorageService.Download d = storage.download(caller, id);
        if (!d.file().projectId().equals(projectId)) {
            try (var unused = d.content()) {
                throw ProblemException.notFound("File");
            } catch (java.io.IOException e) {
                throw ProblemException.notFound("File");
            }
        }
        boolean image = d.file().contentType().startsWith("image/");
        StreamedFile body = new StreamedFile(d.content(), MediaType.of(image ? d.file().contentType()
                : MediaType.APPLICATION_OCTET_STREAM));
        HttpResponse<StreamedFile> response = HttpResponse.ok(body);
        if (!image) {
            ((io.micronaut.http.MutableHttpResponse<StreamedFile>) response).header("Content-Disposition",
                    "attachment; filename=\"" + d.file().name().replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        }
        return response;
    }

    @Error(exception = ProblemException.class)
    HttpResponse<?> failed(HttpRequest<?> request, ProblemException e) {
        return Pages.error(request, e);
    }
}
