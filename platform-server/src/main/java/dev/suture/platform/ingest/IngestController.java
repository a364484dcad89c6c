package dev.suture.platform.ingest;

import dev.suture.platform.access.Caller;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.common.PublicUrls;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * {@code /api/ingest}: what the SDK calls with a project API key (contract: notes/ingest-contract.md).
 * Batches are idempotent on their events' ids and answer per-event errors.
 */
@Controller("/api/ingest")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "ingest")
class IngestController {

    /** The largest batch body accepted, after decompression. */
    static final int MAX_BODY = 5 * 1024 * 1024;

    private final IngestService service;
    private final PublicUrls urls;

    IngestController(IngestService service, PublicUrls urls) {
        this.service = service;
        this.urls = urls;
    }

    @Post("/batches")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a batch of run events",
            description = "1..500 events (run.started, test.finished, run.finished), at most 5 MiB after gzip "
                    + "decompression. Valid events are stored even when others are invalid; a duplicate eventId "
                    + "changes nothing. Authenticate with 'Authorization: Bearer <project API key>'.")
    IngestService.BatchAnswer send(@Parameter(hidden = true) Caller caller, @Body byte[] body,
                                   @Header("Content-Encoding") @Nullable String encoding, HttpRequest<?> request) {
        return service.ingest(caller, decode(body, encoding), urls.base(request));
    }

    @Get("/healing-state")
    @Operation(summary = "Accepted healing baselines and rejected heals of the key's project",
            description = "The SDK fetches this at run start: accepted heals become baselines, rejected ones are "
                    + "never applied again.")
    IngestService.HealingState healingState(@Parameter(hidden = true) Caller caller) {
        return service.healingState(caller);
    }

    /** Gunzips when the body still is gzip (the server may or may not have decoded it), bounded to 5 MiB. */
    static byte[] decode(byte[] body, @Nullable String encoding) {
        boolean gzip = body.length >= 2 && (body[0] & 0xFF) == 0x1F && (body[1] & 0xFF) == 0x8B;
        if (!gzip) {
            if (body.length > MAX_BODY) {
                throw tooLarge();
            }
            return body;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(MAX_BODY, body.length * 8));
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (out.size() + n > MAX_BODY) {
                    throw tooLarge();
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw ProblemException.badRequest("malformed-gzip", "The body is not valid gzip: " + e.getMessage());
        }
    }

    private static ProblemException tooLarge() {
        return new ProblemException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "payload-too-large",
                "A batch may be at most " + MAX_BODY + " bytes after decompression; send fewer events per batch");
    }
}
