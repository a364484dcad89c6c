package dev.suture.platform.auth;

import dev.suture.platform.common.ClientInfo;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.web.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * The dashboard's sign-in pages: password, then the authenticator code when two-factor authentication is on,
 * sign-out, and the password reset by mailed token. They reuse the API's checks (rate limits, audit, the same
 * answer for unknown e-mails) and only turn their outcome into cookies, redirects and forms.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class SignInPages {

    private final BrowserSessions sessions;
    private final Pages pages;

    SignInPages(BrowserSessions sessions, Pages pages) {
        this.sessions = sessions;
        this.pages = pages;
    }

    @Serdeable
    record SignInForm(@Nullable String email, @Nullable String password, @Nullable String next,
                      @Nullable String _csrf) {
    }

    @Serdeable
    record CodeForm(@Nullable String challenge, @Nullable String code, @Nullable String next,
                    @Nullable String _csrf) {
    }

    @Serdeable
    record EmailForm(@Nullable String email, @Nullable String _csrf) {
    }

    @Serdeable
    record ResetForm(@Nullable String token, @Nullable String password, @Nullable String _csrf) {
    }

    @Serdeable
    record CsrfForm(@Nullable String _csrf) {
    }

    @Get("/login")
    HttpResponse<?> loginPage(HttpRequest<?> request, @QueryValue @Nullable String next,
                              @QueryValue @Nullable String notice) {
        return HttpResponse.ok(Pages.view("auth/login", "csrf", pages.csrf(request), "next", safeNext(next),
                "email", "", "error", null, "notice", noticeText(notice)));
    }

    @Post("/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> login(HttpRequest<?> request, @Body SignInForm form) {
        pages.requireCsrf(request, form._csrf());
        String next = safeNext(form.next());
        try {
            BrowserSessions.SignIn result = sessions.signIn(nonNull(form.email()), nonNull(form.password()),
                    ClientInfo.of(request));
            if (result.challengeToken() != null) {
                return HttpResponse.ok(Pages.view("auth/two-factor", "csrf", pages.csrf(request),
                        "challenge", result.challengeToken(), "next", next, "error", null));
            }
            return signedIn(result.sessionToken(), next);
        } catch (ProblemException e) {
            return HttpResponse.status(e.status()).body(Pages.view("auth/login", "csrf", pages.csrf(request),
                    "next", next, "email", nonNull(form.email()), "error", e.getMessage(), "notice", null));
        }
    }

    @Post("/login/2fa")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> secondFactor(HttpRequest<?> request, @Body CodeForm form) {
        pages.requireCsrf(request, form._csrf());
        String next = safeNext(form.next());
        try {
            BrowserSessions.SignIn result = sessions.secondFactor(nonNull(form.challenge()),
                    nonNull(form.code()).replace(" ", ""), ClientInfo.of(request));
            return signedIn(result.sessionToken(), next);
        } catch (ProblemException e) {
            return HttpResponse.status(e.status()).body(Pages.view("auth/two-factor", "csrf", pages.csrf(request),
                    "challenge", nonNull(form.challenge()), "next", next, "error", e.getMessage()));
        }
    }

    @Post("/logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> logout(HttpRequest<?> request, @Body CsrfForm form) {
        pages.requireCsrf(request, form._csrf());
        sessions.signOut(request.getCookies().findCookie(BrowserSessions.SESSION_COOKIE).map(Cookie::getValue)
                .orElse(null), ClientInfo.of(request));
        return Pages.seeOther("/login?notice=signed-out")
                .cookie(sessions.expiredCookie(BrowserSessions.SESSION_COOKIE));
    }

    @Get("/forgot-password")
    HttpResponse<?> forgotPage(HttpRequest<?> request) {
        return HttpResponse.ok(Pages.view("auth/forgot", "csrf", pages.csrf(request), "error", null));
    }

    @Post("/forgot-password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> forgot(HttpRequest<?> request, @Body EmailForm form) {
        pages.requireCsrf(request, form._csrf());
        try {
            sessions.forgotPassword(nonNull(form.email()), ClientInfo.of(request));
            return Pages.seeOther("/reset-password?notice=mailed");
        } catch (ProblemException e) {
            return HttpResponse.status(e.status()).body(Pages.view("auth/forgot", "csrf", pages.csrf(request),
                    "error", e.getMessage()));
        }
    }

    @Get("/reset-password")
    HttpResponse<?> resetPage(HttpRequest<?> request, @QueryValue @Nullable String token,
                              @QueryValue @Nullable String notice) {
        return HttpResponse.ok(Pages.view("auth/reset", "csrf", pages.csrf(request),
                "token", token == null ? "" : token, "error", null, "notice", noticeText(notice)));
    }

    @Post("/reset-password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reset(HttpRequest<?> request, @Body ResetForm form) {
        pages.requireCsrf(request, form._csrf());
        try {
            sessions.resetPassword(nonNull(form.token()).trim(), nonNull(form.password()), ClientInfo.of(request));
            return Pages.seeOther("/login?notice=password-reset");
        } catch (ProblemException e) {
            String detail = e.fieldErrors().isEmpty() ? e.getMessage()
                    : e.getMessage() + ": " + e.fieldErrors().get(0).field() + " " + e.fieldErrors().get(0).message();
            return HttpResponse.status(e.status()).body(Pages.view("auth/reset", "csrf", pages.csrf(request),
                    "token", nonNull(form.token()), "error", detail, "notice", null));
        }
    }

    @io.micronaut.http.annotation.Error(exception = ProblemException.class)
    HttpResponse<?> failed(HttpRequest<?> request, ProblemException e) {
        return Pages.error(request, e);
    }

    private MutableHttpResponse<?> signedIn(String sessionToken, String next) {
        return Pages.seeOther(next).cookie(sessions.cookie(BrowserSessions.SESSION_COOKIE, sessionToken));
    }

    /** Only a local path is followed after sign-in, so the login page cannot be used as an open redirect. */
    static String safeNext(@Nullable String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.length() > 500) {
            return "/";
        }
        return next;
    }

    private static String noticeText(@Nullable String notice) {
        if (notice == null) {
            return null;
        }
        return switch (notice) {
            case "signed-out" -> "You are signed out.";
            case "password-reset" -> "Your password was changed. Sign in with the new one.";
            case "mailed" -> "If an account exists for that address, we e-mailed it a reset token. Paste it below.";
            default -> null;
        };
    }

    private static String nonNull(@Nullable String s) {
        return s == null ? "" : s;
    }
}
