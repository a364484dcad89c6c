package dev.suture.platform.db;

import io.micronaut.context.ApplicationContext;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which PostgreSQL the server talks to, before the Micronaut context exists (the data source is
 * configured from it). An explicit URL wins; otherwise an embedded PostgreSQL 15 is started with its data
 * under {@code ~/.suture/postgres} (or {@code suture.data-dir}), kept across restarts.
 */
public final class DatabaseLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseLauncher.class);

    private final Map<String, Object> properties;
    private final EmbeddedPostgres embedded;
    private volatile ApplicationContext context;

    private DatabaseLauncher(Map<String, Object> properties, EmbeddedPostgres embedded) {
        this.properties = properties;
        this.embedded = embedded;
    }

    /** Reads {@code datasources.default.url} / {@code suture.db.url} from system properties and environment. */
    public static DatabaseLauncher fromEnvironment() {
        String url = firstSet(System.getProperty("datasources.default.url"), System.getenv("DATASOURCES_DEFAULT_URL"),
                System.getProperty("suture.db.url"), System.getenv("SUTURE_DB_URL"));
        if (url != null) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("datasources.default.url", url);
            String user = firstSet(System.getProperty("datasources.default.username"),
                    System.getenv("DATASOURCES_DEFAULT_USERNAME"), System.getProperty("suture.db.username"),
                    System.getenv("SUTURE_DB_USERNAME"));
            String password = firstSet(System.getProperty("datasources.default.password"),
                    System.getenv("DATASOURCES_DEFAULT_PASSWORD"), System.getProperty("suture.db.password"),
                    System.getenv("SUTURE_DB_PASSWORD"));
            props.put("datasources.default.username", user == null ? "postgres" : user);
            props.put("datasources.default.password", password == null ? "" : password);
            LOG.info("Using PostgreSQL at {}", url);
            return new DatabaseLauncher(props, null);
        }
        return startEmbedded(dataDirectory());
    }

    static Path dataDirectory() {
        String dir = firstSet(System.getProperty("suture.data-dir"), System.getenv("SUTURE_DATA_DIR"));
        return dir != null ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".suture");
    }

    /** Starts (or restarts on its existing data) an embedded PostgreSQL under {@code dataDir/postgres}. */
    public static DatabaseLauncher startEmbedded(Path dataDir) {
        Path pgData = dataDir.resolve("postgres");
        try {
            Files.createDirectories(pgData);
            LOG.info("No database configured (SUTURE_DB_URL): starting embedded PostgreSQL with data in {}", pgData);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .start();
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("datasources.default.url", pg.getJdbcUrl("postgres", "postgres"));
            props.put("datasources.default.username", "postgres");
            props.put("datasources.default.password", "");
            return new DatabaseLauncher(props, pg);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + pgData
                    + "; set SUTURE_DB_URL to use an existing PostgreSQL instead", e);
        }
    }

    public Map<String, Object> datasourceProperties() {
        return properties;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /**
     * Stops the embedded PostgreSQL when the JVM exits. Registered right after PostgreSQL starts, before the
     * server does: the server announces that it listens (and can get a SIGTERM) before {@code Micronaut.start()}
     * returns, and a hook registered only after that return left PostgreSQL running after a SIGTERM in between.
     * Once the context is known ({@link #attach}, at its start), the hook waits for Micronaut's own hook to stop
     * it (at most two minutes, the grace period of requests in flight included) so the pool closes first; it
     * never stops the context itself, which deadlocks the two hooks.
     */
    public void stopAtExit() {
        if (embedded == null) {
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ApplicationContext running = context;
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
            while (running != null && running.isRunning() && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            close();
        }, "suture-embedded-postgres-stop"));
    }

    /** The context that uses this database; the exit hook lets it stop before PostgreSQL does. */
    void attach(ApplicationContext running) {
        this.context = running;
    }

    public void close() {
        if (embedded == null) {
            return;
        }
        try {
            embedded.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    private static String firstSet(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
