package dev.suture.core;

import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Suture's configuration for browser tests, read once from {@link Settings} and immutable afterwards.
 *
 * <table>
 *   <caption>Keys</caption>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@value #BROWSER_NAME}</td><td>chromium</td><td>chromium, firefox or webkit</td></tr>
 *   <tr><td>{@value #BROWSER_EXECUTABLE}</td><td>found</td><td>browser binary to launch</td></tr>
 *   <tr><td>{@value #BROWSER_HEADLESS}</td><td>true</td><td>run without a window</td></tr>
 *   <tr><td>{@value #BROWSER_ARGS}</td><td>none</td><td>extra browser arguments, separated by spaces or commas</td></tr>
 *   <tr><td>{@value #BROWSER_WS_ENDPOINT}</td><td>none</td><td>connect to a remote Playwright browser server</td></tr>
 *   <tr><td>{@value #BASE_URL}</td><td>none</td><td>base URL that relative navigations resolve against</td></tr>
 *   <tr><td>{@value #VIEWPORT}</td><td>1280x720</td><td>viewport, WIDTHxHEIGHT</td></tr>
 *   <tr><td>{@value #TRACE_MODE}</td><td>on-failure</td><td>off, on-failure or always</td></tr>
 *   <tr><td>{@value #TRACE_SNAPSHOTS}</td><td>false</td><td>DOM snapshots around every action in the trace</td></tr>
 *   <tr><td>{@value #SCREENSHOT_MODE}</td><td>on-failure</td><td>off, on-failure or always</td></tr>
 *   <tr><td>{@value #OUTPUT_DIR}</td><td>target/suture</td><td>where results, reports and artifacts go</td></tr>
 *   <tr><td>{@value #ACTION_TIMEOUT}</td><td>30000</td><td>milliseconds an action waits for its element</td></tr>
 *   <tr><td>{@value #NAVIGATION_TIMEOUT}</td><td>30000</td><td>milliseconds a navigation may take</td></tr>
 * </table>
 *
 * @param browser             how the browser is obtained
 * @param baseUrl             base URL for relative navigations, or null
 * @param viewport            the viewport of every new page
 * @param traceMode           when a Playwright trace is kept
 * @param traceSnapshots      whether traces hold DOM snapshots around every action (the trace viewer's page view);
 *                            they cost every traced test, passing or not, 3–8% of its time
 * @param screenshotMode      when a full-page screenshot is kept
 * @param outputDir           where results, reports and artifacts are written
 * @param actionTimeoutMs     default timeout of actions, in milliseconds
 * @param navigationTimeoutMs default timeout of navigations, in milliseconds
 */
public record SutureConfig(BrowserConfig browser, String baseUrl, Viewport viewport, CaptureMode traceMode,
                           boolean traceSnapshots, CaptureMode screenshotMode, Path outputDir, int actionTimeoutMs,
                           int navigationTimeoutMs) {
  public static final String BROWSER_NAME = "suture.browser.name";
  public static final String BROWSER_EXECUTABLE = "suture.browser.executable";
  public static final String BROWSER_HEADLESS = "suture.browser.headless";
  public static final String BROWSER_ARGS = "suture.browser.args";
  public static final String BROWSER_WS_ENDPOINT = "suture.browser.ws-endpoint";
  public static final String BASE_URL = "suture.base-url";
  public static final String VIEWPORT = "suture.browser.viewport";
  public static final String TRACE_MODE = "suture.trace.mode";
  public static final String TRACE_SNAPSHOTS = "suture.trace.snapshots";
  public static final String SCREENSHOT_MODE = "suture.screenshot.mode";
  public static final String OUTPUT_DIR = "suture.output.dir";
  public static final String ACTION_TIMEOUT = "suture.timeout.action";
  public static final String NAVIGATION_TIMEOUT = "suture.timeout.navigation";

  private static final List<String> BROWSER_NAMES = List.of("chromium", "firefox", "webkit");

  /** Reads the configuration from the environment (see {@link Settings}) under the given overrides. */
  public static SutureConfig load(Map<String, String> overrides) {
    return from(Settings.load(overrides));
  }

  /** Reads the configuration from the given settings, failing fast on the first invalid value. */
  public static SutureConfig from(Settings settings) {
    BrowserConfig browser = new BrowserConfig(
        settings.parsed(BROWSER_NAME, "chromium", String.join(", ", BROWSER_NAMES),
            value -> BROWSER_NAMES.contains(value) ? value : null),
        settings.parsed(BROWSER_EXECUTABLE, null, "a path to a browser binary", SutureConfig::path),
        settings.bool(BROWSER_HEADLESS, true),
        settings.get(BROWSER_ARGS).map(SutureConfig::splitArgs).orElse(List.of()),
        settings.parsed(BROWSER_WS_ENDPOINT, null, "a ws:// or wss:// URL",
            value -> value.startsWith("ws://") || value.startsWith("wss://") ? value : null));
    return new SutureConfig(
        browser,
        settings.parsed(BASE_URL, null, "an absolute http:// or https:// URL", SutureConfig::httpUrl),
        settings.parsed(VIEWPORT, new Viewport(1280, 720), "WIDTHxHEIGHT, for example 1280x720",
            SutureConfig::viewport),
        settings.parsed(TRACE_MODE, CaptureMode.ON_FAILURE, CaptureMode.allowed(), CaptureMode::parse),
        settings.bool(TRACE_SNAPSHOTS, false),
        settings.parsed(SCREENSHOT_MODE, CaptureMode.ON_FAILURE, CaptureMode.allowed(), CaptureMode::parse),
        settings.parsed(OUTPUT_DIR, Path.of("target", "suture"), "a directory path", SutureConfig::path),
        settings.integer(ACTION_TIMEOUT, 30_000, 1),
        settings.integer(NAVIGATION_TIMEOUT, 30_000, 1));
  }

  private static List<String> splitArgs(String value) {
    return Arrays.stream(value.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
  }

  private static Path path(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private static String httpUrl(String value) {
    try {
      URI uri = URI.create(value);
      boolean http = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
      return http && uri.getHost() != null ? value : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Viewport viewport(String value) {
    String[] parts = value.toLowerCase(java.util.Locale.ROOT).split("x");
    if (parts.length != 2) {
      return null;
    }
    try {
      int width = Integer.parseInt(parts[0].trim());
      int height = Integer.parseInt(parts[1].trim());
      return width > 0 && height > 0 ? new Viewport(width, height) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
