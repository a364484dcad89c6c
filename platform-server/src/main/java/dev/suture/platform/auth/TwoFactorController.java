package dev.suture.platform.auth;

import dev.suture.platform.access.Caller;
import dev.suture.platform.audit.AuditTrail;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.ratelimit.RateLimiter;
import dev.suture.platform.user.User;
import dev.suture.platform.user.UserRepository;
import dev.suture.platform.user.UserView;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;

/**
 * {@code /api/auth/2fa}: TOTP two-factor authentication. Enrol stores a pending secret (not yet enforced);
 * confirming it with a valid code turns it on; disabling needs a valid code too.
 */
@Controller("/api/auth/2fa")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "auth")
class TwoFactorController {

    private final UserRepository users;
    private final AuditTrail audit;
    private final RateLimiter rateLimiter;
    private final TotpCipher cipher;

    TwoFactorController(UserRepository users, AuditTrail audit, RateLimiter rateLimiter, TotpCipher cipher) {
        this.users = users;
        this.audit = audit;
        this.rateLimiter = rateLimiter;
        this.cipher = cipher;
    }

    @Serdeable
    record Enrollment(String secret, String otpauthUri) {
    }

    @Serdeable
    record CodeRequest(@NotBlank @Size(max = 10) String code) {
    }

    @Post("/enroll")
    @Transactional
    Enrollment enroll(@Parameter(hidden = true) Caller caller) {
        User user = load(caller);
        if (user.totpEnabled()) {
            throw ProblemException.conflict("2fa-enabled", "Two-factor authentication is already on; disable it first");
        }
        String secret = Totp.newSecret();
        users.update(user.withTotp(cipher.seal(user.id(), secret), false, Instant.now()));
        audit.record(caller, null, "auth.2fa_enroll", "user", user.id(), null, null);
        return new Enrollment(secret, Totp.otpauthUri("Suture", user.email(), secret));
    }

    @Post("/confirm")
    @Transactional
    UserView confirm(@Parameter(hidden = true) Caller caller, @Body @Valid CodeRequest body) {
        User user = load(caller);
        if (user.totpSecret() == null || user.totpEnabled()) {
            throw ProblemException.conflict("2fa-not-pending", "There is no pending enrolment; call /api/auth/2fa/enroll");
        }
        checkCode(user, body.code(), caller);
        User after = users.update(user.withTotp(user.totpSecret(), true, Instant.now()));
        audit.record(caller, null, "auth.2fa_enable", "user", user.id(), Map.of("twoFactor", false),
                Map.of("twoFactor", true));
        return UserView.of(after);
    }

    @Post("/disable")
    @Transactional
    UserView disable(@Parameter(hidden = true) Caller caller, @Body @Valid CodeRequest body) {
        User user = load(caller);
        if (!user.totpEnabled()) {
            throw ProblemException.conflict("2fa-disabled", "Two-factor authentication is not on");
        }
        checkCode(user, body.code(), caller);
        User after = users.update(user.withTotp(null, false, Instant.now()));
        audit.record(caller, null, "auth.2fa_disable", "user", user.id(), Map.of("twoFactor", true),
                Map.of("twoFactor", false));
        return UserView.of(after);
    }

    private void checkCode(User user, String code, Caller caller) {
        rateLimiter.checkAuth("2fa-code", caller.client().ip(), user.id().toString());
        if (!Totp.verify(cipher.open(user.id(), user.totpSecret()), code, Instant.now().getEpochSecond())) {
            throw ProblemException.invalidField("code", "is not the current code of your authenticator app");
        }
    }

    private User load(Caller caller) {
        return users.findById(caller.requireUser()).orElseThrow(() -> ProblemException.notFound("User"));
    }
}
