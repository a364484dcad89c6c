package dev.suture.platform.ops;

import dev.suture.platform.auth.FirstAdminSetup;
import dev.suture.platform.auth.JwtService;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.io.PrintStream;

/** Prints where the server listens and, while there is no admin, how to create the first one. */
@Singleton
final class StartupBanner implements ApplicationEventListener<ServerStartupEvent> {

    private final FirstAdminSetup firstAdmin;
    private final JwtService jwt;

    StartupBanner(FirstAdminSetup firstAdmin, JwtService jwt) {
        this.firstAdmin = firstAdmin;
        this.jwt = jwt;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        EmbeddedServer server = event.getSource();
        String url = "http://" + server.getHost() + ":" + server.getPort();
        jwt.accessTtlSeconds(); // loads or creates the signing key now, not on the first request
        PrintStream out = System.out;
        out.println("Suture platform listening on " + url + "  (API docs: " + url + "/api/docs, health: "
                + url + "/health)");
        firstAdmin.issueIfNoAdmin().ifPresent(token -> {
            out.println("No admin account yet. Create the first admin (this token works once; a restart issues a new one):");
            out.println("  curl -X POST " + url + "/api/auth/register -H 'Content-Type: application/json' \\");
            out.println("    -d '{\"email\":\"admin@example.com\",\"password\":\"<at least 8 characters>\","
                    + "\"name\":\"Admin\",\"setupToken\":\"" + token + "\"}'");
        });
        out.flush();
    }
}
