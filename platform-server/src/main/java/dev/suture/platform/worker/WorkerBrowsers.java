package dev.suture.platform.worker;

import dev.suture.core.BrowserConfig;
import dev.suture.core.BrowserLease;
import dev.suture.core.BrowserRuntime;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The worker's browsers: one SDK {@link BrowserRuntime} per browser type (the suite's {@code browser}), each a pool
 * that grows to the number of tests running at once and reuses idle browsers, exactly as JUnit runs do. With
 * {@code suture.browser.ws-endpoint} set, every lease connects to that remote browser server instead.
 */
@Singleton
class WorkerBrowsers {

    private final BrowserSettings settings;
    private final Map<String, BrowserRuntime> runtimes = new ConcurrentHashMap<>();

    WorkerBrowsers(BrowserSettings settings) {
        this.settings = settings;
    }

    /** A browser of the given type for one test; close the lease to hand it back. */
    BrowserLease lease(String browser) {
        return runtimes.computeIfAbsent(browser, name -> BrowserRuntime.start(new BrowserConfig(name,
                blank(settings.executable()) ? null : Path.of(settings.executable()), settings.headless(), List.of(),
                blank(settings.wsEndpoint()) ? null : settings.wsEndpoint()))).lease();
    }

    @PreDestroy
    void close() {
        runtimes.values().forEach(BrowserRuntime::close);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
