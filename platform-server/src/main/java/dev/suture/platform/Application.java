package dev.suture.platform;

import dev.suture.platform.db.DatabaseLauncher;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/**
 * Starts the Suture platform server. With no database configured it first starts an embedded PostgreSQL
 * (see {@link DatabaseLauncher}), so that {@code java -jar suture-platform.jar} works on a fresh machine.
 */
@OpenAPIDefinition(info = @Info(title = "Suture platform API", version = "0.1.0",
        description = "Accounts, organisations, projects, roles, API keys and the audit trail."))
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        if (java.util.Arrays.asList(args).contains("--demo")) {
            demoDefaults();
        }
        DatabaseLauncher database = DatabaseLauncher.fromEnvironment();
        database.stopAtExit();
        start(database, args);
    }

    /**
     * {@code --demo}: its own embedded database under {@code ~/.suture/demo} (unless a database or data directory
     * is configured), cookies without the Secure flag for plain http on localhost, and the demo set-up
     * ({@code ops.DemoMode}) once the server listens.
     */
    private static void demoDefaults() {
        System.setProperty("suture.demo", "true");
        System.setProperty("suture.web.secure-cookies", "false");
        if (System.getProperty("suture.data-dir") == null && System.getenv("SUTURE_DATA_DIR") == null) {
            System.setProperty("suture.data-dir", System.getProperty("user.home") + "/.suture/demo");
        }
    }

    /** Starts the server on the given database and returns its running context. */
    public static ApplicationContext start(DatabaseLauncher database, String... args) {
        return Micronaut.build(args)
                .mainClass(Application.class)
                .banner(false)
                .properties(database.datasourceProperties())
                .singletons(database)
                .start();
    }
}
