package dev.suture.platform.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

/** Creates accounts, organisations and projects through the public API, as a client would. */
public final class Accounts {

    public static final String PASSWORD = "correct-horse-9";

    private final Api api;

    public Accounts(Api api) {
        this.api = api;
    }

    public record Account(String id, String email, String token, String refreshToken) {
    }

    public Account register(String label) {
        String email = label + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Api.Res r = api.post("/api/auth/register", api.json(Map.of("email", email, "password", PASSWORD,
                "name", label)), null);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return login(r.str("id"), email);
    }

    public Account login(String id, String email) {
        Api.Res r = api.post("/api/auth/login", api.json(Map.of("email", email, "password", PASSWORD)), null);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return new Account(id, email, r.str("accessToken"), r.str("refreshToken"));
    }

    public String createOrg(Account owner, String name) {
        Api.Res r = api.post("/api/organizations", api.json(Map.of("name", name)), owner.token());
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.str("id");
    }

    public void addOrgMember(Account by, String orgId, Account who, String role) {
        Api.Res r = api.post("/api/organizations/" + orgId + "/members",
                api.json(Map.of("email", who.email(), "role", role)), by.token());
        assertThat(r.status()).as(r.text()).isEqualTo(201);
    }

    public String createProject(Account by, String orgId, String name) {
        Api.Res r = api.post("/api/projects", api.json(Map.of("organizationId", orgId, "name", name)), by.token());
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.str("id");
    }

    public void addProjectMember(Account by, String projectId, Account who, String role) {
        Api.Res r = api.post("/api/projects/" + projectId + "/members",
                api.json(Map.of("userId", who.id(), "role", role)), by.token());
        assertThat(r.status()).as(r.text()).isEqualTo(201);
    }

    public String createApiKey(Account by, String projectId) {
        Api.Res r = api.post("/api/projects/" + projectId + "/api-keys", api.json(Map.of("name", "ci")), by.token());
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.str("key");
    }
}
