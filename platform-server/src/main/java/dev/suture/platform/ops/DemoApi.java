package dev.suture.platform.ops;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The demo's client of the server's own public API (so the demo data is exactly what a client would create). */
final class DemoApi {

    private final String url;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private String token;

    DemoApi(String url, JsonMapper json) {
        this.url = url;
        this.json = json;
    }

    void signIn(String email, String password) throws IOException, InterruptedException {
        token = String.valueOf(call("POST", "/api/auth/login", Map.of("email", email, "password", password))
                .get("accessToken"));
    }

    List<Map<String, Object>> list(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = send("GET", path, null);
        requireOk("GET", path, r);
        String body = r.body();
        if (body.startsWith("{")) { // a page: {items, page, size, total}
            return json.readValue(json.writeValueAsString(json.readValue(body, Argument.mapOf(String.class,
                    Object.class)).get("items")), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        }
        return json.readValue(body, Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    /** Calls the API; a 409 (already there from an earlier demo start) answers an empty map. */
    Map<String, Object> call(String method, String path, Object body) throws IOException, InterruptedException {
        HttpResponse<String> r = send(method, path, body == null ? null : json.writeValueAsString(body));
        if (r.statusCode() == 409) {
            return Map.of();
        }
        requireOk(method, path, r);
        return r.body().startsWith("{") ? json.readValue(r.body(), Argument.mapOf(String.class, Object.class))
                : Map.of();
    }

    private static void requireOk(String method, String path, HttpResponse<String> r) {
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    private HttpResponse<String> send(String method, String path, String body) throws IOException,
            InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
