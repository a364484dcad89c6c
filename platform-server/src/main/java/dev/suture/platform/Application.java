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

    public static void main(String[] args) throws InterruptedException {
        if (java.util.Arrays.asList(args).contains("--worker")) {
            worker();
            return;
        }
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

    /**
     * {@code --worker}: a process that only runs jobs (test cases of queued executions) from the server's database:
     * no HTTP server, no public API. It needs the server's database ({@code SUTURE_DB_URL}); an embedded one would
     * be a queue nobody else sees. Stops on SIGTERM, giving running tests {@code suture.jobs.shutdown-max-wait}.
     */
    private static void worker() throws InterruptedException {
        DatabaseLauncher database = DatabaseLauncher.fromEnvironment();
        if (database.isEmbedded()) {
            database.close();
            System.err.println("--worker needs the server's PostgreSQL: set SUTURE_DB_URL (and SUTURE_DB_USERNAME / "
                    + "SUTURE_DB_PASSWORD) to the database the server uses");
            System.exit(2);
        }
        ApplicationContext context = ApplicationContext.builder(Application.class)
                .properties(database.datasourceProperties())
                .properties(java.util.Map.of("suture.worker.enabled", "true"))
                .banner(false)
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(context::close, "suture-worker-shutdown"));
        System.out.println("Suture worker " + dev.suture.platform.jobs.WorkerIdentity.NAME + " is running jobs");
        Thread.currentThread().join(); // the engine's threads do the work; SIGTERM ends the process through the hook
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
