package dev.suture.platform.testcase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suture.platform.common.Csv;
import dev.suture.platform.fixtures.Client;
import dev.suture.platform.fixtures.PlatformIT;
import io.micronaut.core.type.Argument;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The export streams a project's test cases from a cursor: checked with a few thousand rows in both formats. */
@MicronautTest(transactional = false)
class TestCaseExportIT extends PlatformIT {

    static final int ROWS = 3_000;
    static final Argument<List<Map<String, Object>>> JSON_ROWS = Argument.listOf(Argument.mapOf(String.class,
            Object.class));

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    DataSource dataSource;

    /** The pool itself: the injected DataSource only lends the connection of a surrounding transaction. */
    @Inject
    void dataSource(DataSource contextual) {
        dataSource = DelegatingDataSource.unwrapDataSource(contextual);
    }

    Client client;
    Client.Tenant tenant;

    @BeforeAll
    void setUp() throws Exception {
        client = new Client(server.getURL().toString(), json);
        tenant = client.tenant("export");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO test_cases (id, project_id, name, description, steps, tags, priority, status) "
                        + "SELECT gen_random_uuid(), ?, 'case ' || lpad(i::text, 5, '0'), 'checks, \"quoted\" ' || i, "
                        + "jsonb_build_array(jsonb_build_object('action', 'click', 'target', '#b' || i)), "
                        + "ARRAY['t' || (i % 3), 'all'], 'HIGH', 'ACTIVE' FROM generate_series(?, 1, -1) i")) {
            ps.setObject(1, UUID.fromString(tenant.projectId()));
            ps.setInt(2, ROWS);
            assertThat(ps.executeUpdate()).isEqualTo(ROWS);
        }
    }

    @Test
    void exportsEveryRowAsJsonInNameOrder() throws Exception {
        Client.Res r = client.get("/api/test-cases/export?projectId=" + tenant.projectId() + "&format=json",
                tenant.token());
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.raw().headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/json"));
        assertThat(r.raw().headers().firstValue("Content-Length")).as("streamed, not buffered").isEmpty();
        List<Map<String, Object>> all = json.readValue(r.body(), JSON_ROWS);
        assertThat(all).hasSize(ROWS);
        Map<String, Object> first = all.get(0);
        assertThat(first.get("name")).isEqualTo("case 00001");
        assertThat(first.get("description")).isEqualTo("checks, \"quoted\" 1");
        assertThat(first.get("tags")).isEqualTo(List.of("t1", "all"));
        assertThat(first.get("steps")).isEqualTo(List.of(Map.of("action", "click", "target", "#b1")));
        assertThat(all.get(ROWS - 1).get("name")).isEqualTo("case 03000");
    }

    @Test
    void exportsEveryRowAsCsvInTheImportFormat() throws Exception {
        Client.Res r = client.get("/api/test-cases/export?projectId=" + tenant.projectId() + "&format=csv",
                tenant.apiKey());
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.raw().headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"test-cases.csv\"");
        List<List<String>> records = Csv.read(new StringReader(r.text()));
        assertThat(records).hasSize(ROWS + 1);
        assertThat(records.get(0)).containsExactly("name", "description", "priority", "status", "tags", "steps");
        assertThat(records.get(2).subList(0, 5)).containsExactly("case 00002", "checks, \"quoted\" 2", "HIGH", "ACTIVE",
                "t2;all");
        assertThat(json.readValue(records.get(2).get(5), JSON_ROWS)).isEqualTo(List.of(Map.of("action", "click",
                "target", "#b2")));
    }

    @Test
    void checksFormatAndAccessBeforeStreaming() {
        Client.Res xml = client.get("/api/test-cases/export?projectId=" + tenant.projectId() + "&format=xml",
                tenant.token());
        assertThat(xml.status()).isEqualTo(400);
        assertThat(xml.text()).contains("\"field\":\"format\"").contains("must be json or csv");
        Client.Tenant stranger = client.tenant("export-stranger");
        assertThat(client.get("/api/test-cases/export?projectId=" + tenant.projectId(), stranger.token()).status())
                .isEqualTo(404);
    }
}
