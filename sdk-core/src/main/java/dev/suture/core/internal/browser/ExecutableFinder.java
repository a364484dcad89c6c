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
 * A headless browser prefers Chromium's headless shell where one is installed (Playwright's
 * {@code chromium_headless_shell}, Debian's {@code chromium-headless-shell}), as Playwright itself does: the full
 * browser in headless mode costs about three times the CPU per fresh context and page. Playwright is never allowed
 * to download a browser.
 */
final class ExecutableFinder {
  private static final List<String> SYSTEM_NAMES = List.of("chromium", "chromium-browser", "google-chrome",
      "google-chrome-stable");
  private static final List<String> HEADLESS_SHELL_NAMES = List.of("chromium-headless-shell", "chrome-headless-shell");
  private static final List<String> PLAYWRIGHT_CHROMIUM_FILES = List.of("chrome-linux64/chrome", "chrome-linux/chrome",
      "chrome-mac/Chromium.app/Contents/MacOS/Chromium", "chrome-win/chrome.exe");
  private static final List<String> PLAYWRIGHT_HEADLESS_SHELL_FILES = List.of(
      "chrome-headless-shell-linux64/chrome-headless-shell", "chrome-linux/headless_shell", "chrome-mac/headless_shell",
      "chrome-win/headless_shell.exe");
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

  /** The Chromium binary to launch, for a configured executable or none; a headless one may be the headless shell. */
  Path chromium(Path configured, boolean headless) {
    if (configured != null) {
      if (!Files.isExecutable(configured)) {
        throw new BrowserLaunchException(SutureConfig.BROWSER_EXECUTABLE + " is " + configured
            + ", which is not an executable file. Point it at a Chromium or Chrome binary.", null);
      }
      return configured;
    }
    Optional<Path> headlessShell = headless
        ? playwrightBuild("chromium_headless_shell-\\d+", PLAYWRIGHT_HEADLESS_SHELL_FILES)
            .or(() -> system(HEADLESS_SHELL_NAMES, fallback.resolveSibling(HEADLESS_SHELL_NAMES.get(0))))
        : Optional.empty();
    return headlessShell.or(() -> playwrightBuild("chromium-\\d+", PLAYWRIGHT_CHROMIUM_FILES))
        .or(() -> system(SYSTEM_NAMES, fallback)).orElseThrow(() -> new BrowserLaunchException(
        "No Chromium found. Provide one of:\n"
            + "  1. " + SutureConfig.BROWSER_EXECUTABLE + "=/path/to/chromium (system property, or the"
            + " environment variable SUTURE_BROWSER_EXECUTABLE);\n"
            + "  2. Playwright's own browser, installed with: mvn exec:java -Dexec.mainClass=com.microsoft.playwright.CLI"
            + " -Dexec.args=\"install chromium\" (into " + playwrightBrowsers + ");\n"
            + "  3. a system Chromium on the PATH or at " + fallback
            + " (Debian and Ubuntu: apt-get install -y chromium).", null));
  }

  /** The newest of Playwright's installed builds whose directory matches, at the first of the files it has. */
  private Optional<Path> playwrightBuild(String directoryPattern, List<String> files) {
    if (!Files.isDirectory(playwrightBrowsers)) {
      return Optional.empty();
    }
    try (Stream<Path> builds = Files.list(playwrightBrowsers)) {
      return builds
          .filter(dir -> dir.getFileName().toString().matches(directoryPattern))
          .sorted((a, b) -> b.getFileName().toString().compareTo(a.getFileName().toString()))
          .flatMap(dir -> files.stream().map(dir::resolve))
          .filter(Files::isExecutable)
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The first of the names found on the PATH, else the fallback path if it is executable. */
  private Optional<Path> system(List<String> names, Path fallbackPath) {
    for (String dir : pathVariable.split(java.io.File.pathSeparator)) {
      if (dir.isBlank()) {
        continue;
      }
      for (String name : names) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Files.isExecutable(fallbackPath) ? Optional.of(fallbackPath) : Optional.empty();
  }
}
