package dev.suture.platform.auth;

import dev.suture.platform.access.Caller;
import dev.suture.platform.auth.AuthPayloads.LoginResponse;
import dev.suture.platform.common.ClientInfo;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.common.SecretTokens;
import dev.suture.platform.user.User;
import dev.suture.platform.user.UserRepository;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The dashboard's sessions, on the same refresh-token families as the API: signing in starts a family and the
 * browser keeps its refresh token in an HttpOnly cookie. The dashboard never rotates that token (one cookie, no
 * race between tabs); the session ends when it is signed out, revoked (password reset) or expires with the
 * refresh-token TTL. CSRF tokens are an HMAC of a per-browser random cookie under a key kept in PostgreSQL, so
 * every server instance accepts them and a site that can set cookies still cannot forge one.
 */
@Singleton
public class BrowserSessions {

    /** Cookie holding the session (a refresh token); HttpOnly, SameSite=Lax, Secure unless configured off. */
    public static final String SESSION_COOKIE = "suture_session";
    /** Random per-browser value the CSRF token is bound to. */
    public static final String CSRF_COOKIE = "suture_csrf";
    /** Request attribute holding this browser's {@link #CSRF_COOKIE} value (set by the session filter). */
    public static final String CSRF_ATTRIBUTE = "suture.csrf-cookie";
    private static final String CSRF_KEY_NAME = "csrf-hmac-key";

    private final AuthService auth;
    private final SessionService sessions;
    private final BrowserSessionRepository live;
    private final UserRepository users;
    private final byte[] csrfKey;
    private final boolean secureCookies;

    BrowserSessions(AuthService auth, SessionService sessions, BrowserSessionRepository live, UserRepository users,
                    ServerSecretRepository secrets,
                    @Value("${suture.web.secure-cookies:true}") boolean secureCookies) {
        this.secureCookies = secureCookies;
        this.auth = auth;
        this.sessions = sessions;
        this.live = live;
        this.users = users;
        secrets.insertIfAbsent(CSRF_KEY_NAME, SecretTokens.random() + SecretTokens.random());
        this.csrfKey = secrets.findValue(CSRF_KEY_NAME).orElseThrow().getBytes(StandardCharsets.UTF_8);
    }

    /** Outcome of a password or code step: a session token to set as cookie, or a second-factor challenge. */
    public record SignIn(@Nullable String sessionToken, @Nullable String challengeToken) {
    }

    /** Checks e-mail and password (rate limited, audited); 401 {@link ProblemException} when wrong. */
    public SignIn signIn(String email, String password, ClientInfo client) {
        return of(auth.login(email, password, client));
    }

    /** Finishes a two-factor sign-in with the code of the authenticator app. */
    public SignIn secondFactor(String challengeToken, String code, ClientInfo client) {
        return of(auth.loginSecondFactor(challengeToken, code, client));
    }

    private static SignIn of(LoginResponse r) {
        return r.twoFactorRequired() ? new SignIn(null, r.challengeToken()) : new SignIn(r.refreshToken(), null);
    }

    /** The signed-in user behind a session cookie, or empty when it is unknown, revoked or expired. */
    public Optional<Caller> resolve(@Nullable String sessionToken, ClientInfo client) {
        if (sessionToken == null || sessionToken.isBlank() || sessionToken.length() > 200) {
            return Optional.empty();
        }
        return live.findLive(SecretTokens.hash(sessionToken))
                .flatMap(t -> users.findById(t.userId())
                        .map(u -> Caller.user(u.id(), t.familyId(), u.isAdmin(), client)));
    }

    /** Ends the cookie's session (its whole refresh-token family). */
    public void signOut(@Nullable String sessionToken, ClientInfo client) {
        if (sessionToken != null && !sessionToken.isBlank()) {
            sessions.logout(sessionToken, null, null, client);
        }
    }

    public void forgotPassword(String email, ClientInfo client) {
        auth.forgotPassword(email, client);
    }

    public void resetPassword(String token, String newPassword, ClientInfo client) {
        auth.resetPassword(token, newPassword, client);
    }

    /** The display name of a user, for the page header. */
    public Optional<User> user(java.util.UUID userId) {
        return users.findById(userId);
    }

    /** A dashboard cookie: HttpOnly, path /, SameSite=Lax, Secure unless {@code suture.web.secure-cookies=false}. */
    public Cookie cookie(String name, String value) {
        return Cookie.of(name, value).path("/").httpOnly(true).secure(secureCookies).sameSite(SameSite.Lax);
    }

    /** A cookie that deletes the named one. */
    public Cookie expiredCookie(String name) {
        return cookie(name, "").maxAge(0);
    }

    /** The CSRF token that forms must carry for the browser holding this {@link #CSRF_COOKIE} value. */
    public String csrfToken(String csrfCookie) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(csrfKey, "HmacSHA256"));
            byte[] sig = mac.doFinal(csrfCookie.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Constant-time check of a submitted CSRF token; 403 when it is missing or does not match. */
    public void requireCsrf(@Nullable String csrfCookie, @Nullable String submitted) {
        if (csrfCookie == null || submitted == null || !MessageDigest.isEqual(
                csrfToken(csrfCookie).getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8))) {
            throw ProblemException.forbidden("The form's security token is missing or stale; reload the page "
                    + "and submit it again");
        }
    }
}
