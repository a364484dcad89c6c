package dev.suture.platform.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real local S3 server for the tests: the npm package {@code s3rver} (version {@link #VERSION}), installed on
 * first use into {@code target/s3rver} with {@code npm install} and started once per test JVM as a node process on
 * a free port (it prints the port it bound), with one bucket, {@link #BUCKET}. The process ends with the JVM.
 * Needs {@code node} and {@code npm} on the PATH (and the npm registry for the first install).
 */
public final class S3rver {

    public static final String VERSION = "3.7.1";
    public static final String BUCKET = "suture-test";
    /** s3rver's built-in account. */
    public static final String ACCESS_KEY = "S3RVER";
    public static final String SECRET_KEY = "S3RVER";

    private static final Path HOME = Path.of("target", "s3rver").toAbsolutePath();
    private static final Pattern LISTENING = Pattern.compile("S3rver listening on [^:\\s]+:(\\d+)");
    private static S3rver instance;

    private final String endpoint;
    private final Path dataDir;

    private S3rver(String endpoint, Path dataDir) {
        this.endpoint = endpoint;
        this.dataDir = dataDir;
    }

    public static synchronized S3rver get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String endpoint() {
        return endpoint;
    }

    /** Where s3rver keeps the bucket's objects on disk (one directory per bucket). */
    public Path dataDir() {
        return dataDir;
    }

    /** The server properties that select the S3 backend on this server. */
    public Map<String, String> serverProperties() {
        return Map.of("suture.storage.backend", "s3", "suture.storage.s3.endpoint", endpoint,
                "suture.storage.s3.bucket", BUCKET, "suture.storage.s3.access-key", ACCESS_KEY,
                "suture.storage.s3.secret-key", SECRET_KEY, "suture.storage.s3.prefix", "blobs/");
    }

    private static S3rver start() {
        try {
            Path script = install();
            Path data = Files.createTempDirectory("suture-s3rver");
            Path log = Files.createTempFile("suture-s3rver", ".log");
            Process process = new ProcessBuilder("node", script.toString(), "-d", data.toString(), "-a", "127.0.0.1",
                    "-p", "0", "--no-vhost-buckets", "--configure-bucket", BUCKET)
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (Instant.now().isBefore(deadline)) {
                Matcher m = LISTENING.matcher(Files.readString(log, StandardCharsets.UTF_8));
                if (m.find()) {
                    return new S3rver("http://127.0.0.1:" + m.group(1), data);
                }
                if (!process.isAlive()) {
                    break;
                }
                Thread.sleep(100);
            }
            process.destroy();
            throw new IllegalStateException("s3rver did not start; its output:\n" + Files.readString(log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code npm install --prefix target/s3rver s3rver@3.7.1}, once per build directory. */
    private static Path install() throws IOException, InterruptedException {
        Path script = HOME.resolve("node_modules/s3rver/bin/s3rver.js");
        Path versionFile = HOME.resolve("node_modules/s3rver/package.json");
        if (Files.exists(script) && Files.readString(versionFile).contains("\"version\": \"" + VERSION + "\"")) {
            return script;
        }
        Files.createDirectories(HOME);
        Path log = HOME.resolve("npm-install.log");
        Process npm = new ProcessBuilder(List.of("npm", "install", "--prefix", HOME.toString(), "--no-audit",
                "--no-fund", "--no-save", "--loglevel=error", "s3rver@" + VERSION))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0 || !Files.exists(script)) {
            npm.destroyForcibly();
            throw new IllegalStateException("npm install s3rver@" + VERSION + " failed (node and npm must be on the "
                    + "PATH); its output:\n" + Files.readString(log));
        }
        return script;
    }
}
