package dev.suture.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The server as {@code java -jar} runs it ({@code Application.main}, in its own JVM) on the embedded PostgreSQL:
 * a SIGTERM sent as soon as it says it listens (before {@code Micronaut.start()} has returned, where the stop hook
 * used to be registered too late) ends the JVM promptly and stops PostgreSQL with it.
 */
class EmbeddedShutdownIT {

    @Test
    void sigtermAsSoonAsItListensStopsTheServerAndItsPostgres() throws Exception {
        Path dataDir = Files.createTempDirectory("suture-sigterm");
        Path log = dataDir.resolve("server.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "-Xmx512m",
                dev.suture.platform.Application.class.getName()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SUTURE_DATA_DIR", dataDir.toString());
        builder.environment().put("SUTURE_PORT", "-1");
        builder.environment().remove("SUTURE_DB_URL");
        Process server = builder.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (!Files.readString(log).contains("listening on") && System.nanoTime() < deadline) {
                assertThat(server.isAlive()).as("the server died while starting: %s", tail(log)).isTrue();
                Thread.sleep(50);
            }
            assertThat(Files.readString(log)).as("the server did not start").contains("listening on");
            assertThat(postgresOf(dataDir)).as("PostgreSQL runs on the data directory").isNotEmpty();

            server.destroy(); // SIGTERM
            assertThat(server.waitFor(150, TimeUnit.SECONDS)).as("the JVM ends after SIGTERM: %s", tail(log))
                    .isTrue();
            long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!postgresOf(dataDir).isEmpty() && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            assertThat(postgresOf(dataDir)).as("no PostgreSQL process is left on the data directory").isEmpty();
            assertThat(dataDir.resolve("postgres/postmaster.pid")).doesNotExist();
        } finally {
            server.destroyForcibly();
            postgresOf(dataDir).forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** The PostgreSQL processes started on this data directory (found by their command line). */
    private static List<ProcessHandle> postgresOf(Path dataDir) {
        String pgData = dataDir.resolve("postgres").toString();
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().map(c -> c.contains("postgres")
                && c.contains(pgData)).orElse(false)).toList();
    }

    private static String tail(Path log) throws IOException {
        String text = Files.readString(log);
        return text.substring(Math.max(0, text.length() - 3000));
    }
}
