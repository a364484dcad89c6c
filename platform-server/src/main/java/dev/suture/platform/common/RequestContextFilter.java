package dev.suture.platform.common;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.propagation.MutablePropagatedContext;
import java.util.Map;

/**
 * First and last filter of every request: assigns the request id (from {@code X-Request-Id} or a new one),
 * puts it in the logging MDC, and stamps it and the security headers on every answer, errors included.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestContextFilter implements Ordered {

    private final boolean trustForwardedFor;

    /** Behind a reverse proxy, set {@code suture.trust-forwarded-for=true} so limits and audit see the real IP. */
    RequestContextFilter(@Value("${suture.trust-forwarded-for:false}") boolean trustForwardedFor) {
        this.trustForwardedFor = trustForwardedFor;
    }

    @RequestFilter
    void assignRequestId(HttpRequest<?> request, MutablePropagatedContext context) {
        // The propagated MDC follows the request onto whichever thread handles it (event loop, blocking pool).
        context.add(new MdcPropagationContext(Map.of("requestId", RequestIds.resolve(request))));
        request.setAttribute(ClientInfo.ATTRIBUTE, ClientInfo.resolve(request, trustForwardedFor));
    }

    @ResponseFilter
    void decorate(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String id = RequestIds.of(request);
        if (id != null) {
            response.header(RequestIds.HEADER, id);
        }
        response.header("X-Content-Type-Options", "nosniff");
        response.header("X-Frame-Options", "DENY");
        response.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        response.header("Cross-Origin-Opener-Policy", "same-origin");
        String path = request.getPath();
        if (path.startsWith("/api/") || path.startsWith("/static/") || path.startsWith("/vendor/")) {
            response.header("Referrer-Policy", "no-referrer");
        }
        if (path.startsWith("/static/") || path.startsWith("/vendor/")) {
            // dashboard assets bundled in the jar: cacheable, and no document CSP needed
            response.header("Cache-Control", "public, max-age=3600");
        } else if (!path.startsWith("/api/")) {
            // dashboard pages: own scripts, styles and images only; no inline code, no third-party origin
            response.header("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; "
                    + "img-src 'self' data:; connect-src 'self'; font-src 'self'; form-action 'self'; "
                    + "base-uri 'none'; frame-ancestors 'none'");
            // with no-referrer, Chromium sends "Origin: null" on the dashboard's own form posts, which CORS refuses
            response.header("Referrer-Policy", "same-origin");
            response.header("Cache-Control", "no-store");
        } else if (!path.startsWith("/api/docs")) {
            response.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
            response.header("Cache-Control", "no-store");
        } else {
            response.header("Content-Security-Policy",
                    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
        }
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
