package dev.suture.platform.common;

import io.micronaut.http.HttpStatus;
import java.util.List;

/**
 * The one exception the API throws on purpose: it becomes an RFC 9457 problem+json answer with its status,
 * a stable {@code type} slug, a human {@code detail} and, for validation, one entry per bad field.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final List<FieldError> fieldErrors;
    private final Long retryAfterSeconds;

    public ProblemException(HttpStatus status, String type, String detail) {
        this(status, type, detail, List.of(), null);
    }

    public ProblemException(HttpStatus status, String type, String detail, List<FieldError> fieldErrors,
                            Long retryAfterSeconds) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ProblemException notFound(String resource) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found",
                resource + " was not found, or you may not see it");
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, "forbidden", detail);
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(HttpStatus.UNAUTHORIZED, "unauthorized", detail);
    }

    public static ProblemException badRequest(String type, String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, type, detail);
    }

    public static ProblemException conflict(String type, String detail) {
        return new ProblemException(HttpStatus.CONFLICT, type, detail);
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields",
                List.of(new FieldError(field, message)), null);
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
