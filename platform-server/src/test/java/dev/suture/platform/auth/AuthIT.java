package dev.suture.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.suture.platform.support.Accounts;
import dev.suture.platform.support.Api;
import dev.suture.platform.support.DatabaseProperties;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Registration, sessions, refresh rotation, password reset and e-mail verification, with mail on GreenMail. */
@MicronautTest(transactional = false)
class AuthIT extends DatabaseProperties {

    private static final Pattern TOKEN = Pattern.compile("token: (\\S+)");

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    FirstAdminSetup firstAdmin;

    GreenMail smtp;
    Api api;
    Accounts accounts;

    @Override
    public Map<String, String> getProperties() {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Map<String, String> props = new HashMap<>(super.getProperties());
        props.put("suture.mail.host", "127.0.0.1");
        props.put("suture.mail.port", Integer.toString(port));
        return props;
    }

    @BeforeAll
    void setUp() {
        api = new Api(server.getURI(), json);
        accounts = new Accounts(api);
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    private String mailedToken(String email, String subjectPart) {
        for (int i = 0; i < 50; i++) {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                try {
                    if (Arrays.toString(m.getAllRecipients()).contains(email) && m.getSubject().contains(subjectPart)) {
                        Matcher matcher = TOKEN.matcher(GreenMailUtil.getBody(m));
                        if (matcher.find()) {
                            return matcher.group(1).trim();
                        }
                    }
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("No mail '" + subjectPart + "' to " + email);
    }

    @Test
    void registrationMailsAVerificationTokenThatWorksOnce() {
        Accounts.Account a = accounts.register("verify");
        assertThat(api.get("/api/users/me", a.token()).body()).containsEntry("emailVerified", false);
        String token = mailedToken(a.email(), "Verify");
        Api.Res verified = api.post("/api/auth/verify-email", api.json(Map.of("token", token)), null);
        assertThat(verified.status()).as(verified.text()).isEqualTo(200);
        assertThat(verified.body()).containsEntry("emailVerified", true);
        Api.Res again = api.post("/api/auth/verify-email", api.json(Map.of("token", token)), null);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.str("type")).endsWith("/invalid-token");
    }

    @Test
    void logoutEndsTheSessionAtOnce() {
        Accounts.Account a = accounts.register("logout");
        assertThat(api.get("/api/users/me", a.token()).status()).isEqualTo(200);
        Api.Res out = api.post("/api/auth/logout", api.json(Map.of("refreshToken", a.refreshToken())), a.token());
        assertThat(out.status()).isEqualTo(204);
        assertThat(api.get("/api/users/me", a.token()).status()).isEqualTo(401);
        Api.Res refresh = api.post("/api/auth/refresh", api.json(Map.of("refreshToken", a.refreshToken())), null);
        assertThat(refresh.status()).isEqualTo(401);
    }

    @Test
    void refreshRotatesAndReuseRevokesTheWholeFamily() {
        Accounts.Account a = accounts.register("rotate");
        Api.Res first = api.post("/api/auth/refresh", api.json(Map.of("refreshToken", a.refreshToken())), null);
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        String r2 = first.str("refreshToken");
        String access2 = first.str("accessToken");
        assertThat(r2).isNotEqualTo(a.refreshToken());
        assertThat(api.get("/api/users/me", access2).status()).isEqualTo(200);

        Api.Res replay = api.post("/api/auth/refresh", api.json(Map.of("refreshToken", a.refreshToken())), null);
        assertThat(replay.status()).isEqualTo(401);
        // The replay revoked the family: the legitimate newer token and its access token stop working too.
        assertThat(api.post("/api/auth/refresh", api.json(Map.of("refreshToken", r2)), null).status()).isEqualTo(401);
        assertThat(api.get("/api/users/me", access2).status()).isEqualTo(401);
        // Another session of the same user is untouched.
        Accounts.Account again = accounts.login(a.id(), a.email());
        assertThat(api.get("/api/users/me", again.token()).status()).isEqualTo(200);
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
        Accounts.Account a = accounts.register("same");
        Api.Res wrong = api.post("/api/auth/login", api.json(Map.of("email", a.email(), "password", "nope-nope-1")),
                null);
        Api.Res unknown = api.post("/api/auth/login", api.json(Map.of("email", "ghost-" + UUID.randomUUID()
                + "@example.com", "password", "nope-nope-1")), null);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        Map<String, Object> w = new HashMap<>(wrong.body());
        Map<String, Object> u = new HashMap<>(unknown.body());
        w.remove("requestId");
        u.remove("requestId");
        assertThat(w).isEqualTo(u);
    }

    @Test
    void passwordResetByMailIsSingleUseAndEndsOldSessions() {
        Accounts.Account a = accounts.register("reset");
        Api.Res ghost = api.post("/api/auth/forgot-password", api.json(Map.of("email", "nobody-"
                + UUID.randomUUID() + "@example.com")), null);
        Api.Res real = api.post("/api/auth/forgot-password", api.json(Map.of("email", a.email())), null);
        assertThat(ghost.status()).isEqualTo(202);
        assertThat(real.status()).isEqualTo(202);
        assertThat(ghost.str("message")).isEqualTo(real.str("message"));

        String token = mailedToken(a.email(), "Reset");
        Api.Res weak = api.post("/api/auth/reset-password", api.json(Map.of("token", token, "newPassword", "short")),
                null);
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.text()).contains("newPassword");
        Api.Res done = api.post("/api/auth/reset-password", api.json(Map.of("token", token,
                "newPassword", "brand-new-pass-7")), null);
        assertThat(done.status()).as(done.text()).isEqualTo(204);
        assertThat(api.post("/api/auth/reset-password", api.json(Map.of("token", token,
                "newPassword", "another-pass-7")), null).status()).isEqualTo(400);

        assertThat(api.get("/api/users/me", a.token()).status()).isEqualTo(401);
        assertThat(api.post("/api/auth/login", api.json(Map.of("email", a.email(), "password", Accounts.PASSWORD)),
                null).status()).isEqualTo(401);
        assertThat(api.post("/api/auth/login", api.json(Map.of("email", a.email(), "password", "brand-new-pass-7")),
                null).status()).isEqualTo(200);
    }

    @Test
    void changePasswordChecksTheCurrentOneAndKeepsThisSession() {
        Accounts.Account a = accounts.register("change");
        Accounts.Account other = accounts.login(a.id(), a.email());
        Api.Res wrong = api.put("/api/users/me/password", api.json(Map.of("currentPassword", "wrong-one-1",
                "newPassword", "next-password-1")), a.token());
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.text()).contains("currentPassword");
        Api.Res ok = api.put("/api/users/me/password", api.json(Map.of("currentPassword", Accounts.PASSWORD,
                "newPassword", "next-password-1")), a.token());
        assertThat(ok.status()).as(ok.text()).isEqualTo(204);
        assertThat(api.get("/api/users/me", a.token()).status()).isEqualTo(200);
        assertThat(api.get("/api/users/me", other.token()).status()).isEqualTo(401);
    }

    @Test
    void theSetupTokenMakesTheFirstAdminOnce() {
        String token = firstAdmin.issueIfNoAdmin().orElseThrow();
        String email = "root-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
        Api.Res admin = api.post("/api/auth/register", api.json(Map.of("email", email, "password", Accounts.PASSWORD,
                "name", "Root", "setupToken", token)), null);
        assertThat(admin.status()).as(admin.text()).isEqualTo(201);
        assertThat(admin.body()).containsEntry("systemRole", "ADMIN").containsEntry("emailVerified", true);
        Api.Res reuse = api.post("/api/auth/register", api.json(Map.of("email", "x" + email, "password",
                Accounts.PASSWORD, "name", "Root2", "setupToken", token)), null);
        assertThat(reuse.status()).isEqualTo(400);
        assertThat(firstAdmin.issueIfNoAdmin()).isEmpty();

        Accounts.Account root = accounts.login(admin.str("id"), email);
        Accounts.Account plain = accounts.register("plain");
        Api.Res list = api.get("/api/users?size=5", root.token());
        assertThat(list.status()).as(list.text()).isEqualTo(200);
        assertThat(list.body()).containsKeys("items", "total");
        assertThat(api.get("/api/users", plain.token()).status()).isEqualTo(403);
    }
}
