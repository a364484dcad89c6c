package dev.suture.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suture.platform.fixtures.Client;
import dev.suture.platform.fixtures.PlatformIT;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Part 1's account security: account events readable through {@code GET /api/users/{userId}/audit-logs} by the
 * right people, and TOTP secrets encrypted at rest with a key generated in the data directory.
 */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class AccountSecurityIT extends PlatformIT {

    static final Path DATA_DIR = tempDir();

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    TotpSecretMigration migration;

    Client client;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("suture.data-dir", DATA_DIR.toString());
    }

    @BeforeAll
    void setUp() {
        client = new Client(server.getURL().toString(), json);
    }

    record Person(String id, String email, String token) {
        static Person of(String registered) {
            String[] parts = registered.split(" ");
            return new Person(parts[1], parts[2], parts[0]);
        }
    }

    @Test
    void accountEventsAreReadByTheAccountItsOrganizationsAdminsAndNobodyElse() {
        Client.Tenant owner = client.tenant("owner");
        Person member = Person.of(client.register("member"));
        Person colleague = Person.of(client.register("colleague"));
        Person stranger = Person.of(client.register("stranger"));
        for (Person p : List.of(member, colleague)) {
            assertThat(client.post("/api/organizations/" + owner.orgId() + "/members", Map.of("email", p.email(),
                    "role", "MEMBER"), owner.token()).status()).isEqualTo(201);
        }
        assertThat(client.post("/api/auth/login", Map.of("email", member.email(), "password", "wrong-password"), null)
                .status()).isEqualTo(401);
        Client.Res login = client.post("/api/auth/login", Map.of("email", member.email(), "password",
                Client.PASSWORD), null);
        String token = login.str("accessToken");
        String secret = client.post("/api/auth/2fa/enroll", Map.of(), token).str("secret");
        assertThat(client.post("/api/auth/2fa/confirm", code(secret), token).status()).isEqualTo(200);
        assertThat(client.post("/api/auth/2fa/disable", code(secret), token).status()).isEqualTo(200);
        assertThat(client.put("/api/users/me/password", Map.of("currentPassword", Client.PASSWORD, "newPassword",
                "another-horse-7"), token).status()).isIn(200, 204);
        assertThat(client.post("/api/auth/logout", Map.of("refreshToken", login.str("refreshToken")), token)
                .status()).isIn(200, 204);

        String path = "/api/users/" + member.id() + "/audit-logs?size=200";
        Client.Res own = client.get(path, fresh(member.email(), "another-horse-7"));
        assertThat(own.status()).as(own.text()).isEqualTo(200);
        List<Object> actions = own.list("items").stream().map(i -> ((Map<String, Object>) i).get("action")).toList();
        assertThat(actions).contains("auth.login", "auth.login_failed", "auth.logout", "auth.2fa_enroll",
                "auth.2fa_enable", "auth.2fa_disable", "user.password_change");
        // newest first, and nothing of an organisation
        assertThat(actions.get(0)).isEqualTo("auth.login");
        assertThat(own.text()).doesNotContain(owner.orgId());

        Client.Res byOwner = client.get(path + "&action=auth.login_failed", owner.token());
        assertThat(byOwner.status()).as(byOwner.text()).isEqualTo(200);
        assertThat(byOwner.list("items")).hasSize(1);
        Client.Res byColleague = client.get(path, colleague.token());
        assertThat(byColleague.status()).isEqualTo(403);
        assertThat(byColleague.str("detail")).contains("owner or admin");
        assertThat(client.get(path, stranger.token()).status()).isEqualTo(404);
        assertThat(client.get(path, null).status()).isEqualTo(401);
        assertThat(client.send("GET", path, null, null, null, Map.of("X-API-Key", owner.apiKey())).status())
                .isEqualTo(403);
        assertThat(client.get("/api/users/" + member.id() + "/audit-logs?from=2030-01-01T00:00:00Z"
                + "&to=2020-01-01T00:00:00Z", owner.token()).text()).contains("\"field\":\"from\"");
    }

    @Test
    void totpSecretsAreStoredEncryptedWithAKeyKeptInTheDataDirectory() throws Exception {
        Person p = Person.of(client.register("totp"));
        String secret = client.post("/api/auth/2fa/enroll", Map.of(), p.token()).str("secret");
        assertThat(client.post("/api/auth/2fa/confirm", code(secret), p.token()).status()).isEqualTo(200);
        String stored = storedSecret(p.id());
        assertThat(stored).startsWith("v1:").doesNotContain(secret);
        assertThat(loginWithCode(p.email(), secret)).isEqualTo(200);

        Path key = DATA_DIR.resolve("secrets/totp.key");
        assertThat(key).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(Files.readString(key)).doesNotContain(secret);
    }

    @Test
    void secretsStoredInPlainTextBeforeAreEncryptedAndStillWork() throws Exception {
        Person p = Person.of(client.register("legacy"));
        String secret = Totp.newSecret();
        sql("UPDATE users SET totp_secret = '" + secret + "', totp_enabled = TRUE WHERE id = '" + p.id() + "'");
        assertThat(loginWithCode(p.email(), secret)).as("a plain secret still works until it is sealed").isEqualTo(200);
        assertThat(migration.sealPlainSecrets()).isGreaterThanOrEqualTo(1);
        assertThat(storedSecret(p.id())).startsWith("v1:").doesNotContain(secret);
        assertThat(migration.sealPlainSecrets()).isZero();
        assertThat(loginWithCode(p.email(), secret)).isEqualTo(200);
    }

    private int loginWithCode(String email, String secret) {
        Client.Res first = client.post("/api/auth/login", Map.of("email", email, "password", Client.PASSWORD), null);
        assertThat(first.map()).containsEntry("twoFactorRequired", true);
        return client.post("/api/auth/login/2fa", Map.of("challengeToken", first.str("challengeToken"), "code",
                Totp.code(secret, Instant.now().getEpochSecond())), null).status();
    }

    private String fresh(String email, String password) {
        return client.post("/api/auth/login", Map.of("email", email, "password", password), null).str("accessToken");
    }

    private static Map<String, String> code(String secret) {
        return Map.of("code", Totp.code(secret, Instant.now().getEpochSecond()));
    }

    private String storedSecret(String userId) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT totp_secret FROM users WHERE id = '" + userId + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private Connection connect() throws SQLException {
        Map<String, String> p = getProperties();
        return DriverManager.getConnection(p.get("datasources.default.url"), p.get("datasources.default.username"),
                p.get("datasources.default.password"));
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("suture-data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
