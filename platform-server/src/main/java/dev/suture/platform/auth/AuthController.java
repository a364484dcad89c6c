package dev.suture.platform.auth;

import dev.suture.platform.access.Caller;
import dev.suture.platform.auth.AuthPayloads.ForgotPasswordRequest;
import dev.suture.platform.auth.AuthPayloads.LoginRequest;
import dev.suture.platform.auth.AuthPayloads.LoginResponse;
import dev.suture.platform.auth.AuthPayloads.LogoutRequest;
import dev.suture.platform.auth.AuthPayloads.MessageResponse;
import dev.suture.platform.auth.AuthPayloads.RefreshRequest;
import dev.suture.platform.auth.AuthPayloads.RegisterRequest;
import dev.suture.platform.auth.AuthPayloads.ResetPasswordRequest;
import dev.suture.platform.auth.AuthPayloads.TwoFactorLoginRequest;
import dev.suture.platform.auth.AuthPayloads.VerifyEmailRequest;
import dev.suture.platform.common.ClientInfo;
import dev.suture.platform.user.UserView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** {@code /api/auth}: public sign-up and sign-in endpoints (they are rate-limited per IP and account). */
@Controller("/api/auth")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "auth")
class AuthController {

    private final AuthService auth;
    private final SessionService sessions;

    AuthController(AuthService auth, SessionService sessions) {
        this.auth = auth;
        this.sessions = sessions;
    }

    /** Creates an account; with the printed {@code setupToken} of a fresh install, the first admin. */
    @Post("/register")
    HttpResponse<UserView> register(@Body @Valid RegisterRequest body, HttpRequest<?> request) {
        return HttpResponse.created(auth.register(body, ClientInfo.of(request)));
    }

    /** Answers tokens, or {@code twoFactorRequired} and a challenge to finish at {@code /login/2fa}. */
    @Post("/login")
    LoginResponse login(@Body @Valid LoginRequest body, HttpRequest<?> request) {
        return auth.login(body.email(), body.password(), ClientInfo.of(request));
    }

    @Post("/login/2fa")
    LoginResponse loginSecondFactor(@Body @Valid TwoFactorLoginRequest body, HttpRequest<?> request) {
        return auth.loginSecondFactor(body.challengeToken(), body.code(), ClientInfo.of(request));
    }

    /** Rotates the refresh token; presenting an already rotated one revokes its whole family. */
    @Post("/refresh")
    LoginResponse refresh(@Body @Valid RefreshRequest body, HttpRequest<?> request) {
        return sessions.refresh(body.refreshToken(), ClientInfo.of(request));
    }

    /** Ends the session of the given refresh token and/or of the bearer access token. */
    @Post("/logout")
    @Status(HttpStatus.NO_CONTENT)
    void logout(@Body @Nullable @Valid LogoutRequest body, HttpRequest<?> request) {
        Caller caller = request.getAttribute(AuthenticationFilter.CALLER, Caller.class).orElse(null);
        sessions.logout(body == null ? null : body.refreshToken(), caller == null ? null : caller.userId(),
                caller == null ? null : caller.sessionId(), ClientInfo.of(request));
    }

    /** Always answers 202, whether or not the address has an account. */
    @Post("/forgot-password")
    HttpResponse<MessageResponse> forgotPassword(@Body @Valid ForgotPasswordRequest body, HttpRequest<?> request) {
        auth.forgotPassword(body.email(), ClientInfo.of(request));
        return HttpResponse.accepted().body(new MessageResponse(
                "If an account exists for this address, a reset token was sent to it"));
    }

    @Post("/reset-password")
    @Status(HttpStatus.NO_CONTENT)
    void resetPassword(@Body @Valid ResetPasswordRequest body, HttpRequest<?> request) {
        auth.resetPassword(body.token(), body.newPassword(), ClientInfo.of(request));
    }

    @Post("/verify-email")
    UserView verifyEmail(@Body @Valid VerifyEmailRequest body, HttpRequest<?> request) {
        return auth.verifyEmail(body.token(), ClientInfo.of(request));
    }

    @Post("/verify-email/resend")
    HttpResponse<MessageResponse> resendVerification(@Parameter(hidden = true) Caller caller) {
        auth.resendVerification(caller.requireUser(), caller.client());
        return HttpResponse.accepted().body(new MessageResponse("A new verification token was sent"));
    }
}
