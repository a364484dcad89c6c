package dev.suture.core;

import java.nio.file.Path;
import java.util.List;

/**
 * How Suture obtains a browser. Read from {@code suture.browser.*}; see {@link SutureConfig}.
 *
 * @param name       the Playwright browser type: {@code chromium} (default), {@code firefox} or {@code webkit}
 * @param executable the browser binary to launch, or null to find one (Playwright's own browser when installed,
 *                   else a Chromium on the {@code PATH} or at {@code /usr/bin/chromium})
 * @param headless   whether to run without a window
 * @param args       extra command-line arguments for the browser
 * @param wsEndpoint a remote Playwright browser server to connect to instead of launching a browser, or null
 */
public record BrowserConfig(String name, Path executable, boolean headless, List<String> args, String wsEndpoint) {
  public BrowserConfig {
    args = List.copyOf(args);
  }
}
