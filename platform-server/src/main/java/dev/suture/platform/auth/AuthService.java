package dev.suture.platform.auth;

import dev.suture.platform.audit.AuditTrail;
import dev.suture.platform.auth.AuthPayloads.LoginResponse;
import dev.suture.platform.auth.AuthPayloads.RegisterRequest;
import dev.suture.platform.common.ClientInfo;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.ratelimit.RateLimiter;
import dev.suture.platform.user.SystemRole;
import dev.suture.platform.user.User;
import dev.suture.platform.user.UserRepository;
import dev.suture.platform.user.UserView;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Registration, password login (with its two-factor step), password reset and e-mail verification. */
@Singleton
class AuthService {

    private static final String BAD_CREDENTIALS = "E-mail or password is wrong";

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final SessionService sessions;
    private final ActionTokens actionTokens;
    private final Mailer mailer;
    private final AuditTrail audit;
    private final RateLimiter rateLimiter;
    private final JwtService jwt;
    private final AuthConfig config;
    private final TotpCipher totpCipher;
    private final String publicUrl;

    AuthService(UserRepository users, PasswordHasher hasher, SessionService sessions, ActionTokens actionTokens,
                Mailer mailer, AuditTrail audit, RateLimiter rateLimiter, JwtService jwt, AuthConfig config,
                TotpCipher totpCipher, @Value("${suture.public-url:}") String publicUrl) {
        this.users = users;
        this.totpCipher = totpCipher;
        this.hasher = hasher;
        this.sessions = sessions;
        this.actionTokens = actionTokens;
        this.mailer = mailer;
        this.audit = audit;
        this.rateLimiter = rateLimiter;
        this.jwt = jwt;
        this.config = config;
        this.publicUrl = publicUrl == null ? "" : publicUrl;
    }

    static String normalizeEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    @Transactional
    UserView register(RegisterRequest request, ClientInfo client) {
        rateLimiter.checkAuth("register", client.ip(), null);
        PasswordHasher.checkPolicy("password", request.password());
        String email = normalizeEmail(request.email());
        if (users.existsByEmail(email)) {
            throw ProblemException.conflict("email-taken", "An account with this e-mail already exists; sign in or "
                    + "reset its password");
        }
        SystemRole role = SystemRole.USER;
        Instant now = Instant.now();
        Instant verified = null;
        if (request.setupToken() != null && !request.setupToken().isBlank()) {
            actionTokens.consume(request.setupToken(), ActionPurpose.ADMIN_SETUP, "setupToken");
            role = SystemRole.ADMIN;
            verified = now;
        }
        User user = users.save(new User(UUID.randomUUID(), email, request.name().trim(),
                hasher.hash(request.password()), role, verified, null, false, now, now));
        audit.recordAuth(user.id(), "user.create", client, Map.of("email", email, "systemRole", role.name()));
        if (verified == null) {
            sendVerification(user);
        }
        return UserView.of(user);
    }

    LoginResponse login(String rawEmail, String password, ClientInfo client) {
        String email = normalizeEmail(rawEmail);
        rateLimiter.checkAuth("login", client.ip(), email);
        Optional<User> user = users.findByEmail(email);
        // An unknown e-mail spends one bcrypt check too, so both failures look and take the same.
        boolean ok = user.isPresent() ? hasher.matches(password, user.get().passwordHash()) : hasher.burn(password);
        if (!ok) {
            audit.recordAuthFailure(user.map(User::id).orElse(null), "auth.login_failed", client,
                    Map.of("email", email));
            throw ProblemException.unauthorized(BAD_CREDENTIALS);
        }
        if (user.get().totpEnabled()) {
            return LoginResponse.challenge(jwt.twoFactorChallenge(user.get().id()));
        }
        return sessions.start(user.get(), client, "password");
    }

    LoginResponse loginSecondFactor(String challengeToken, String code, ClientInfo client) {
        UUID userId = jwt.verify(challengeToken, JwtService.TWO_FACTOR)
                .map(t -> UUID.fromString(t.getSubject()))
                .orElseThrow(() -> ProblemException.unauthorized("The two-factor challenge is invalid or expired; "
                        + "sign in with your password again"));
        rateLimiter.checkAuth("login-2fa", client.ip(), userId.toString());
        User user = users.findById(userId).filter(User::totpEnabled)
                .orElseThrow(() -> ProblemException.unauthorized("Two-factor authentication is not enabled"));
        if (!Totp.verify(totpCipher.open(user.id(), user.totpSecret()), code, Instant.now().getEpochSecond())) {
            audit.recordAuthFailure(userId, "auth.login_2fa_failed", client, null);
            throw ProblemException.unauthorized("The two-factor code is wrong");
        }
        return sessions.start(user, client, "password+totp");
    }

    @Transactional
    void forgotPassword(String rawEmail, ClientInfo client) {
        String email = normalizeEmail(rawEmail);
        rateLimiter.checkAuth("forgot", client.ip(), email);
        users.findByEmail(email).ifPresent(user -> {
            String token = actionTokens.issue(user.id(), ActionPurpose.PASSWORD_RESET, config.resetTokenTtl());
            audit.recordAuth(user.id(), "auth.password_reset_requested", client, null);
            mailer.send(user.email(), "Reset your Suture password",
                    "Someone asked to reset the password of your Suture account.\n\n"
                            + "Reset token: " + token + "\n" + link("reset-password", token)
                            + "\nIt works once and expires in " + config.resetTokenTtl().toMinutes() + " minutes. "
                            + "If it was not you, ignore this mail.");
        });
    }

    @Transactional
    void resetPassword(String token, String newPassword, ClientInfo client) {
        rateLimiter.checkAuth("reset", client.ip(), null);
        PasswordHasher.checkPolicy("newPassword", newPassword);
        ActionToken row = actionTokens.consume(token, ActionPurpose.PASSWORD_RESET, "token");
        User user = users.findById(row.userId()).orElseThrow(() -> ProblemException.badRequest("invalid-token",
                "The token's account no longer exists"));
        users.update(user.withPasswordHash(hasher.hash(newPassword), Instant.now()));
        sessions.revokeAll(user.id());
        audit.recordAuth(user.id(), "auth.password_reset", client, null);
    }

    @Transactional
    UserView verifyEmail(String token, ClientInfo client) {
        ActionToken row = actionTokens.consume(token, ActionPurpose.EMAIL_VERIFICATION, "token");
        User user = users.findById(row.userId()).orElseThrow(() -> ProblemException.badRequest("invalid-token",
                "The token's account no longer exists"));
        User verified = users.update(user.withEmailVerified(Instant.now()));
        audit.recordAuth(user.id(), "auth.email_verified", client, null);
        return UserView.of(verified);
    }

    @Transactional
    void resendVerification(UUID userId, ClientInfo client) {
        rateLimiter.checkAuth("resend-verification", client.ip(), userId.toString());
        User user = users.findById(userId).orElseThrow(() -> ProblemException.notFound("User"));
        if (user.emailVerifiedAt() != null) {
            throw ProblemException.conflict("already-verified", "This e-mail address is already verified");
        }
        sendVerification(user);
    }

    private void sendVerification(User user) {
        String token = actionTokens.issue(user.id(), ActionPurpose.EMAIL_VERIFICATION, config.verificationTokenTtl());
        mailer.send(user.email(), "Verify your e-mail for Suture",
                "Welcome to Suture, " + user.name() + ".\n\nVerification token: " + token + "\n"
                        + link("verify-email", token) + "\nIt expires in "
                        + config.verificationTokenTtl().toHours() + " hours.");
    }

    private String link(String action, String token) {
        return publicUrl.isBlank() ? "" : publicUrl + "/" + action + "?token=" + token + "\n";
    }
}
