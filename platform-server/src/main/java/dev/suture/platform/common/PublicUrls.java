package dev.suture.platform.common;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/**
 * The server's address as clients should use it in links: {@code suture.public-url} when set (behind a proxy),
 * else the scheme and Host header of the request being answered.
 */
@Singleton
public class PublicUrls {

    private final String configured;

    PublicUrls(@Value("${suture.public-url:}") String configured) {
        this.configured = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }

    public String base(HttpRequest<?> request) {
        if (!configured.isBlank()) {
            return configured;
        }
        String host = request.getHeaders().get("Host");
        if (host == null || host.isBlank() || !host.matches("[A-Za-z0-9.:\\[\\]-]{1,255}")) {
            host = request.getServerAddress().getHostString() + ":" + request.getServerAddress().getPort();
        }
        return (request.isSecure() ? "https://" : "http://") + host;
    }
}
