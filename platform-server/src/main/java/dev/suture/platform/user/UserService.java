package dev.suture.platform.user;

import dev.suture.platform.access.Caller;
import dev.suture.platform.audit.AuditTrail;
import dev.suture.platform.auth.PasswordHasher;
import dev.suture.platform.auth.RefreshTokenRepository;
import dev.suture.platform.common.PageResponse;
import dev.suture.platform.common.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Accounts. A user sees themselves and the people they share an organisation with; admins see everyone. */
@Singleton
class UserService {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final RefreshTokenRepository refreshTokens;
    private final AuditTrail audit;

    UserService(UserRepository users, PasswordHasher hasher, RefreshTokenRepository refreshTokens, AuditTrail audit) {
        this.users = users;
        this.hasher = hasher;
        this.refreshTokens = refreshTokens;
        this.audit = audit;
    }

    PageResponse<UserView> list(Caller caller, int page, int size) {
        caller.requireUser();
        if (!caller.systemAdmin()) {
            throw ProblemException.forbidden("Only system admins may list every account");
        }
        Page<User> result = users.findAll(Pageable.from(page, size, Sort.of(Sort.Order.asc("createdAt"),
                Sort.Order.asc("id"))));
        return new PageResponse<>(result.getContent().stream().map(UserView::of).toList(), page, size,
                result.getTotalSize());
    }

    UserView get(Caller caller, UUID userId) {
        return UserView.of(visible(caller, userId));
    }

    @Transactional
    UserView update(Caller caller, UUID userId, @Nullable String name, @Nullable String email) {
        User before = changeable(caller, userId);
        Instant now = Instant.now();
        User after = before;
        if (name != null) {
            after = after.withName(name.trim(), now);
        }
        if (email != null) {
            String normalized = email.trim().toLowerCase(Locale.ROOT);
            if (!normalized.equals(before.email())) {
                if (users.existsByEmail(normalized)) {
                    throw ProblemException.conflict("email-taken", "Another account already uses this e-mail");
                }
                after = after.withEmail(normalized, now);
            }
        }
        after = users.update(after);
        audit.record(caller, null, "user.update", "user", userId, Map.of("name", before.name(), "email", before.email()),
                Map.of("name", after.name(), "email", after.email()));
        return UserView.of(after);
    }

    @Transactional
    void delete(Caller caller, UUID userId) {
        User user = changeable(caller, userId);
        if (users.isSoleOwnerSomewhere(userId)) {
            throw ProblemException.conflict("sole-owner", "This user is the only owner of an organization; "
                    + "make someone else owner or delete the organization first");
        }
        users.delete(user);
        audit.record(caller, null, "user.delete", "user", userId, Map.of("email", user.email()), null);
    }

    @Transactional
    void changePassword(Caller caller, String currentPassword, String newPassword) {
        UUID userId = caller.requireUser();
        User user = users.findById(userId).orElseThrow(() -> ProblemException.notFound("User"));
        if (!hasher.matches(currentPassword, user.passwordHash())) {
            throw ProblemException.invalidField("currentPassword", "is wrong");
        }
        PasswordHasher.checkPolicy("newPassword", newPassword);
        users.update(user.withPasswordHash(hasher.hash(newPassword), Instant.now()));
        // Other sessions end; the one that changed the password goes on.
        refreshTokens.revokeOthersOfUser(userId, caller.sessionId());
        audit.record(caller, null, "user.password_change", "user", userId, null, null);
    }

    private User visible(Caller caller, UUID userId) {
        UUID me = caller.requireUser();
        User user = users.findById(userId).orElseThrow(() -> ProblemException.notFound("User"));
        if (me.equals(userId) || caller.systemAdmin() || users.shareOrganization(me, userId)) {
            return user;
        }
        throw ProblemException.notFound("User");
    }

    private User changeable(Caller caller, UUID userId) {
        User user = visible(caller, userId);
        if (!caller.requireUser().equals(userId) && !caller.systemAdmin()) {
            throw ProblemException.forbidden("Only the user themselves or a system admin may change this account");
        }
        return user;
    }
}
