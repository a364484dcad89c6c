package dev.suture.platform.auth;

import dev.suture.platform.access.Caller;
import dev.suture.platform.common.ClientInfo;
import dev.suture.platform.common.SecretTokens;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The dashboard's half of authentication (the API's is {@link AuthenticationFilter}): reads the session cookie
 * of every page request, attaches the signed-in {@link Caller} exactly as the API filter does (so page
 * controllers declare a {@code Caller} parameter too), sends signed-out visitors of a dashboard page to
 * {@code /login}, and gives each browser the random cookie its CSRF tokens are bound to.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class BrowserSessionFilter implements Ordered {

    /** Path prefixes of pages that need a signed-in user; everything else (API, assets, sign-in) is left alone. */
    private static final List<String> PROTECTED = List.of("/projects", "/organizations", "/executions", "/switch", "/account");
    private static final String NEW_CSRF = "suture.csrf-new";

    private final BrowserSessions sessions;

    BrowserSessionFilter(BrowserSessions sessions) {
        this.sessions = sessions;
    }

    static boolean isProtected(String path) {
        return path.equals("/") || PROTECTED.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }

    private static boolean isPage(String path) {
        return !path.startsWith("/api/") && !path.startsWith("/static/") && !path.startsWith("/vendor/") && !path.equals("/health")
                && !path.equals("/metrics");
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> attach(HttpRequest<?> request) {
        String path = request.getPath();
        if (!isPage(path)) {
            return null;
        }
        String csrf = request.getCookies().findCookie(BrowserSessions.CSRF_COOKIE).map(Cookie::getValue)
                .filter(v -> v.length() >= 20 && v.length() <= 100).orElse(null);
        if (csrf == null) {
            csrf = SecretTokens.random();
            request.setAttribute(NEW_CSRF, csrf);
        }
        request.setAttribute(BrowserSessions.CSRF_ATTRIBUTE, csrf);
        String token = request.getCookies().findCookie(BrowserSessions.SESSION_COOKIE).map(Cookie::getValue)
                .orElse(null);
        Caller caller = sessions.resolve(token, ClientInfo.of(request)).orElse(null);
        if (caller != null) {
            request.setAttribute(AuthenticationFilter.CALLER, caller);
            return null;
        }
        if (!isProtected(path)) {
            return null;
        }
        String next = request.getUri().getRawPath()
                + (request.getUri().getRawQuery() == null ? "" : "?" + request.getUri().getRawQuery());
        MutableHttpResponse<?> redirect = HttpResponse.seeOther(URI.create(path.equals("/") ? "/login"
                : "/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
        if (token != null) {
            redirect.cookie(sessions.expiredCookie(BrowserSessions.SESSION_COOKIE));
        }
        return redirect;
    }

    @ResponseFilter
    void setCsrfCookie(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(NEW_CSRF, String.class).ifPresent(value -> response.cookie(
                sessions.cookie(BrowserSessions.CSRF_COOKIE, value).sameSite(SameSite.Strict)));
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 100;
    }
}
