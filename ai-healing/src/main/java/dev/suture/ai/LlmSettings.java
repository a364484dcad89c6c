package dev.suture.ai;

import dev.suture.core.ConfigurationException;
import dev.suture.core.Settings;

import java.time.Duration;

/**
 * How to reach an OpenAI-compatible chat model (OpenAI, Azure OpenAI's compatible endpoint, Ollama, vLLM, LM Studio,
 * ...), read from {@code suture.ai.*}. The API key is never logged: {@link #toString()} masks it.
 *
 * <table>
 *   <caption>Keys</caption>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code suture.ai.base-url}</td><td>none (LLM off)</td><td>the API base, e.g.
 *       {@code https://api.openai.com/v1} or {@code http://localhost:11434/v1}</td></tr>
 *   <tr><td>{@code suture.ai.model}</td><td>{@code gpt-4o-mini}</td><td>the model name</td></tr>
 *   <tr><td>{@code suture.ai.api-key}</td><td>none</td><td>the key (a local server may need none)</td></tr>
 *   <tr><td>{@code suture.ai.timeout-ms}</td><td>{@code 30000}</td><td>per request</td></tr>
 *   <tr><td>{@code suture.ai.max-retries}</td><td>{@code 2}</td><td>retries of a failed request</td></tr>
 * </table>
 *
 * @param baseUrl    the API base URL, or null when no model is configured
 * @param model      the model name
 * @param apiKey     the API key, or null
 * @param timeout    the timeout of one request
 * @param maxRetries how often a failed request is retried
 */
public record LlmSettings(String baseUrl, String model, String apiKey, Duration timeout, int maxRetries) {
  public static final String BASE_URL = "suture.ai.base-url";
  public static final String MODEL = "suture.ai.model";
  public static final String API_KEY = "suture.ai.api-key";
  public static final String TIMEOUT_MS = "suture.ai.timeout-ms";
  public static final String MAX_RETRIES = "suture.ai.max-retries";

  public LlmSettings {
    if (baseUrl != null && !baseUrl.matches("https?://.+")) {
      throw new ConfigurationException(BASE_URL + " must be an http(s) URL such as https://api.openai.com/v1, not \""
          + baseUrl + "\"");
    }
    if (maxRetries < 0) {
      throw new ConfigurationException(MAX_RETRIES + " must be 0 or more, not " + maxRetries);
    }
  }

  /** Reads {@code suture.ai.*}; with no base URL, the result is not {@link #configured()}. */
  public static LlmSettings from(Settings settings) {
    String baseUrl = settings.get(BASE_URL).filter(s -> !s.isBlank()).orElse(null);
    return new LlmSettings(baseUrl, settings.string(MODEL, "gpt-4o-mini"),
        settings.get(API_KEY).filter(s -> !s.isBlank()).orElse(null),
        Duration.ofMillis(number(settings, TIMEOUT_MS, 30_000)), (int) number(settings, MAX_RETRIES, 2));
  }

  /** Whether a model is configured (a base URL is set). */
  public boolean configured() {
    return baseUrl != null;
  }

  private static long number(Settings settings, String key, long defaultValue) {
    String value = settings.string(key, String.valueOf(defaultValue)).trim();
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new ConfigurationException(key + " must be a whole number, not \"" + value + "\" (from "
          + settings.sourceOf(key) + ")");
    }
  }

  @Override
  public String toString() {
    return "LlmSettings[baseUrl=" + baseUrl + ", model=" + model + ", apiKey=" + (apiKey == null ? "none" : "***")
        + ", timeout=" + timeout + ", maxRetries=" + maxRetries + "]";
  }
}
