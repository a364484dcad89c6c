package dev.suture.platform.common;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces Micronaut's default error body for every failure the framework answers itself (404, 405,
 * malformed JSON, conversion and validation errors, oversized bodies, unhandled exceptions) with problem+json.
 * A 5xx never carries the exception's message: only a generic detail and the request id to look it up.
 */
@Singleton
final class ProblemResponseProcessor implements ErrorResponseProcessor<Problem> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponseProcessor.class);
    private static final int MAX_DETAIL = 300;

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        String type;
        String detail;
        List<FieldError> fields = new ArrayList<>();
        if (status.getCode() >= 500) {
            type = "internal-error";
            detail = "The server failed to handle this request; quote the request id when reporting it";
            context.getRootCause().ifPresent(e -> LOG.error("Unhandled error on {} {}",
                    context.getRequest().getMethod(), context.getRequest().getPath(), e));
        } else {
            type = typeFor(status);
            List<Error> errors = context.getErrors();
            for (Error error : errors) {
                error.getPath().map(ProblemResponseProcessor::fieldName).filter(f -> !f.isEmpty())
                        .ifPresent(field -> fields.add(new FieldError(field, clip(error.getMessage()))));
            }
            detail = detailFor(status, errors, fields);
        }
        Problem body = Problem.of(status, type, detail, context.getRequest(), fields);
        return response.contentType(MediaType.of(Problem.MEDIA_TYPE)).body(body);
    }

    private static String typeFor(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case REQUEST_ENTITY_TOO_LARGE -> "payload-too-large";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case NOT_ACCEPTABLE -> "not-acceptable";
            case UNAUTHORIZED -> "unauthorized";
            case FORBIDDEN -> "forbidden";
            case BAD_REQUEST -> "bad-request";
            default -> "http-" + status.getCode();
        };
    }

    private static String detailFor(HttpStatus status, List<Error> errors, List<FieldError> fields) {
        if (status == HttpStatus.NOT_FOUND) {
            return "No resource at this path";
        }
        if (status == HttpStatus.METHOD_NOT_ALLOWED) {
            return "This method is not allowed on this path";
        }
        if (status == HttpStatus.REQUEST_ENTITY_TOO_LARGE) {
            return "The request body is larger than the server accepts";
        }
        if (errors.isEmpty()) {
            return status.getReason();
        }
        if (!fields.isEmpty()) {
            return "The request has invalid fields";
        }
        return clip(errors.get(0).getMessage());
    }

    /** Validation paths look like {@code register.request.email}: the client knows the field as {@code email}. */
    static String fieldName(String path) {
        if (path.startsWith("/")) {
            // Micronaut names a body that failed to bind "/body": that is the whole body, not a field.
            String name = path.substring(1);
            return "body".equals(name) ? "" : name;
        }
        String[] parts = path.split("\\.");
        if (parts.length <= 2) {
            return parts[parts.length - 1];
        }
        return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
    }

    /** Jackson messages may quote a whole source line; keep the first line and a bounded length. */
    private static String clip(String message) {
        if (message == null) {
            return "Invalid request";
        }
        String first = message.lines().findFirst().orElse(message);
        int convert = first.indexOf(" due to: ");
        if (first.startsWith("Failed to convert argument") && convert > 0) {
            first = "Invalid value: " + first.substring(convert + 9);
        }
        // Never show the server's class names.
        first = first.replaceAll("`?\\b(?:[a-z_][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)`?", "$1");
        int cut = first.indexOf(" at [Source");
        if (cut > 0) {
            first = first.substring(0, cut);
        }
        return first.length() > MAX_DETAIL ? first.substring(0, MAX_DETAIL) + "..." : first;
    }
}
