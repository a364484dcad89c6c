package dev.suture.platform.storage;

import dev.suture.platform.access.Caller;
import dev.suture.platform.common.PageResponse;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.common.PublicUrls;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Head;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code /api/storage}: a project's screenshots, traces and other files. A project API key acts on its own
 * project; a signed-in user names the project with {@code projectId}.
 */
@Controller("/api/storage")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "storage")
class StorageController {

    private final StorageService service;
    private final PublicUrls urls;

    StorageController(StorageService service, PublicUrls urls) {
        this.service = service;
        this.urls = urls;
    }

    /** The answer to an upload, as the ingest contract fixes it. */
    @Serdeable
    record Uploaded(UUID id, String sha256, long size, String contentType, String name) {
        static Uploaded of(StorageService.Stored s) {
            return new Uploaded(s.id(), s.sha256(), s.size(), s.contentType(), s.name());
        }
    }

    @Serdeable
    record FileView(UUID id, UUID projectId, String sha256, long size, String contentType, String name,
                    Instant createdAt) {
        static FileView of(StorageService.Stored s) {
            return new FileView(s.id(), s.projectId(), s.sha256(), s.size(), s.contentType(), s.name(), s.createdAt());
        }
    }

    @Serdeable
    record PresignRequest(@Nullable Long expiresInSeconds) {
    }

    @Serdeable
    record PresignedUrl(String url, Instant expiresAt) {
    }

    /** Uploads one file (multipart field {@code file}, optional {@code sha256} to check it arrived intact). */
    @Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<Uploaded> upload(@Parameter(hidden = true) Caller caller, @QueryValue @Nullable UUID projectId,
                                  @Part("file") CompletedFileUpload file, @Part("sha256") @Nullable String sha256) {
        try {
            return HttpResponse.created(Uploaded.of(service.upload(caller, projectOf(caller, projectId),
                    file.getInputStream(), file.getFilename(), sha256)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the project already has this content: 200 with {@code X-Storage-Id}, else 404. */
    @Head("/by-hash/{sha256}")
    HttpResponse<?> byHash(@Parameter(hidden = true) Caller caller, @PathVariable String sha256,
                           @QueryValue @Nullable UUID projectId) {
        return service.findByHash(caller, projectOf(caller, projectId), sha256)
                .<HttpResponse<?>>map(s -> HttpResponse.ok().header("X-Storage-Id", s.id().toString()))
                .orElseGet(HttpResponse::notFound);
    }

    @Get
    PageResponse<FileView> list(@Parameter(hidden = true) Caller caller, @QueryValue @Nullable UUID projectId,
                                @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "50") int size) {
        PageResponse<StorageService.Stored> p = service.list(caller, projectOf(caller, projectId), page, size);
        return new PageResponse<>(p.items().stream().map(FileView::of).toList(), p.page(), p.size(), p.total());
    }

    @Get("/{id}")
    FileView get(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        return FileView.of(service.get(caller, id));
    }

    @Get("/{id}/content")
    HttpResponse<StreamedFile> content(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        return stream(service.download(caller, id));
    }

    @Post("/{id}/presign")
    PresignedUrl presign(@Parameter(hidden = true) Caller caller, @PathVariable UUID id,
                         @Body @Nullable PresignRequest body, HttpRequest<?> request) {
        Duration ttl = body == null || body.expiresInSeconds() == null ? null
                : Duration.ofSeconds(body.expiresInSeconds());
        StorageService.Presigned p = service.presign(caller, id, ttl, urls.base(request));
        return new PresignedUrl(p.url(), p.expiresAt());
    }

    /** The target of a pre-signed URL: no credentials, the signature and expiry are the permission. */
    @Get("/signed/{id}")
    HttpResponse<StreamedFile> signed(@PathVariable UUID id, @QueryValue long expires, @QueryValue String signature) {
        return stream(service.downloadSigned(id, expires, signature));
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    void delete(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        service.delete(caller, id);
    }

    private static HttpResponse<StreamedFile> stream(StorageService.Download d) {
        StreamedFile file = new StreamedFile(d.content(), MediaType.of(d.file().contentType()), d.file().createdAt()
                .toEpochMilli(), d.file().sizeBytes());
        return HttpResponse.ok(file)
                .header("Content-Disposition", "attachment; filename=\"" + d.file().name() + "\"");
    }

    static UUID projectOf(Caller caller, @Nullable UUID projectId) {
        if (caller.isApiKey()) {
            return projectId != null ? projectId : caller.apiKeyProjectId();
        }
        if (projectId == null) {
            throw ProblemException.invalidField("projectId", "is required when signed in as a user");
        }
        return projectId;
    }
}
