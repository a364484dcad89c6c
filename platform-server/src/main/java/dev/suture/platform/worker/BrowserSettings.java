package dev.suture.platform.worker;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code suture.browser.*}: where the worker's browsers come from (the same keys as the SDK's).
 *
 * @param wsEndpoint a remote Playwright browser server ({@code ws://host:port/...}, started with
 *                   {@code npx playwright launch-server} or {@code BrowserType.launchServer}); empty: launch locally
 * @param executable the browser binary to launch; empty: Playwright's own browser, else a Chromium on the PATH
 * @param headless   whether local browsers run without a window
 */
@ConfigurationProperties("suture.browser")
public record BrowserSettings(@Nullable String wsEndpoint, @Nullable String executable,
                              @Bindable(defaultValue = "true") boolean headless) {
}
