package dev.suture.platform.organization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suture.platform.support.Accounts;
import dev.suture.platform.support.Api;
import dev.suture.platform.support.DatabaseProperties;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Subscription tier limits and the ownership rules of organisations. */
@MicronautTest(transactional = false)
class OrganizationIT extends DatabaseProperties {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    Api api;
    Accounts accounts;

    @BeforeAll
    void setUp() {
        api = new Api(server.getURI(), json);
        accounts = new Accounts(api);
    }

    @Test
    void theFreeTierLimitsProjectsAndNamesTheLimit() {
        Accounts.Account owner = accounts.register("tier");
        Accounts.Account admin = accounts.register("tierAdmin");
        String org = accounts.createOrg(owner, "Tiered");
        accounts.addOrgMember(owner, org, admin, "ADMIN");
        for (int i = 0; i < 3; i++) {
            accounts.createProject(owner, org, "p" + i);
        }
        Api.Res fourth = api.post("/api/projects", "{\"organizationId\":\"" + org + "\",\"name\":\"p3\"}", owner.token());
        assertThat(fourth.status()).isEqualTo(403);
        assertThat(fourth.str("type")).endsWith("/tier-limit");
        assertThat(fourth.str("detail")).contains("suture.tiers.free.max-projects", "3 projects");

        assertThat(api.put("/api/organizations/" + org, "{\"subscriptionTier\":\"TEAM\"}", admin.token()).status())
                .isEqualTo(403);
        Api.Res upgrade = api.put("/api/organizations/" + org, "{\"subscriptionTier\":\"TEAM\"}", owner.token());
        assertThat(upgrade.status()).as(upgrade.text()).isEqualTo(200);
        assertThat(upgrade.body()).containsEntry("subscriptionTier", "TEAM");
        assertThat(api.post("/api/projects", "{\"organizationId\":\"" + org + "\",\"name\":\"p3\"}", owner.token())
                .status()).isEqualTo(201);

        // An expired subscription falls back to the free tier's limits.
        api.put("/api/organizations/" + org, "{\"subscriptionExpiresAt\":\"2020-01-01T00:00:00Z\"}", owner.token());
        assertThat(api.post("/api/projects", "{\"organizationId\":\"" + org + "\",\"name\":\"p4\"}", owner.token())
                .status()).isEqualTo(403);
    }

    @Test
    void theFreeTierLimitsMembers() {
        Accounts.Account owner = accounts.register("members");
        String org = accounts.createOrg(owner, "Crowded");
        for (int i = 0; i < 4; i++) {
            accounts.addOrgMember(owner, org, accounts.register("m" + i), "MEMBER");
        }
        Accounts.Account sixth = accounts.register("sixth");
        Api.Res r = api.post("/api/organizations/" + org + "/members", "{\"email\":\"" + sixth.email()
                + "\",\"role\":\"MEMBER\"}", owner.token());
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.str("detail")).contains("suture.tiers.free.max-members");
    }

    @Test
    void ownershipRules() {
        Accounts.Account owner = accounts.register("own");
        Accounts.Account admin = accounts.register("adm");
        String org = accounts.createOrg(owner, "Owned");
        accounts.addOrgMember(owner, org, admin, "ADMIN");
        Accounts.Account x = accounts.register("x");
        Api.Res grant = api.post("/api/organizations/" + org + "/members", "{\"email\":\"" + x.email()
                + "\",\"role\":\"OWNER\"}", admin.token());
        assertThat(grant.status()).isEqualTo(403);
        Api.Res leave = api.delete("/api/organizations/" + org + "/members/" + owner.id(), owner.token());
        assertThat(leave.status()).isEqualTo(409);
        assertThat(leave.str("type")).endsWith("/last-owner");
        assertThat(api.delete("/api/users/" + owner.id(), owner.token()).status()).isEqualTo(409);
        // An admin may leave by themselves.
        assertThat(api.delete("/api/organizations/" + org + "/members/" + admin.id(), admin.token()).status())
                .isEqualTo(204);
        assertThat(api.get("/api/organizations/" + org, admin.token()).status()).isEqualTo(404);
    }
}
