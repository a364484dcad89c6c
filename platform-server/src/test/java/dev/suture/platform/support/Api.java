package dev.suture.platform.support;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A plain JDK HTTP client over a real socket to the server under test; never throws on 4xx/5xx. */
public final class Api {

    private final URI base;
    private final JsonMapper json;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public Api(URI base, JsonMapper json) {
        this.base = base;
        this.json = json;
    }

    public record Res(int status, HttpResponse<String> raw, Map<String, Object> body, List<Object> list) {

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String text() {
            return raw.body();
        }

        public String str(String key) {
            Object v = body.get(key);
            return v == null ? null : v.toString();
        }
    }

    public Res send(String method, String path, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            if (headers[i + 1] != null) {
                b.header(headers[i], headers[i + 1]);
            }
        }
        boolean typed = false;
        for (int i = 0; i + 1 < headers.length; i += 2) {
            typed |= headers[i].equalsIgnoreCase("Content-Type") && headers[i + 1] != null;
        }
        if (body != null) {
            if (!typed) {
                b.header("Content-Type", "application/json");
            }
            b.method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, Object> map = Map.of();
            List<Object> list = List.of();
            String text = r.body();
            if (text != null && text.startsWith("{")) {
                map = json.readValue(text, Argument.mapOf(String.class, Object.class));
            } else if (text != null && text.startsWith("[")) {
                list = json.readValue(text, Argument.listOf(Object.class));
            }
            return new Res(r.statusCode(), r, map, list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Res get(String path, String token) {
        return send("GET", path, null, "Authorization", token == null ? null : "Bearer " + token);
    }

    public Res post(String path, String body, String token) {
        return send("POST", path, body, "Authorization", token == null ? null : "Bearer " + token);
    }

    public Res put(String path, String body, String token) {
        return send("PUT", path, body, "Authorization", token == null ? null : "Bearer " + token);
    }

    public Res delete(String path, String token) {
        return send("DELETE", path, null, "Authorization", token == null ? null : "Bearer " + token);
    }

    public String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
