package dev.suture.platform.ai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suture.platform.fixtures.Client;
import dev.suture.platform.fixtures.PlatformIT;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hourly AI quotas, per project ({@code suture.ai.requests-per-hour}, 10 by default) and per organisation tier
 * (here 15 for the free tier), counted by two server instances on one database at once.
 */
@MicronautTest(transactional = false)
class AiQuotaIT extends PlatformIT {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    EmbeddedServer second;
    Client one;
    Client two;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("suture.tiers.free.ai-requests-per-hour", "15");
    }

    @BeforeAll
    void setUp() {
        Map<String, Object> props = new HashMap<>(getProperties());
        props.put("micronaut.server.port", "-1");
        second = ApplicationContext.run(EmbeddedServer.class, props, "test");
        one = new Client(server.getURL().toString(), json);
        two = new Client(second.getURL().toString(), json);
    }

    @AfterAll
    void tearDown() {
        second.close();
    }

    String suite(Client.Tenant t, String projectId) {
        Client.Res r = one.post("/api/test-suites", Map.of("projectId", projectId, "name", "S"), t.token());
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.str("id");
    }

    @Test
    void parallelRequestsOnTwoInstancesGetExactlyTheProjectQuotaThen429() throws Exception {
        Client.Tenant t = one.tenant("quota");
        String suite = suite(t, t.projectId());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Client.Res>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Client c = i % 2 == 0 ? one : two;
            calls.add(pool.submit(() -> c.post("/api/ai/optimize-suite", Map.of("suiteId", suite), t.token())));
        }
        List<Integer> codes = new ArrayList<>();
        Client.Res limited = null;
        for (Future<Client.Res> f : calls) {
            Client.Res r = f.get();
            codes.add(r.status());
            if (r.status() == 429) {
                limited = r;
            }
        }
        pool.shutdown();
        assertThat(codes).filteredOn(c -> c == 200).hasSize(10);
        assertThat(codes).filteredOn(c -> c == 429).hasSize(6);
        assertThat(limited.raw().headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        long retryAfter = Long.parseLong(limited.raw().headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 3600L);
        assertThat(limited.str("type")).endsWith("/ai-quota");
        assertThat(limited.str("detail")).contains("suture.ai.requests-per-hour").contains("10 AI requests an hour");
        // reading generated tests is not AI work and stays available
        assertThat(two.get("/api/ai/generated-tests?projectId=" + t.projectId(), t.token()).status()).isEqualTo(200);
        assertThat(one.get("/api/audit-logs?organizationId=" + t.orgId() + "&action=ai.request&size=200", t.token())
                .list("items")).hasSize(10);
    }

    @Test
    void theTierLimitCountsEveryProjectOfTheOrganization() {
        Client.Tenant t = one.tenant("tier");
        String other = one.post("/api/projects", Map.of("organizationId", t.orgId(), "name", "second"), t.token())
                .str("id");
        String first = suite(t, t.projectId());
        String second = suite(t, other);
        for (int i = 0; i < 10; i++) {
            assertThat(one.post("/api/ai/optimize-suite", Map.of("suiteId", first), t.token()).status()).isEqualTo(200);
        }
        for (int i = 0; i < 5; i++) {
            assertThat(two.post("/api/ai/optimize-suite", Map.of("suiteId", second), t.token()).status())
                    .isEqualTo(200);
        }
        Client.Res r = two.post("/api/ai/optimize-suite", Map.of("suiteId", second), t.token());
        assertThat(r.status()).isEqualTo(429);
        assertThat(r.str("detail")).contains("suture.tiers.free.ai-requests-per-hour").contains("15")
                .contains("FREE tier");
    }
}
