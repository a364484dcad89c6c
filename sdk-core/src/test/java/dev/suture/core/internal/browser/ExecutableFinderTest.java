package dev.suture.core.internal.browser;

import dev.suture.core.BrowserLaunchException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExecutableFinderTest {
  @TempDir
  Path dir;

  @Test
  void theConfiguredExecutableWinsAndMustExist() throws Exception {
    Path chrome = executable(dir.resolve("my-chrome"));
    ExecutableFinder finder = new ExecutableFinder("", dir.resolve("none"), dir.resolve("none"));

    assertThat(finder.chromium(chrome, true)).isEqualTo(chrome);
    assertThatThrownBy(() -> finder.chromium(dir.resolve("missing"), false))
        .isInstanceOf(BrowserLaunchException.class)
        .hasMessage("suture.browser.executable is " + dir.resolve("missing")
            + ", which is not an executable file. Point it at a Chromium or Chrome binary.");
  }

  @Test
  void playwrightsOwnBrowserComesBeforeTheSystemOne() throws Exception {
    Path own = executable(dir.resolve("browsers/chromium-1200/chrome-linux64/chrome"));
    Path system = executable(dir.resolve("bin/chromium"));

    assertThat(new ExecutableFinder(system.getParent().toString(), dir.resolve("browsers"), dir.resolve("none")).chromium(null, false))
        .isEqualTo(own);
    assertThat(new ExecutableFinder(system.getParent().toString(), dir.resolve("none"), dir.resolve("none")).chromium(null, false))
        .isEqualTo(system);
  }

  @Test
  void withNoBrowserAnywhereTheErrorListsAllThreeWays() {
    Path fallback = dir.resolve("usr/bin/chromium");
    ExecutableFinder finder = new ExecutableFinder(dir.toString(), dir.resolve("browsers"), fallback);

    assertThatThrownBy(() -> finder.chromium(null, false))
        .isInstanceOf(BrowserLaunchException.class)
        .hasMessageContaining("No Chromium found. Provide one of:")
        .hasMessageContaining("1. suture.browser.executable=/path/to/chromium")
        .hasMessageContaining("2. Playwright's own browser")
        .hasMessageContaining("3. a system Chromium on the PATH or at " + fallback);
  }

  @Test
  void theFallbackPathIsUsedWhenThePathHasNoChromium() throws Exception {
    Path fallback = executable(dir.resolve("usr/bin/chromium"));

    assertThat(new ExecutableFinder(dir.resolve("empty").toString(), dir.resolve("browsers"), fallback)
        .chromium(null, false)).isEqualTo(fallback);
  }

  @Test
  void aHeadlessBrowserIsTheHeadlessShellWhereOneIsInstalled() throws Exception {
    Path full = executable(dir.resolve("bin/chromium"));
    Path shell = executable(dir.resolve("bin/chromium-headless-shell"));
    Path ownShell = executable(dir.resolve("browsers/chromium_headless_shell-1200/chrome-linux/headless_shell"));
    ExecutableFinder system = new ExecutableFinder(full.getParent().toString(), dir.resolve("none"), dir.resolve("none"));

    assertThat(system.chromium(null, true)).isEqualTo(shell);
    assertThat(system.chromium(null, false)).isEqualTo(full);
    assertThat(new ExecutableFinder(full.getParent().toString(), dir.resolve("browsers"), dir.resolve("none"))
        .chromium(null, true)).isEqualTo(ownShell);
    assertThat(new ExecutableFinder("", dir.resolve("none"), full).chromium(null, true)).isEqualTo(shell);
  }

  private static Path executable(Path file) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "#!/bin/sh\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }
}
