package dev.suture.platform.worker;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/** The suite configuration an execution was started with ({@code test_executions.config.suite}); nulls: defaults. */
@Serdeable
record SuiteSettings(@Nullable String browser, @Nullable Viewport viewport, @Nullable Integer parallelism,
                     @Nullable Integer retries, @Nullable Map<String, String> environment, @Nullable String baseUrl) {

    @Serdeable
    record Viewport(int width, int height) {
    }

    String browserOrDefault() {
        return browser == null ? "chromium" : browser;
    }

    int retriesOrNone() {
        return retries == null ? 0 : retries;
    }

    Map<String, String> env() {
        return environment == null ? Map.of() : environment;
    }
}
