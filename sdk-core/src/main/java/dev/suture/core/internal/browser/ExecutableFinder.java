package dev.suture.core.internal.browser;

import dev.suture.core.BrowserLaunchException;
import dev.suture.core.SutureConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the Chromium to launch: the configured one, else Playwright's own when installed, else a system Chromium.
 * Playwright is never allowed to download a browser.
 */
final class ExecutableFinder {
  private static final List<String> SYSTEM_NAMES = List.of("chromium", "chromium-browser", "google-chrome",
      "google-chrome-stable");
  private static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");

  private final String pathVariable;
  private final Path playwrightBrowsers;
  private final Path fallback;

  ExecutableFinder(String pathVariable, Path playwrightBrowsers, Path fallback) {
    this.pathVariable = pathVariable == null ? "" : pathVariable;
    this.playwrightBrowsers = playwrightBrowsers;
    this.fallback = fallback;
  }

  static ExecutableFinder fromEnvironment() {
    String browsersPath = System.getenv("PLAYWRIGHT_BROWSERS_PATH");
    Path browsers = browsersPath != null && !browsersPath.isBlank() && !"0".equals(browsersPath)
        ? Path.of(browsersPath)
        : Path.of(System.getProperty("user.home"), ".cache", "ms-playwright");
    return new ExecutableFinder(System.getenv("PATH"), browsers, DEBIAN_CHROMIUM);
  }

  /** The Chromium binary to launch, for a configured executable or none. */
  Path chromium(Path configured) {
    if (configured != null) {
      if (!Files.isExecutable(configured)) {
        throw new BrowserLaunchException(SutureConfig.BROWSER_EXECUTABLE + " is " + configured
            + ", which is not an executable file. Point it at a Chromium or Chrome binary.", null);
      }
      return configured;
    }
    return playwrightChromium().or(this::systemChromium).orElseThrow(() -> new BrowserLaunchException(
        "No Chromium found. Provide one of:\n"
            + "  1. " + SutureConfig.BROWSER_EXECUTABLE + "=/path/to/chromium (system property, or the"
            + " environment variable SUTURE_BROWSER_EXECUTABLE);\n"
            + "  2. Playwright's own browser, installed with: mvn exec:java -Dexec.mainClass=com.microsoft.playwright.CLI"
            + " -Dexec.args=\"install chromium\" (into " + playwrightBrowsers + ");\n"
            + "  3. a system Chromium on the PATH or at " + fallback
            + " (Debian and Ubuntu: apt-get install -y chromium).", null));
  }

  private Optional<Path> playwrightChromium() {
    if (!Files.isDirectory(playwrightBrowsers)) {
      return Optional.empty();
    }
    try (Stream<Path> builds = Files.list(playwrightBrowsers)) {
      return builds
          .filter(dir -> dir.getFileName().toString().matches("chromium-\\d+"))
          .sorted((a, b) -> b.getFileName().toString().compareTo(a.getFileName().toString()))
          .flatMap(dir -> Stream.of(dir.resolve("chrome-linux64/chrome"), dir.resolve("chrome-linux/chrome"),
              dir.resolve("chrome-mac/Chromium.app/Contents/MacOS/Chromium"), dir.resolve("chrome-win/chrome.exe")))
          .filter(Files::isExecutable)
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private Optional<Path> systemChromium() {
    for (String dir : pathVariable.split(java.io.File.pathSeparator)) {
      if (dir.isBlank()) {
        continue;
      }
      for (String name : SYSTEM_NAMES) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Files.isExecutable(fallback) ? Optional.of(fallback) : Optional.empty();
  }
}
