package dev.suture.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suture.platform.access.Caller;
import dev.suture.platform.common.ClientInfo;
import dev.suture.platform.support.Accounts;
import dev.suture.platform.support.Api;
import dev.suture.platform.support.DatabaseProperties;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every change leaves an audit row; owners and admins read them with filters and pages. */
@MicronautTest(transactional = false)
class AuditIT extends DatabaseProperties {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    AuditTrail trail;

    Api api;
    Accounts accounts;
    Accounts.Account owner;
    Accounts.Account member;
    String org;
    Instant start;

    @BeforeAll
    void setUp() {
        api = new Api(server.getURI(), json);
        accounts = new Accounts(api);
        start = Instant.now();
        owner = accounts.register("auditOwner");
        member = accounts.register("auditMember");
        org = accounts.createOrg(owner, "Audited");
        accounts.addOrgMember(owner, org, member, "MEMBER");
        assertThat(api.put("/api/organizations/" + org + "/members/" + member.id(), "{\"role\":\"VIEWER\"}",
                owner.token()).status()).isEqualTo(200);
        String project = accounts.createProject(owner, org, "Audited project");
        Api.Res key = api.post("/api/projects/" + project + "/api-keys", "{\"name\":\"ci\"}", owner.token());
        assertThat(api.delete("/api/projects/" + project + "/api-keys/" + key.str("id"), owner.token()).status())
                .isEqualTo(204);
        assertThat(api.send("PUT", "/api/projects/" + project, "{\"name\":\"Renamed project\"}",
                "Authorization", "Bearer " + owner.token(), "User-Agent", "audit-test-agent/1.0").status())
                .isEqualTo(200);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> items(Api.Res r) {
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return (List<Map<String, Object>>) r.body().get("items");
    }

    @Test
    void everyChangeIsListedNewestFirst() {
        List<Map<String, Object>> items = items(api.get("/api/audit-logs?organizationId=" + org, owner.token()));
        assertThat(items).extracting(i -> i.get("action")).containsExactly("project.update", "api_key.revoke",
                "api_key.create", "project.create", "organization.member_role_change", "organization.member_add",
                "organization.create");
        assertThat(items).allSatisfy(i -> {
            assertThat(i.get("userId")).isEqualTo(owner.id());
            assertThat(i.get("ipAddress")).isNotNull();
        });
        assertThat(items.get(0).get("userAgent")).isEqualTo("audit-test-agent/1.0");
        assertThat(items.get(0).get("changes").toString()).contains("before", "Audited project", "after",
                "Renamed project");
    }

    @Test
    void filtersByActionResourceUserAndTime() {
        List<Map<String, Object>> roles = items(api.get("/api/audit-logs?organizationId=" + org
                + "&action=organization.member_role_change", owner.token()));
        assertThat(roles).hasSize(1);
        assertThat(roles.get(0).get("resourceId")).isEqualTo(member.id());
        assertThat(roles.get(0).get("changes").toString()).contains("MEMBER", "VIEWER");

        assertThat(items(api.get("/api/audit-logs?organizationId=" + org + "&resourceType=api_key", owner.token())))
                .hasSize(2);
        assertThat(items(api.get("/api/audit-logs?organizationId=" + org + "&userId=" + member.id(), owner.token())))
                .isEmpty();
        assertThat(items(api.get("/api/audit-logs?organizationId=" + org + "&from=" + Instant.now().plusSeconds(60),
                owner.token()))).isEmpty();
        assertThat(items(api.get("/api/audit-logs?organizationId=" + org + "&from=" + start + "&to="
                + Instant.now().plusSeconds(5), owner.token()))).hasSize(7);
    }

    @Test
    void pagesCarryTheTotal() {
        Api.Res first = api.get("/api/audit-logs?organizationId=" + org + "&size=3&page=0", owner.token());
        Api.Res third = api.get("/api/audit-logs?organizationId=" + org + "&size=3&page=2", owner.token());
        assertThat(items(first)).hasSize(3);
        assertThat(first.body()).containsEntry("total", 7);
        assertThat(items(third)).hasSize(1).extracting(i -> i.get("action")).containsExactly("organization.create");
        assertThat(api.get("/api/audit-logs?organizationId=" + org + "&size=0", owner.token()).status()).isEqualTo(400);
    }

    @Test
    void onlyOwnersAndAdminsReadTheTrail() {
        assertThat(api.get("/api/audit-logs?organizationId=" + org, member.token()).status()).isEqualTo(403);
        Accounts.Account stranger = accounts.register("stranger");
        assertThat(api.get("/api/audit-logs?organizationId=" + org, stranger.token()).status()).isEqualTo(404);
    }

    @Test
    void failedLoginsAreRecordedEvenThoughTheRequestFails() {
        api.post("/api/auth/login", "{\"email\":\"" + member.email() + "\",\"password\":\"wrong-wrong-1\"}", null);
        // Login events belong to no organisation; they are read from the table directly here.
        assertThat(trail.countForUser(UUID.fromString(member.id()), "auth.login_failed")).isEqualTo(1);
    }

    @Test
    void auditRowsCannotBeWrittenOutsideTheChangeTransaction() {
        Caller caller = Caller.user(UUID.randomUUID(), UUID.randomUUID(), false, new ClientInfo("127.0.0.1", "t"));
        assertThatThrownBy(() -> trail.record(caller, null, "x", "y", null, null, null))
                .hasMessageContaining("transaction");
    }
}
