package dev.suture.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suture.platform.support.Accounts;
import dev.suture.platform.support.Api;
import dev.suture.platform.support.DatabaseProperties;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Limits hold across two server instances sharing one PostgreSQL: requests alternate between this test's
 * server and a second one started beside it, and the limit counts them together.
 */
@MicronautTest(transactional = false)
class RateLimitIT extends DatabaseProperties {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    EmbeddedServer second;
    Api one;
    Api two;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(super.getProperties());
        props.put("suture.rate-limit.auth-per-minute", "5");
        props.put("suture.rate-limit.api-per-minute", "10");
        return props;
    }

    @BeforeAll
    void startSecondInstance() {
        Map<String, Object> props = new HashMap<>(getProperties());
        props.put("micronaut.server.port", -1);
        second = ApplicationContext.run(EmbeddedServer.class, props, "test");
        one = new Api(server.getURI(), json);
        two = new Api(second.getURI(), json);
    }

    @AfterAll
    void stopSecondInstance() {
        second.getApplicationContext().close();
    }

    /** Windows are whole minutes: do not start a check in the last seconds of one. */
    @BeforeEach
    void avoidMinuteBoundary() throws InterruptedException {
        long second = Instant.now().getEpochSecond() % 60;
        if (second > 50) {
            Thread.sleep((61 - second) * 1000);
        }
    }

    private static String randomIp() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    @Test
    void loginAttemptsAreLimitedPerIpAcrossInstances() {
        String ip = randomIp();
        String body = "{\"email\":\"nobody-" + System.nanoTime() + "@example.com\",\"password\":\"whatever-1\"}";
        for (int i = 0; i < 5; i++) {
            Api api = i % 2 == 0 ? one : two;
            assertThat(api.send("POST", "/api/auth/login", body, "X-Forwarded-For", ip).status()).isEqualTo(401);
        }
        Api.Res limited = two.send("POST", "/api/auth/login", body, "X-Forwarded-For", ip);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
        assertThat(limited.str("detail")).contains("5 a minute");
        // The account is limited too, from any address; another account from another address is not.
        assertThat(one.send("POST", "/api/auth/login", body, "X-Forwarded-For", randomIp()).status()).isEqualTo(429);
        String other = "{\"email\":\"other-" + System.nanoTime() + "@example.com\",\"password\":\"whatever-1\"}";
        assertThat(one.send("POST", "/api/auth/login", other, "X-Forwarded-For", randomIp()).status()).isEqualTo(401);
    }

    @Test
    void apiRequestsAreLimitedPerUserAcrossInstances() {
        Accounts.Account a = new Accounts(one).register("limited");
        int ok = 0;
        Api.Res last = null;
        for (int i = 0; i < 11; i++) {
            last = (i % 2 == 0 ? one : two).get("/api/users/me", a.token());
            if (last.status() == 200) {
                ok++;
            }
        }
        assertThat(ok).isEqualTo(10);
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.header("Retry-After")).isNotNull();
    }
}
