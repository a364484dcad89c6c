package dev.suture.benchmarks;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs the same test methods as hand-written Playwright code would: one Playwright driver and one browser per pass,
 * a fresh context and page per test, the method called directly with that page. No JUnit, no Suture.
 */
final class PlainSide {
  /** The flags Suture launches Chromium with (sdk-core's BrowserSlot), so both sides run the same browser. */
  static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

  private PlainSide() {
  }

  /** Runs every scenario once and returns the wall-clock milliseconds; throws on the first failing test. */
  static long run(List<SampleScenarios.Scenario> scenarios, Path chromium, String baseUrl, int width, int height)
      throws Exception {
    long start = System.nanoTime();
    try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
      Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
          .setExecutablePath(chromium).setHeadless(true).setArgs(CHROMIUM_ARGS));
      for (SampleScenarios.Scenario scenario : scenarios) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
            .setBaseURL(baseUrl).setViewportSize(width, height))) {
          Page page = context.newPage();
          invoke(scenario, page);
        }
      }
      browser.close();
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static void invoke(SampleScenarios.Scenario scenario, Page page) throws Exception {
    Constructor<?> constructor = scenario.testClass().getDeclaredConstructor();
    constructor.setAccessible(true);
    Object instance = constructor.newInstance();
    scenario.method().setAccessible(true);
    try {
      scenario.method().invoke(instance, page);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("Plain Playwright: " + scenario.name() + " failed; a failing run is no"
          + " measurement.", e.getCause());
    }
  }
}
