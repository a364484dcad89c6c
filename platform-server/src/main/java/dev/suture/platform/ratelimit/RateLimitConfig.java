package dev.suture.platform.ratelimit;

import io.micronaut.context.annotation.ConfigurationProperties;

/** {@code suture.rate-limit.*}: requests a minute for the authentication endpoints and for the API. */
@ConfigurationProperties("suture.rate-limit")
public record RateLimitConfig(boolean enabled, int authPerMinute, int apiPerMinute) {
}
