package dev.suture.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238 appendix B, SHA-1 seed "12345678901234567890" (the 8-digit vectors, last 6 digits). */
    @Test
    void matchesTheRfcVectors() {
        String secret = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
        assertThat(secret).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.code(secret, 59)).isEqualTo("287082");
        assertThat(Totp.code(secret, 1111111109)).isEqualTo("081804");
        assertThat(Totp.code(secret, 1234567890)).isEqualTo("005924");
        assertThat(Totp.code(secret, 20000000000L)).isEqualTo("353130");
    }

    @Test
    void acceptsOneStepOfDriftAndNothingElse() {
        String secret = Totp.newSecret();
        long now = 1_700_000_000L;
        assertThat(Totp.verify(secret, Totp.code(secret, now - 30), now)).isTrue();
        assertThat(Totp.verify(secret, Totp.code(secret, now + 30), now)).isTrue();
        assertThat(Totp.verify(secret, Totp.code(secret, now - 90), now)).isFalse();
        assertThat(Totp.verify(secret, "12345", now)).isFalse();
        assertThat(Totp.verify(secret, null, now)).isFalse();
    }

    @Test
    void base32RoundTrips() {
        byte[] data = {0, 1, 2, (byte) 250, 127, -1, 42, 9, 8, 7};
        assertThat(Totp.unbase32(Totp.base32(data))).isEqualTo(data);
    }
}
