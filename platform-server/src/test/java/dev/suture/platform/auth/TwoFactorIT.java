package dev.suture.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suture.platform.support.Accounts;
import dev.suture.platform.support.Api;
import dev.suture.platform.support.DatabaseProperties;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Enrol, confirm, log in with the second step, disable: the way an authenticator app user goes through it. */
@MicronautTest(transactional = false)
class TwoFactorIT extends DatabaseProperties {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Test
    void totpGuardsTheLoginOnceConfirmed() {
        Api api = new Api(server.getURI(), json);
        Accounts.Account a = new Accounts(api).register("totp");
        Api.Res enroll = api.post("/api/auth/2fa/enroll", null, a.token());
        assertThat(enroll.status()).as(enroll.text()).isEqualTo(200);
        String secret = enroll.str("secret");
        assertThat(enroll.str("otpauthUri")).startsWith("otpauth://totp/Suture:").contains("secret=" + secret);

        // Not enforced before confirmation.
        assertThat(api.post("/api/auth/login", login(a), null).body()).containsEntry("twoFactorRequired", false);
        assertThat(api.post("/api/auth/2fa/confirm", "{\"code\":\"000000\"}", a.token()).status()).isEqualTo(400);
        Api.Res confirm = api.post("/api/auth/2fa/confirm", code(secret), a.token());
        assertThat(confirm.status()).as(confirm.text()).isEqualTo(200);
        assertThat(confirm.body()).containsEntry("twoFactorEnabled", true);

        Api.Res step1 = api.post("/api/auth/login", login(a), null);
        assertThat(step1.body()).containsEntry("twoFactorRequired", true).doesNotContainKey("accessToken");
        String challenge = step1.str("challengeToken");
        assertThat(api.post("/api/auth/login/2fa", "{\"challengeToken\":\"" + challenge + "\",\"code\":\"000000\"}",
                null).status()).isEqualTo(401);
        // The challenge is not an access token.
        assertThat(api.get("/api/users/me", challenge).status()).isEqualTo(401);
        Api.Res step2 = api.post("/api/auth/login/2fa", "{\"challengeToken\":\"" + challenge + "\","
                + code(secret).substring(1), null);
        assertThat(step2.status()).as(step2.text()).isEqualTo(200);
        String token = step2.str("accessToken");
        assertThat(api.get("/api/users/me", token).body()).containsEntry("twoFactorEnabled", true);

        Api.Res disable = api.post("/api/auth/2fa/disable", code(secret), token);
        assertThat(disable.status()).as(disable.text()).isEqualTo(200);
        assertThat(api.post("/api/auth/login", login(a), null).body()).containsEntry("twoFactorRequired", false);
    }

    private static String login(Accounts.Account a) {
        return "{\"email\":\"" + a.email() + "\",\"password\":\"" + Accounts.PASSWORD + "\"}";
    }

    private static String code(String secret) {
        return "{\"code\":\"" + Totp.code(secret, Instant.now().getEpochSecond()) + "\"}";
    }

}
