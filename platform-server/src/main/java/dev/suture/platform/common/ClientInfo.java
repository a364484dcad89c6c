package dev.suture.platform.common;

import io.micronaut.http.HttpRequest;

/** Where a request came from, as recorded in the audit trail and used for rate limits. */
public record ClientInfo(String ip, String userAgent) {

    static final String ATTRIBUTE = "suture.client";
    private static final int MAX_AGENT = 500;

    /** The client resolved by the request filter (which honours {@code suture.trust-forwarded-for}). */
    public static ClientInfo of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, ClientInfo.class).orElseGet(() -> resolve(request, false));
    }

    static ClientInfo resolve(HttpRequest<?> request, boolean trustForwardedFor) {
        String agent = request.getHeaders().get("User-Agent");
        if (agent != null && agent.length() > MAX_AGENT) {
            agent = agent.substring(0, MAX_AGENT);
        }
        String ip = null;
        if (trustForwardedFor) {
            String forwarded = request.getHeaders().get("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                ip = forwarded.split(",")[0].trim();
                if (ip.length() > 64) {
                    ip = ip.substring(0, 64);
                }
            }
        }
        if (ip == null || ip.isEmpty()) {
            ip = request.getRemoteAddress().getAddress() == null
                    ? request.getRemoteAddress().getHostString()
                    : request.getRemoteAddress().getAddress().getHostAddress();
        }
        return new ClientInfo(ip, agent);
    }
}
