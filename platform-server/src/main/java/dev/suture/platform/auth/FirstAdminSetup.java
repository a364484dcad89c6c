package dev.suture.platform.auth;

import dev.suture.platform.user.SystemRole;
import dev.suture.platform.user.UserRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * While no admin account exists, each start issues a fresh single-use setup token (the previous one is voided)
 * that turns the registration that presents it into the first admin.
 */
@Singleton
public class FirstAdminSetup {

    private final UserRepository users;
    private final ActionTokens tokens;
    private final AuthConfig config;

    FirstAdminSetup(UserRepository users, ActionTokens tokens, AuthConfig config) {
        this.users = users;
        this.tokens = tokens;
        this.config = config;
    }

    /** The clear setup token when there is no admin yet, else empty. */
    @Transactional
    public Optional<String> issueIfNoAdmin() {
        if (users.countBySystemRole(SystemRole.ADMIN) > 0) {
            return Optional.empty();
        }
        tokens.voidAdminSetup();
        return Optional.of(tokens.issue(null, ActionPurpose.ADMIN_SETUP, config.adminSetupTokenTtl()));
    }
}
