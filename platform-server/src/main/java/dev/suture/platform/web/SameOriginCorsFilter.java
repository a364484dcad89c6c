package dev.suture.platform.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.cors.CorsFilter;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.resource.StaticResourceResolver;
import jakarta.inject.Inject;

/**
 * Micronaut's CORS filter, except that it leaves same-origin requests alone. Browsers send {@code Origin} on
 * every form post, also to the page's own server; the stock filter answers 403 to any origin missing from
 * {@code suture.cors.allowed-origins}, which would make the dashboard's own forms depend on that list (and on
 * the port it happens to run on). A request whose origin is the server itself is not cross-origin, so CORS does
 * not apply; the dashboard's forms are protected by their CSRF tokens instead.
 */
@Replaces(CorsFilter.class)
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SameOriginCorsFilter extends CorsFilter {

    private final HttpHostResolver hosts;

    @Inject
    SameOriginCorsFilter(HttpServerConfiguration.CorsConfiguration corsConfiguration,
                         StaticResourceResolver staticResourceResolver, Router router, HttpHostResolver hosts) {
        super(corsConfiguration, staticResourceResolver, router, hosts);
        this.hosts = hosts;
    }

    @Override
    public boolean isEnabled(HttpRequest<?> request) {
        String origin = request.getOrigin().orElse(null);
        if (origin != null && origin.equalsIgnoreCase(hosts.resolve(request))) {
            return false;
        }
        return super.isEnabled(request);
    }
}
