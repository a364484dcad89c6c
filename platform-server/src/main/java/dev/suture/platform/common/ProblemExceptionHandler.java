package dev.suture.platform.common;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Turns a {@link ProblemException} into its problem+json answer. */
@Singleton
@Produces(Problem.MEDIA_TYPE)
final class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ProblemException e) {
        Problem body = Problem.of(e.status(), e.type(), e.getMessage(), request, e.fieldErrors());
        MutableHttpResponse<Problem> response = HttpResponse.<Problem>status(e.status())
                .contentType(MediaType.of(Problem.MEDIA_TYPE))
                .body(body);
        if (e.retryAfterSeconds() != null) {
            response.header("Retry-After", Long.toString(e.retryAfterSeconds()));
        }
        return response;
    }
}
