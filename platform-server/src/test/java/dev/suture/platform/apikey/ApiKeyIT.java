package dev.suture.platform.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suture.platform.common.SecretTokens;
import dev.suture.platform.support.Accounts;
import dev.suture.platform.support.Api;
import dev.suture.platform.support.DatabaseProperties;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A project key is shown once, stored hashed, reads its own project only, and dies when revoked. */
@MicronautTest(transactional = false)
class ApiKeyIT extends DatabaseProperties {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyRepository keys;

    @Test
    void keyLifecycle() {
        Api api = new Api(server.getURI(), json);
        Accounts accounts = new Accounts(api);
        Accounts.Account owner = accounts.register("keys");
        String org = accounts.createOrg(owner, "Keys org");
        String project = accounts.createProject(owner, org, "CI project");
        String other = accounts.createProject(owner, org, "Other project");

        Api.Res created = api.post("/api/projects/" + project + "/api-keys", "{\"name\":\"github\"}", owner.token());
        assertThat(created.status()).isEqualTo(201);
        String key = created.str("key");
        assertThat(key).startsWith("sut_").hasSizeGreaterThan(40);
        assertThat(key).startsWith(created.str("prefix"));
        ApiKey row = keys.findById(UUID.fromString(created.str("id"))).orElseThrow();
        assertThat(row.keyHash()).isEqualTo(SecretTokens.hash(key)).doesNotContain(key);

        Api.Res list = api.get("/api/projects/" + project + "/api-keys", owner.token());
        assertThat(list.list()).hasSize(1);
        assertThat(list.text()).doesNotContain(key).contains(created.str("prefix"));

        assertThat(api.send("GET", "/api/projects/" + project, null, "X-API-Key", key).status()).isEqualTo(200);
        assertThat(api.send("GET", "/api/projects/" + project, null, "Authorization", "ApiKey " + key).status())
                .isEqualTo(200);
        assertThat(api.send("GET", "/api/projects/" + other, null, "X-API-Key", key).status()).isEqualTo(404);
        assertThat(api.send("GET", "/api/projects", null, "X-API-Key", key).status()).isEqualTo(403);
        assertThat(api.send("GET", "/api/projects/" + project, null, "X-API-Key", key + "x").status()).isEqualTo(401);
        assertThat(keys.findById(row.id()).orElseThrow().lastUsedAt()).isNotNull();

        assertThat(api.post("/api/projects/" + project + "/archive", null, owner.token()).status()).isEqualTo(200);
        assertThat(api.send("GET", "/api/projects/" + project, null, "X-API-Key", key).status()).isEqualTo(401);
        assertThat(api.post("/api/projects/" + project + "/unarchive", null, owner.token()).status()).isEqualTo(200);
        assertThat(api.send("GET", "/api/projects/" + project, null, "X-API-Key", key).status()).isEqualTo(200);

        assertThat(api.delete("/api/projects/" + project + "/api-keys/" + row.id(), owner.token()).status())
                .isEqualTo(204);
        Api.Res revoked = api.send("GET", "/api/projects/" + project, null, "X-API-Key", key);
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.str("detail")).contains("unknown or revoked");
        assertThat(api.delete("/api/projects/" + other + "/api-keys/" + row.id(), owner.token()).status())
                .isEqualTo(404);
    }
}
