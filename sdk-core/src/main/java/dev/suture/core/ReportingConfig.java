package dev.suture.core;

import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How a run is reported to the Suture platform, read once from {@link Settings}. Reporting is on only when both
 * {@value #SERVER_URL} and {@value #API_KEY} are set; otherwise nothing is written, sent or attempted.
 *
 * <table>
 *   <caption>Keys</caption>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@value #SERVER_URL}</td><td>none</td><td>the platform's base URL, for example https://suture.example.com</td></tr>
 *   <tr><td>{@value #API_KEY}</td><td>none</td><td>a project API key; it determines the project</td></tr>
 *   <tr><td>{@value #OUTBOX_DIR}</td><td>target/suture/outbox</td><td>where events wait until the platform has them</td></tr>
 *   <tr><td>{@value #FINISH_WAIT}</td><td>5000</td><td>milliseconds the end of a run waits for unsent events</td></tr>
 *   <tr><td>{@value #BATCH_SIZE}</td><td>200</td><td>events per request, 1 to 500</td></tr>
 *   <tr><td>{@value #UPLOAD_THREADS}</td><td>4</td><td>artifacts uploaded at once</td></tr>
 *   <tr><td>{@value #HTTP_TIMEOUT}</td><td>10000</td><td>milliseconds one request may take in all</td></tr>
 *   <tr><td>{@value #FSYNC}</td><td>sender</td><td>who forces events to disk: {@code sender} (in the background,
 *   before sending; a killed JVM loses nothing, a power loss at most the last milliseconds) or {@code test} (each
 *   test waits for its event's fsync)</td></tr>
 *   <tr><td>{@value #RUN_NAME}</td><td>the run's command</td><td>the run's name on the platform</td></tr>
 *   <tr><td>{@value #RUN_SUITE}</td><td>the test class</td><td>one suite name for every test of the run</td></tr>
 * </table>
 * CI metadata is detected and can be overridden with {@code suture.run.*}: see {@link CiInfo}.
 *
 * @param serverUrl     the platform's base URL without a trailing slash, or null when reporting is off
 * @param apiKey        the project API key, or null when reporting is off
 * @param outboxDir     the outbox's root directory
 * @param finishWait    how long the end of a run waits for the platform
 * @param batchSize     events per request
 * @param uploadThreads artifact uploads at once
 * @param httpTimeout   the time one request may take in all
 * @param fsyncEachEvent whether each test waits until its event is forced to disk
 * @param runName       the run's name, or null for the default
 * @param suite         one suite for every test, or null for a suite per test class
 */
public record ReportingConfig(String serverUrl, String apiKey, Path outboxDir, Duration finishWait, int batchSize,
                              int uploadThreads, Duration httpTimeout, boolean fsyncEachEvent,
                              String runName, String suite) {
  public static final String SERVER_URL = "suture.server.url";
  public static final String API_KEY = "suture.server.api-key";
  public static final String OUTBOX_DIR = "suture.reporting.outbox";
  public static final String FINISH_WAIT = "suture.reporting.finish-wait";
  public static final String BATCH_SIZE = "suture.reporting.batch-size";
  public static final String UPLOAD_THREADS = "suture.reporting.upload-threads";
  public static final String HTTP_TIMEOUT = "suture.reporting.http-timeout";
  public static final String FSYNC = "suture.reporting.fsync";
  public static final String RUN_NAME = "suture.run.name";
  public static final String RUN_SUITE = "suture.run.suite";

  /** The most events one request may carry, by the ingest contract. */
  public static final int MAX_BATCH = 500;

  /** Reads the reporting configuration, failing fast on an invalid value. */
  public static ReportingConfig from(Settings settings) {
    String url = settings.parsed(SERVER_URL, null, "an absolute http:// or https:// URL", ReportingConfig::httpUrl);
    String key = settings.get(API_KEY).map(String::trim).orElse(null);
    if ((url == null) != (key == null)) {
      // Half a configuration is a mistake, but reporting must never break a test run: say so and stay off.
      LoggerFactory.getLogger(ReportingConfig.class).warn(
          "Suture reporting is off: {} is set but {} is not. Set both to report runs to the platform.",
          url == null ? API_KEY : SERVER_URL, url == null ? SERVER_URL : API_KEY);
      url = null;
      key = null;
    }
    return new ReportingConfig(url, key,
        settings.parsed(OUTBOX_DIR, Path.of("target", "suture", "outbox"), "a directory path", ReportingConfig::path),
        Duration.ofMillis(settings.integer(FINISH_WAIT, 5_000, 0)),
        settings.parsed(BATCH_SIZE, 200, "a whole number from 1 to " + MAX_BATCH,
            value -> {
              try {
                int size = Integer.parseInt(value);
                return size >= 1 && size <= MAX_BATCH ? size : null;
              } catch (NumberFormatException e) {
                return null;
              }
            }),
        settings.integer(UPLOAD_THREADS, 4, 1),
        Duration.ofMillis(settings.integer(HTTP_TIMEOUT, 10_000, 100)),
        settings.parsed(FSYNC, false, "sender, test", value -> switch (value) {
          case "sender" -> Boolean.FALSE;
          case "test" -> Boolean.TRUE;
          default -> null;
        }),
        settings.get(RUN_NAME).orElse(null),
        settings.get(RUN_SUITE).orElse(null));
  }

  /** Whether runs are reported: both the server URL and the API key are set. */
  public boolean enabled() {
    return serverUrl != null && apiKey != null;
  }

  /** The API key is a secret: it never appears in logs or messages. */
  @Override
  public String toString() {
    return "ReportingConfig[serverUrl=" + serverUrl + ", apiKey=" + (apiKey == null ? "none" : "***")
        + ", outboxDir=" + outboxDir + ", finishWait=" + finishWait + ", batchSize=" + batchSize
        + ", uploadThreads=" + uploadThreads + ", httpTimeout=" + httpTimeout + ", fsyncEachEvent=" + fsyncEachEvent
        + ", runName=" + runName
        + ", suite=" + suite + "]";
  }

  private static String httpUrl(String value) {
    try {
      URI uri = URI.create(value);
      boolean http = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
      return http && uri.getHost() != null ? value.replaceAll("/+$", "") : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Path path(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      return null;
    }
  }
}
