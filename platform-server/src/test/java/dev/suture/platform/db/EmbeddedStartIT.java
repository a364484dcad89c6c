package dev.suture.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suture.platform.Application;
import dev.suture.platform.support.Api;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The zero-configuration path: with no database URL the server starts an embedded PostgreSQL under the data
 * directory, and a second start on the same directory finds the first one's data.
 */
class EmbeddedStartIT {

    @TempDir
    Path dataDir;

    @Test
    void startsOnEmbeddedPostgresAndKeepsDataAcrossRestarts() throws Exception {
        String email = "persist-" + System.nanoTime() + "@example.com";
        String body = "{\"email\":\"" + email + "\",\"password\":\"persist-pass-1\",\"name\":\"P\"}";
        System.setProperty("micronaut.server.port", "-1");
        try {
            try (Running first = Running.start(dataDir)) {
                assertThat(first.db.isEmbedded()).isTrue();
                assertThat(Files.exists(dataDir.resolve("postgres/postgresql.conf"))).isTrue();
                Api.Res health = first.api.get("/health", null);
                assertThat(health.str("status")).isEqualTo("UP");
                assertThat(first.api.post("/api/auth/register", body, null).status()).isEqualTo(201);
            }
            try (Running second = Running.start(dataDir)) {
                Api.Res login = second.api.post("/api/auth/login",
                        "{\"email\":\"" + email + "\",\"password\":\"persist-pass-1\"}", null);
                assertThat(login.status()).as(login.text()).isEqualTo(200);
                assertThat(login.body()).containsKey("accessToken");
            }
        } finally {
            System.clearProperty("micronaut.server.port");
        }
    }

    private record Running(DatabaseLauncher db, ApplicationContext context, Api api) implements AutoCloseable {

        static Running start(Path dataDir) {
            DatabaseLauncher db = DatabaseLauncher.startEmbedded(dataDir);
            ApplicationContext context = Application.start(db);
            EmbeddedServer server = context.getBean(EmbeddedServer.class);
            return new Running(db, context, new Api(server.getURI(), context.getBean(JsonMapper.class)));
        }

        @Override
        public void close() {
            context.close();
            db.close();
        }
    }
}
