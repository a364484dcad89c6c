package dev.suture.platform.common;

import io.micronaut.http.HttpRequest;
import java.util.UUID;
import java.util.regex.Pattern;

/** The request id: the client's {@code X-Request-Id} when it is sane, a fresh UUID otherwise. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String ATTRIBUTE = "suture.requestId";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {
    }

    static String resolve(HttpRequest<?> request) {
        String sent = request.getHeaders().get(HEADER);
        String id = sent != null && SAFE.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }

    public static String of(HttpRequest<?> request) {
        if (request == null) {
            return null;
        }
        return request.getAttribute(ATTRIBUTE, String.class).orElse(null);
    }
}
