package dev.suture.platform.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** RFC 9457 problem details, the body of every error answer. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, @Nullable String instance,
                      @Nullable String requestId, @Nullable List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://suture.dev/problems/";

    public static Problem of(HttpStatus status, String type, String detail, HttpRequest<?> request,
                             List<FieldError> errors) {
        return new Problem(TYPE_BASE + type, status.getReason(), status.getCode(), detail,
                request == null ? null : request.getPath(), RequestIds.of(request), errors);
    }
}
