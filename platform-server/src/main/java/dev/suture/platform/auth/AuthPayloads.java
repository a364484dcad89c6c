package dev.suture.platform.auth;

import dev.suture.platform.user.UserView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request and response bodies of {@code /api/auth}. */
final class AuthPayloads {

    private AuthPayloads() {
    }

    @Serdeable
    record RegisterRequest(@NotBlank @Email @Size(max = 254) String email, @NotNull @Size(max = 200) String password,
                           @NotBlank @Size(max = 200) String name, @Nullable @Size(max = 200) String setupToken) {
    }

    @Serdeable
    record LoginRequest(@NotBlank @Size(max = 254) String email, @NotNull @Size(max = 200) String password) {
    }

    @Serdeable
    record TwoFactorLoginRequest(@NotBlank @Size(max = 2000) String challengeToken,
                                 @NotBlank @Size(max = 10) String code) {
    }

    @Serdeable
    record RefreshRequest(@NotBlank @Size(max = 200) String refreshToken) {
    }

    @Serdeable
    record LogoutRequest(@Nullable @Size(max = 200) String refreshToken) {
    }

    @Serdeable
    record ForgotPasswordRequest(@NotBlank @Email @Size(max = 254) String email) {
    }

    @Serdeable
    record ResetPasswordRequest(@NotBlank @Size(max = 200) String token, @NotNull @Size(max = 200) String newPassword) {
    }

    @Serdeable
    record VerifyEmailRequest(@NotBlank @Size(max = 200) String token) {
    }

    /** Tokens of a session; on a two-factor account the first step answers only {@code challengeToken}. */
    @Serdeable
    record LoginResponse(@Nullable String accessToken, @Nullable String refreshToken, @Nullable String tokenType,
                         @Nullable Long expiresIn, @Nullable UserView user, boolean twoFactorRequired,
                         @Nullable String challengeToken) {

        static LoginResponse session(String access, String refresh, long expiresIn, UserView user) {
            return new LoginResponse(access, refresh, "Bearer", expiresIn, user, false, null);
        }

        static LoginResponse challenge(String challengeToken) {
            return new LoginResponse(null, null, null, null, null, true, challengeToken);
        }
    }

    @Serdeable
    record MessageResponse(String message) {
    }
}
