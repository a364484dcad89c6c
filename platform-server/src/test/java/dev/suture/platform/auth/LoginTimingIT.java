package dev.suture.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suture.platform.support.Accounts;
import dev.suture.platform.support.Api;
import dev.suture.platform.support.DatabaseProperties;
import dev.suture.platform.user.UserRepository;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** With the production cost 12, an unknown e-mail takes as long as a wrong password. */
@MicronautTest(transactional = false)
@Property(name = "suture.auth.bcrypt-cost", value = "12")
class LoginTimingIT extends DatabaseProperties {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    UserRepository users;

    @Test
    void unknownEmailCostsAsMuchAsAWrongPassword() {
        Api api = new Api(server.getURI(), json);
        Accounts.Account a = new Accounts(api).register("timing");
        assertThat(users.findById(UUID.fromString(a.id())).orElseThrow().passwordHash()).startsWith("$2a$12$");
        String wrong = api.json(Map.of("email", a.email(), "password", "wrong-password-1"));
        String unknown = api.json(Map.of("email", "nobody-" + UUID.randomUUID() + "@example.com",
                "password", "wrong-password-1"));
        long[] wrongTimes = new long[5];
        long[] unknownTimes = new long[5];
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            assertThat(api.post("/api/auth/login", wrong, null).status()).isEqualTo(401);
            long t1 = System.nanoTime();
            assertThat(api.post("/api/auth/login", unknown, null).status()).isEqualTo(401);
            long t2 = System.nanoTime();
            wrongTimes[i] = t1 - t0;
            unknownTimes[i] = t2 - t1;
        }
        Arrays.sort(wrongTimes);
        Arrays.sort(unknownTimes);
        double ratio = (double) unknownTimes[2] / wrongTimes[2];
        // Bcrypt cost 12 is ~100-300 ms here; a skipped hash would make the unknown case ~100x faster.
        assertThat(wrongTimes[2]).isGreaterThan(50_000_000L);
        assertThat(ratio).isBetween(0.5, 2.0);
    }
}
