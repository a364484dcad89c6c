package dev.suture.platform.ai;

import dev.suture.ai.LlmSettings;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;

/**
 * {@code suture.ai.*}: the model behind the AI endpoints (none by default: everything runs offline) and the
 * per-project hourly quota. The model keys are the same ones the SDK reads ({@link LlmSettings}).
 *
 * @param baseUrl         an OpenAI-compatible API base ({@code https://api.openai.com/v1}); empty: offline only
 * @param model           the model name
 * @param apiKey          the model's API key; empty for a local server that needs none
 * @param timeout         the timeout of one model request
 * @param maxRetries      retries of a failed model request
 * @param requestsPerHour AI requests one project may make in a clock hour
 * @param pageTimeout     how long a page of generate-test or fix-locator may take to load or act
 */
@ConfigurationProperties("suture.ai")
public record AiConfig(@Nullable String baseUrl, String model, @Nullable String apiKey, Duration timeout,
                       int maxRetries, int requestsPerHour, Duration pageTimeout) {

    /** The model settings for ai-healing; not {@link LlmSettings#configured()} when no base URL is set. */
    LlmSettings llm() {
        String url = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.trim();
        return new LlmSettings(url, model, apiKey == null || apiKey.isBlank() ? null : apiKey, timeout, maxRetries);
    }
}
