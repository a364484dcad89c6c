package dev.suture.platform.support;

import dev.suture.platform.db.DatabaseLauncher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One fresh database per test JVM: {@code suture_test_<random>} on the PostgreSQL at 127.0.0.1:5432 when it
 * answers (dropped when the JVM ends), else an embedded PostgreSQL in a temporary directory. Set
 * {@code -Dsuture.test.embedded=true} to force the embedded path.
 */
public final class TestDatabase {

    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static TestDatabase instance;

    private final Map<String, String> properties;
    private final String kind;

    private TestDatabase(Map<String, String> properties, String kind) {
        this.properties = properties;
        this.kind = kind;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = Boolean.getBoolean("suture.test.embedded") || !localPostgresAnswers() ? embedded() : local();
        }
        return instance;
    }

    public Map<String, String> properties() {
        return properties;
    }

    public String kind() {
        return kind;
    }

    private static boolean localPostgresAnswers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static TestDatabase local() {
        String name = "suture_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + name
                + " WITH (FORCE)")));
        Map<String, String> props = new HashMap<>();
        props.put("datasources.default.url", "jdbc:postgresql://127.0.0.1:5432/" + name);
        props.put("datasources.default.username", "postgres");
        props.put("datasources.default.password", "");
        return new TestDatabase(props, "local PostgreSQL database " + name);
    }

    private static TestDatabase embedded() {
        try {
            DatabaseLauncher launcher = DatabaseLauncher.startEmbedded(Files.createTempDirectory("suture-test-pg"));
            Runtime.getRuntime().addShutdownHook(new Thread(launcher::close));
            Map<String, String> props = new HashMap<>();
            launcher.datasourceProperties().forEach((k, v) -> props.put(k, String.valueOf(v)));
            return new TestDatabase(props, "embedded PostgreSQL");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, "postgres", "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on " + ADMIN_URL, e);
        }
    }
}
