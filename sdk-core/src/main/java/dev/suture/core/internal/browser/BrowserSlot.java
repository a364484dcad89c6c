package dev.suture.core.internal.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import dev.suture.core.BrowserConfig;
import dev.suture.core.BrowserLaunchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One Playwright driver with one browser: the unit that a lease hands out. */
final class BrowserSlot implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BrowserSlot.class);

  /** Flags that let Chromium start as root in a container and keep it off the network it does not need. */
  static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

  final Playwright playwright;
  final Browser browser;
  final ProtocolTap tap;

  private BrowserSlot(Playwright playwright, Browser browser, ProtocolTap tap) {
    this.playwright = playwright;
    this.browser = browser;
    this.tap = tap;
  }

  static BrowserSlot open(BrowserConfig config, ExecutableFinder finder) {
    // The driver must never try to download a browser: there may be no network, and the browser is ours to pick.
    Playwright playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    try {
      ProtocolTap tap = ProtocolTap.install(playwright);
      return new BrowserSlot(playwright, browser(playwright, config, finder), tap);
    } catch (RuntimeException e) {
      playwright.close();
      throw e;
    }
  }

  private static Browser browser(Playwright playwright, BrowserConfig config, ExecutableFinder finder) {
    BrowserType type = switch (config.name()) {
      case "firefox" -> playwright.firefox();
      case "webkit" -> playwright.webkit();
      default -> playwright.chromium();
    };
    if (config.wsEndpoint() != null) {
      try {
        return type.connect(config.wsEndpoint());
      } catch (PlaywrightException e) {
        throw new BrowserLaunchException("Cannot connect to the Playwright browser server at " + config.wsEndpoint()
            + " (suture.browser.ws-endpoint): " + firstLine(e) + ". Check that the server runs and that its"
            + " Playwright version matches 1.62.", e);
      }
    }
    BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(config.headless());
    List<String> args = new ArrayList<>();
    Path executable = config.executable();
    if ("chromium".equals(config.name())) {
      executable = finder.chromium(config.executable(), config.headless());
      args.addAll(CHROMIUM_ARGS);
    }
    args.addAll(config.args());
    options.setArgs(args);
    if (executable != null) {
      options.setExecutablePath(executable);
    }
    try {
      Browser browser = type.launch(options);
      LOG.debug("Launched {} {} from {}", config.name(), browser.version(), executable);
      return browser;
    } catch (PlaywrightException e) {
      throw new BrowserLaunchException("Cannot launch " + config.name()
          + (executable == null ? "" : " from " + executable) + ": " + firstLine(e)
          + ". Set suture.browser.executable to a working browser binary.", e);
    }
  }

  private static String firstLine(Exception e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  boolean usable() {
    return browser.isConnected();
  }

  @Override
  public void close() {
    tap.listen(ProtocolListener.NONE);
    try {
      playwright.close();
    } catch (RuntimeException e) {
      LOG.debug("Closing a Playwright driver failed", e);
    }
  }
}
