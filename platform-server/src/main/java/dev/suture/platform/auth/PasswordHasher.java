package dev.suture.platform.auth;

import dev.suture.platform.common.ProblemException;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * Bcrypt with the configured cost (12 by default). {@link #burn(String)} checks against a dummy hash of the
 * same cost so that an unknown e-mail costs the same time as a wrong password.
 */
@Singleton
public class PasswordHasher {

    static final int MIN_LENGTH = 8;
    static final int MAX_BYTES = 72;

    private final int cost;
    private final String dummyHash;

    PasswordHasher(AuthConfig config) {
        if (config.bcryptCost() < 4 || config.bcryptCost() > 31) {
            throw new IllegalStateException("suture.auth.bcrypt-cost must be between 4 and 31, got "
                    + config.bcryptCost());
        }
        this.cost = config.bcryptCost();
        this.dummyHash = BCrypt.hashpw("suture-dummy-password", BCrypt.gensalt(cost));
    }

    public String hash(String password) {
        return BCrypt.hashpw(password, BCrypt.gensalt(cost));
    }

    public boolean matches(String password, String hash) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES && BCrypt.checkpw(password, hash);
    }

    /** Spends one bcrypt check's time and always answers false. */
    public boolean burn(String password) {
        matches(password, dummyHash);
        return false;
    }

    /** Bcrypt reads at most 72 bytes: longer passwords are refused rather than silently truncated. */
    public static void checkPolicy(String field, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw ProblemException.invalidField(field, "must be at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw ProblemException.invalidField(field, "must be at most " + MAX_BYTES + " bytes in UTF-8");
        }
    }

    int cost() {
        return cost;
    }
}
