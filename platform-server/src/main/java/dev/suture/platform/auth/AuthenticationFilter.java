package dev.suture.platform.auth;

import com.auth0.jwt.interfaces.DecodedJWT;
import dev.suture.platform.access.Caller;
import dev.suture.platform.apikey.ApiKey;
import dev.suture.platform.apikey.ApiKeyRepository;
import dev.suture.platform.common.ClientInfo;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.common.SecretTokens;
import dev.suture.platform.ratelimit.RateLimiter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.web.router.MethodBasedRouteInfo;
import io.micronaut.web.router.RouteAttributes;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * Authenticates every {@code /api} request: a Bearer access token (whose session must still be live in
 * PostgreSQL) or a project API key ({@code X-API-Key}). A route needs credentials exactly when its method
 * declares a {@link Caller} parameter; such a route without valid credentials answers 401. Authenticated
 * requests then count against the per-user API rate limit.
 */
@ServerFilter("/api/**")
final class AuthenticationFilter implements Ordered {

    static final String CALLER = "suture.caller";
    static final String API_KEY_HEADER = "X-API-Key";

    private final JwtService jwt;
    private final SessionService sessions;
    private final ApiKeyRepository apiKeys;
    private final RateLimiter rateLimiter;

    AuthenticationFilter(JwtService jwt, SessionService sessions, ApiKeyRepository apiKeys, RateLimiter rateLimiter) {
        this.jwt = jwt;
        this.sessions = sessions;
        this.apiKeys = apiKeys;
        this.rateLimiter = rateLimiter;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void authenticate(HttpRequest<?> request) {
        boolean required = requiresCaller(request);
        Caller caller = resolve(request);
        if (caller == null) {
            if (required) {
                throw ProblemException.unauthorized("This endpoint needs credentials: send 'Authorization: Bearer "
                        + "<access token>' (from POST /api/auth/login) or a project key in " + API_KEY_HEADER);
            }
            return;
        }
        request.setAttribute(CALLER, caller);
        if (required) {
            rateLimiter.checkApi(caller.isApiKey() ? "key:" + caller.apiKeyId() : "user:" + caller.userId());
        }
    }

    @Nullable
    private Caller resolve(HttpRequest<?> request) {
        String authorization = request.getHeaders().getAuthorization().orElse(null);
        String key = request.getHeaders().get(API_KEY_HEADER);
        if (authorization != null && authorization.regionMatches(true, 0, "ApiKey ", 0, 7)) {
            key = authorization.substring(7).trim();
            authorization = null;
        } else if (authorization != null && authorization.regionMatches(true, 0, "Bearer sut_", 0, 11)) {
            // The SDK's ingest contract (notes/ingest-contract.md) sends the project key as a Bearer token;
            // keys carry the "sut_" prefix of ApiKeyController, access tokens (JWTs) never do.
            key = authorization.substring(7).trim();
            authorization = null;
        }
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw ProblemException.unauthorized("Unsupported Authorization scheme: use 'Bearer <access token>'");
            }
            return fromAccessToken(authorization.substring(7).trim(), ClientInfo.of(request));
        }
        if (key != null) {
            return fromApiKey(key.trim(), ClientInfo.of(request));
        }
        return null;
    }

    /** The user behind a Bearer access token whose session is still live; 401 otherwise. */
    Caller fromAccessToken(String token, ClientInfo client) {
        Optional<DecodedJWT> decoded = jwt.verify(token, JwtService.ACCESS);
        if (decoded.isEmpty()) {
            throw ProblemException.unauthorized("The access token is invalid or expired; refresh it or sign in again");
        }
        DecodedJWT t = decoded.get();
        UUID userId = UUID.fromString(t.getSubject());
        UUID sessionId;
        try {
            sessionId = UUID.fromString(t.getClaim("sid").asString());
        } catch (RuntimeException e) {
            throw ProblemException.unauthorized("The access token has no session; sign in again");
        }
        if (!sessions.isActive(sessionId, userId)) {
            throw ProblemException.unauthorized("This session has ended (signed out or revoked); sign in again");
        }
        Boolean admin = t.getClaim("adm").asBoolean();
        return Caller.user(userId, sessionId, Boolean.TRUE.equals(admin), client);
    }

    private Caller fromApiKey(String key, ClientInfo client) {
        if (key.isEmpty() || key.length() > 200) {
            throw ProblemException.unauthorized("The API key is malformed");
        }
        ApiKey row = apiKeys.findActiveByHash(SecretTokens.hash(key))
                .orElseThrow(() -> ProblemException.unauthorized("The API key is unknown or revoked"));
        apiKeys.touch(row.id());
        return Caller.apiKey(row.id(), row.projectId(), client);
    }

    static boolean requiresCaller(HttpRequest<?> request) {
        return RouteAttributes.getRouteInfo(request)
                .filter(MethodBasedRouteInfo.class::isInstance)
                .map(info -> Arrays.stream(((MethodBasedRouteInfo<?, ?>) info).getTargetMethod().getArguments())
                        .anyMatch(a -> a.getType() == Caller.class))
                .orElse(false);
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 100;
    }
}
