package dev.suture.platform.ai;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.suture.core.BrowserConfig;
import dev.suture.core.BrowserLease;
import dev.suture.core.BrowserRuntime;
import dev.suture.platform.common.ProblemException;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The headless Chromium of the AI endpoints that need a live page, through sdk-core's {@link BrowserRuntime}:
 * started on first use (a server that never generates a test never starts a browser), each request in a fresh
 * browser context, at most {@code suture.ai.max-pages} pages at once (a page costs about 600 MB), closed with the
 * server.
 */
@Singleton
class AiBrowser implements AutoCloseable {

    private final BrowserConfig browserConfig;
    private final AiConfig config;
    private final Semaphore pages;
    private BrowserRuntime runtime;

    AiBrowser(AiConfig config, @Value("${suture.browser.executable:}") String executable,
              @Value("${suture.ai.max-pages:2}") int maxPages) {
        this.config = config;
        this.browserConfig = new BrowserConfig("chromium", executable.isBlank() ? null : Path.of(executable), true,
                List.of(), null);
        this.pages = new Semaphore(Math.max(1, maxPages), true);
    }

    /** Runs {@code work} on a new page of its own browser context; the context is closed afterwards. */
    <T> T withPage(Function<Page, T> work) {
        try {
            if (!pages.tryAcquire(config.pageTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "ai-busy", "Every AI browser page is "
                        + "in use (suture.ai.max-pages); retry in a few seconds", List.of(), 5L);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "ai-busy", "Interrupted while waiting for "
                    + "a browser page", List.of(), 5L);
        }
        try (BrowserLease lease = runtime().lease();
             BrowserContext context = lease.browser().newContext()) {
            Page page = context.newPage();
            page.setDefaultTimeout(config.pageTimeout().toMillis());
            page.setDefaultNavigationTimeout(config.pageTimeout().toMillis());
            return work.apply(page);
        } finally {
            pages.release();
        }
    }

    private synchronized BrowserRuntime runtime() {
        if (runtime == null) {
            runtime = BrowserRuntime.start(browserConfig);
        }
        return runtime;
    }

    @Override
    @PreDestroy
    public synchronized void close() {
        if (runtime != null) {
            runtime.close();
            runtime = null;
        }
    }
}
