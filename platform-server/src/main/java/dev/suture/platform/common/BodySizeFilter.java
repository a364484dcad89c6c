package dev.suture.platform.common;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.util.StringUtils;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Keeps request bodies small except where large ones are the point. Netty's own limit
 * ({@code micronaut.server.max-request-size}) is set to the largest upload; this filter answers 413 at once, from
 * the Content-Length, for any body over {@code suture.max-request-size} (1MB) unless the route is an artifact
 * upload (up to {@code suture.storage.max-file-size} plus 1 MiB of multipart framing), a bulk upload
 * ({@code suture.storage.max-bulk-size} plus 1 MiB; the endpoint also counts the files' bytes) or an ingest batch
 * (6 MiB: the 5 MiB limit applies after decompression and is checked by the endpoint itself).
 */
@ServerFilter("/api/**")
final class BodySizeFilter implements Ordered {

    private static final long MIB = 1024 * 1024;

    private final long defaultLimit;
    private final long uploadLimit;
    private final long bulkUploadLimit;

    BodySizeFilter(@Value("${suture.max-request-size:1MB}") String defaultLimit,
                   @Value("${suture.storage.max-file-size:52428800}") long maxFileSize,
                   @Value("${suture.storage.max-bulk-size:52428800}") long maxBulkSize) {
        this.defaultLimit = bytes(defaultLimit);
        this.uploadLimit = maxFileSize + MIB;
        this.bulkUploadLimit = maxBulkSize + MIB;
    }

    @RequestFilter
    void check(HttpRequest<?> request) {
        long length = request.getContentLength();
        if (length <= 0) {
            return;
        }
        long limit = limitFor(request.getMethod(), request.getPath());
        if (length > limit) {
            throw new ProblemException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "payload-too-large",
                    "The request body is larger than the server accepts here (" + limit + " bytes)");
        }
    }

    long limitFor(HttpMethod method, String path) {
        if (method == HttpMethod.POST && path.equals("/api/ingest/batches")) {
            return 6 * MIB;
        }
        if (method == HttpMethod.POST && path.equals("/api/storage")) {
            return uploadLimit;
        }
        if (method == HttpMethod.POST && path.equals("/api/storage/bulk")) {
            return bulkUploadLimit;
        }
        return defaultLimit;
    }

    /** Reads sizes as Micronaut writes them: {@code 1MB}, {@code 512KB}, or plain bytes. */
    static long bytes(String value) {
        String v = value.trim().toUpperCase(java.util.Locale.ROOT);
        if (!StringUtils.hasText(v)) {
            return MIB;
        }
        if (v.endsWith("MB")) {
            return Long.parseLong(v.substring(0, v.length() - 2).trim()) * MIB;
        }
        if (v.endsWith("KB")) {
            return Long.parseLong(v.substring(0, v.length() - 2).trim()) * 1024;
        }
        return Long.parseLong(v);
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 50; // after the request id, before authentication
    }
}
