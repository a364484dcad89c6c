package dev.suture.platform.auth;

import dev.suture.platform.common.SqlRunner;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encrypts the TOTP secrets stored before they were encrypted ({@link TotpCipher}), at every start, after Flyway:
 * only rows not yet sealed are touched, each update conditional on the old value, so concurrent starts of several
 * instances are harmless. (A Flyway SQL migration cannot do it: the key is configuration, not data.)
 */
@Singleton
class TotpSecretMigration {

    private static final Logger LOG = LoggerFactory.getLogger(TotpSecretMigration.class);

    private final SqlRunner sql;
    private final TotpCipher cipher;

    TotpSecretMigration(SqlRunner sql, TotpCipher cipher) {
        this.sql = sql;
        this.cipher = cipher;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        int sealed = sealPlainSecrets();
        if (sealed > 0) {
            LOG.info("Encrypted {} TOTP secret(s) stored in plain text", sealed);
        }
    }

    private record Plain(UUID id, String secret) {
    }

    /** Seals every secret still in plain text; answers how many. */
    @Transactional
    int sealPlainSecrets() {
        List<Plain> plain = sql.query("SELECT id, totp_secret FROM users WHERE totp_secret IS NOT NULL "
                + "AND totp_secret NOT LIKE ? FOR UPDATE", List.of(TotpCipher.PREFIX + "%"),
                rs -> new Plain(rs.getObject(1, UUID.class), rs.getString(2)));
        int n = 0;
        for (Plain p : plain) {
            n += sql.update("UPDATE users SET totp_secret = ? WHERE id = ? AND totp_secret = ?",
                    cipher.seal(p.id(), p.secret()), p.id(), p.secret());
        }
        return n;
    }
}
