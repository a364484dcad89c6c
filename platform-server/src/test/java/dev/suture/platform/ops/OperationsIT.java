package dev.suture.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suture.platform.support.Api;
import dev.suture.platform.support.DatabaseProperties;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Health with database status, Prometheus metrics, the OpenAPI document and Swagger UI. */
@MicronautTest(transactional = false)
class OperationsIT extends DatabaseProperties {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    Api api;

    @BeforeAll
    void setUp() {
        api = new Api(server.getURI(), json);
    }

    @Test
    void healthReportsTheDatabase() {
        Api.Res r = api.get("/health", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.str("status")).isEqualTo("UP");
        @SuppressWarnings("unchecked")
        Map<String, Object> jdbc = (Map<String, Object>) ((Map<String, Object>) r.body().get("details")).get("jdbc");
        assertThat(jdbc).containsEntry("status", "UP");
        assertThat(jdbc.toString()).contains("PostgreSQL");
    }

    @Test
    void metricsArePrometheusText() {
        api.get("/api/no-such-thing", null);
        api.get("/health", null);
        Api.Res r = api.get("/metrics", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("text/plain");
        assertThat(r.text()).contains("http_server_requests_seconds_count", "http_server_requests_seconds_bucket",
                "status=\"404\"", "hikaricp_connections",
                "jvm_memory_used_bytes");
    }

    @Test
    void openApiDocumentsEveryApiRoute() {
        Api.Res r = api.get("/api/openapi.yml", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).contains("openapi: 3", "/api/auth/login:", "/api/auth/refresh:", "/api/users/me:",
                "/api/organizations/{orgId}/members/{userId}:", "/api/projects/{projectId}/api-keys/{keyId}:",
                "/api/audit-logs:");
        assertThat(r.text()).doesNotContain("name: caller");
    }

    @Test
    void swaggerUiIsServedFromTheJar() {
        Api.Res page = api.get("/api/docs", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("swagger-ui-bundle.js");
        Api.Res bundle = api.get("/api/docs/assets/swagger-ui-bundle.js", null);
        assertThat(bundle.status()).isEqualTo(200);
        assertThat(bundle.text().length()).isGreaterThan(100_000);
        assertThat(api.get("/api/docs/assets/swagger-initializer-suture.js", null).text()).contains("/api/openapi.yml");
    }
}
