package dev.suture.platform.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suture.platform.support.Accounts;
import dev.suture.platform.support.Api;
import dev.suture.platform.support.DatabaseProperties;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every failure answers RFC 9457 problem+json with a 4xx, the request id, and no stack trace. */
@MicronautTest(transactional = false)
class ErrorFormatIT extends DatabaseProperties {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    Api api;
    Accounts.Account user;

    @BeforeAll
    void setUp() {
        api = new Api(server.getURI(), json);
        user = new Accounts(api).register("errors");
    }

    static void assertProblem(Api.Res r, int status) {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.body()).containsEntry("status", status).containsKeys("type", "title", "detail", "requestId");
        assertThat(r.text()).doesNotContain("\tat ", "Exception", "dev.suture.platform.");
        assertThat(r.header("X-Request-Id")).isEqualTo(r.str("requestId"));
    }

    @Test
    void unknownPathIs404() {
        Api.Res r = api.get("/api/no-such-thing", null);
        assertProblem(r, 404);
        assertThat(r.str("type")).isEqualTo("https://suture.dev/problems/not-found");
        assertThat(r.str("instance")).isEqualTo("/api/no-such-thing");
    }

    @Test
    void wrongMethodIs405() {
        assertProblem(api.send("PATCH", "/api/auth/login", "{}"), 405);
    }

    @Test
    void malformedJsonIs400() {
        assertProblem(api.post("/api/auth/login", "{\"email\": ", null), 400);
    }

    @Test
    void wrongTypeIs400() {
        assertProblem(api.post("/api/auth/login", "{\"email\": {\"a\": 1}, \"password\": [1]}", null), 400);
    }

    @Test
    void unknownEnumValueIs400() {
        String org = new Accounts(api).createOrg(user, "Enum Org");
        Api.Res r = api.post("/api/organizations/" + org + "/members",
                "{\"email\":\"" + user.email() + "\",\"role\":\"EMPEROR\"}", user.token());
        assertProblem(r, 400);
    }

    @Test
    void badUuidIs400() {
        assertProblem(api.get("/api/projects/not-a-uuid", user.token()), 400);
        assertProblem(api.get("/api/audit-logs?organizationId=zzz", user.token()), 400);
    }

    @Test
    void oversizedBodyIs413() {
        String big = "{\"email\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}";
        assertProblem(api.post("/api/auth/login", big, null), 413);
    }

    @Test
    void validationNamesEveryBadField() {
        Api.Res r = api.post("/api/auth/register", "{\"email\":\"not-an-email\",\"password\":\"x\",\"name\":\"\"}", null);
        assertProblem(r, 400);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) r.body().get("errors");
        assertThat(errors).extracting(e -> e.get("field")).contains("email", "name");
    }

    @Test
    void missingCredentialsIs401() {
        Api.Res r = api.get("/api/users/me", null);
        assertProblem(r, 401);
        assertThat(r.str("detail")).contains("Authorization: Bearer");
        assertProblem(api.get("/api/users/me", "garbage.token.here"), 401);
    }

    @Test
    void requestIdIsEchoedAndSecurityHeadersAreSet() {
        Api.Res r = api.send("GET", "/health", null, "X-Request-Id", "trace-abc-123");
        assertThat(r.header("X-Request-Id")).isEqualTo("trace-abc-123");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(r.header("Content-Security-Policy")).contains("default-src 'none'");
        Api.Res unsafe = api.send("GET", "/health", null, "X-Request-Id", "bad id\twith junk");
        assertThat(unsafe.header("X-Request-Id")).isNotEqualTo("bad id\twith junk").hasSize(36);
    }

    @Test
    void logLinesCarryTheRequestId() {
        ch.qos.logback.classic.Logger mailer = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger("dev.suture.platform.auth.Mailer");
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender =
                new ch.qos.logback.core.read.ListAppender<>();
        appender.start();
        mailer.addAppender(appender);
        ch.qos.logback.classic.Level before = mailer.getLevel();
        mailer.setLevel(ch.qos.logback.classic.Level.INFO);
        try {
            Api.Res r = api.send("POST", "/api/auth/forgot-password", "{\"email\":\"" + user.email() + "\"}",
                    "X-Request-Id", "log-check-123");
            assertThat(r.status()).isEqualTo(202);
            assertThat(appender.list).isNotEmpty();
            assertThat(appender.list.get(0).getMDCPropertyMap()).containsEntry("requestId", "log-check-123");
        } finally {
            mailer.detachAppender(appender);
            mailer.setLevel(before);
        }
    }

    /** A browser's preflight for an authenticated call names the Authorization header it wants to send. */
    @Test
    void corsAllowsConfiguredOriginsOnly() {
        Api.Res ok = api.send("OPTIONS", "/api/users/me", null, "Origin", "http://localhost:3000",
                "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "authorization");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:3000");
        Api.Res simple = api.send("GET", "/health", null, "Origin", "http://localhost:3000");
        assertThat(simple.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:3000");
        Api.Res denied = api.send("OPTIONS", "/api/users/me", null, "Origin", "https://evil.example",
                "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "authorization");
        assertThat(denied.header("Access-Control-Allow-Origin")).isNull();
        Api.Res deniedSimple = api.send("GET", "/health", null, "Origin", "https://evil.example");
        assertThat(deniedSimple.header("Access-Control-Allow-Origin")).isNull();
    }
}
