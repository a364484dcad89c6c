package dev.suture.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TotpCipherTest {

    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    final TotpCipher cipher = new TotpCipher(KEY, "");

    @Test
    void sealsWithAFreshNonceAndOpensForTheSameUserOnly() {
        UUID user = UUID.randomUUID();
        String a = cipher.seal(user, "JBSWY3DPEHPK3PXP");
        String b = cipher.seal(user, "JBSWY3DPEHPK3PXP");
        assertThat(a).startsWith("v1:").isNotEqualTo(b).doesNotContain("JBSWY3DPEHPK3PXP");
        assertThat(cipher.open(user, a)).isEqualTo("JBSWY3DPEHPK3PXP");
        assertThatThrownBy(() -> cipher.open(UUID.randomUUID(), a)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("suture.auth.totp-key");
        String otherKey = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
        assertThatThrownBy(() -> new TotpCipher(otherKey, "").open(user, a))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSecretStoredBeforeEncryptionIsReadAsItIs() {
        assertThat(cipher.open(UUID.randomUUID(), "JBSWY3DPEHPK3PXP")).isEqualTo("JBSWY3DPEHPK3PXP");
    }

    @Test
    void aKeyOfTheWrongSizeFailsAtStartNamingTheKey() {
        assertThatThrownBy(() -> new TotpCipher("c2hvcnQ=", "")).isInstanceOf(IllegalStateException.class)
                .hasMessage("suture.auth.totp-key must be the base64 of a 16, 24 or 32 byte key (for example the "
                        + "output of 'openssl rand -base64 32')");
        assertThatThrownBy(() -> new TotpCipher("not base64 at all!", "")).isInstanceOf(IllegalStateException.class);
    }
}
