package dev.suture.platform.auth;

import dev.suture.platform.access.Caller;
import dev.suture.platform.common.ClientInfo;
import dev.suture.platform.common.ProblemException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import jakarta.inject.Singleton;
import java.net.URI;

/**
 * Authenticates a WebSocket handshake, which passes through neither of the HTTP filters' checks: a Bearer access
 * token (API clients; checked exactly as {@link AuthenticationFilter} does) or the dashboard's session cookie.
 * A browser attaches cookies to a handshake started by any site, so with the cookie the handshake's
 * {@code Origin} must be this server (no cross-site WebSocket hijacking). Project API keys are refused: live
 * progress is for people who are members of the project.
 */
@Singleton
public final class HandshakeAuthenticator {

    private final AuthenticationFilter tokens;
    private final BrowserSessions sessions;

    HandshakeAuthenticator(AuthenticationFilter tokens, BrowserSessions sessions) {
        this.tokens = tokens;
        this.sessions = sessions;
    }

    /** The signed-in user of the handshake, or a 401 {@link ProblemException} whose detail says what to send. */
    public Caller authenticate(HttpRequest<?> request) {
        ClientInfo client = ClientInfo.of(request);
        String authorization = request.getHeaders().getAuthorization().orElse(null);
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw ProblemException.unauthorized("Unsupported Authorization scheme: use Bearer <access token>");
            }
            String token = authorization.substring(7).trim();
            if (token.startsWith("sut_")) {
                throw ProblemException.unauthorized("API keys cannot subscribe: use a user's access token");
            }
            return tokens.fromAccessToken(token, client);
        }
        String cookie = request.getCookies().findCookie(BrowserSessions.SESSION_COOKIE).map(Cookie::getValue)
                .orElse(null);
        if (cookie == null) {
            throw ProblemException.unauthorized("Sign in: send the session cookie or Bearer <access token>");
        }
        if (!sameOrigin(request)) {
            throw ProblemException.unauthorized("Cookie sign-in is only accepted from this server's own pages");
        }
        return sessions.resolve(cookie, client)
                .orElseThrow(() -> ProblemException.unauthorized("The session has ended: sign in again"));
    }

    /** The Origin header names the host (and port) the handshake was sent to. */
    private static boolean sameOrigin(HttpRequest<?> request) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        String host = request.getHeaders().get(HttpHeaders.HOST);
        if (origin == null || host == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            String authority = uri.getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(host)
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
