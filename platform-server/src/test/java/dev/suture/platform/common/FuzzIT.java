package dev.suture.platform.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suture.platform.support.Accounts;
import dev.suture.platform.support.Api;
import dev.suture.platform.support.DatabaseProperties;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Property-based robustness test: for every route the router knows, random and malformed bodies, headers,
 * path variables and query strings, as an anonymous caller and as a signed-in one. The property: no answer is a
 * 5xx and none carries a stack trace or a server class name. Generated from a seed that failures print
 * ({@code -Dsuture.fuzz.seed=...} replays it; {@code -Dsuture.fuzz.tries} sets the requests per route).
 */
@MicronautTest(transactional = false)
class FuzzIT extends DatabaseProperties {

    private static final String[] NASTY = {"", " ", "null", "-1", "0", "1e309", "NaN", "true", "[]", "{}", "../../etc",
        "%00", "' OR 1=1 --", "<script>", "\u0000", "\uD83D\uDE00", "00000000-0000-0000-0000-000000000000",
        "ffffffff-ffff-ffff-ffff-ffffffffffff", "x".repeat(3000), "9".repeat(40), "OWNER", "ADMIN", "EMPEROR"};

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    Router router;

    @Test
    void noRouteAnswers5xxOrLeaksInternals() {
        long seed = Long.getLong("suture.fuzz.seed", System.nanoTime());
        int tries = Integer.getInteger("suture.fuzz.tries", 12);
        Random random = new Random(seed);
        Api api = new Api(server.getURI(), json);
        Accounts.Account user = new Accounts(api).register("fuzz");
        String org = new Accounts(api).createOrg(user, "Fuzz org");
        TreeSet<String> routes = new TreeSet<>();
        router.uriRoutes().forEach(r -> routes.add(r.getHttpMethod() + " " + r.getUriMatchTemplate().toPathString()));
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (String route : routes) {
            String method = route.substring(0, route.indexOf(' '));
            String template = route.substring(route.indexOf(' ') + 1);
            for (int i = 0; i < tries; i++) {
                String path = template.replaceAll("\\{[^}]+}", pathValue(random, org));
                if (random.nextBoolean()) {
                    path += "?" + enc(word(random)) + "=" + enc(word(random)) + "&organizationId=" + enc(word(random))
                            + "&page=" + enc(word(random)) + "&size=" + enc(word(random));
                }
                String body = method.equals("GET") || method.equals("HEAD") || method.equals("DELETE")
                        ? null : body(random, 0);
                List<String> headers = new ArrayList<>();
                if (random.nextInt(3) > 0) {
                    headers.add("Authorization");
                    headers.add(random.nextBoolean() ? "Bearer " + user.token() : headerValue(random));
                }
                if (random.nextInt(4) == 0) {
                    headers.add("X-API-Key");
                    headers.add(headerValue(random));
                }
                if (random.nextInt(4) == 0) {
                    headers.add("X-Request-Id");
                    headers.add(headerValue(random));
                }
                Api.Res r;
                try {
                    r = sendRetryingStaleConnection(api, method, path, body, headers);
                } catch (java.io.UncheckedIOException e) {
                    failures.add(method + " " + abbreviate(path) + " (length " + path.length() + ") body="
                            + abbreviate(body) + " headers=" + headers + " -> no answer: " + e.getMessage());
                    continue;
                }
                sent++;
                String text = r.text() == null ? "" : r.text();
                // Prometheus text legitimately says exception="none"; it is checked for its status only.
                boolean checkText = !template.equals("/metrics");
                if (r.status() >= 500 || (checkText && (text.contains("\tat ") || text.contains("Exception")
                        || text.contains("dev.suture.platform.")))) {
                    failures.add(method + " " + path + " body=" + abbreviate(body) + " headers=" + headers + " -> "
                            + r.status() + " " + abbreviate(text));
                }
            }
        }
        assertThat(failures).as("seed " + seed + " (replay with -Dsuture.fuzz.seed=" + seed + ")").isEmpty();
        assertThat(sent).isEqualTo(routes.size() * tries);
    }

    /**
     * The server answers 401 before reading an unauthenticated body and then closes that connection; the JDK
     * client may already have picked the closing connection for the next request, which then sees no bytes.
     * That is the keep-alive race of HTTP/1.1, not an unanswered request: such a request is sent once more,
     * on a fresh connection, and only a second silence counts as a failure.
     */
    private static Api.Res sendRetryingStaleConnection(Api api, String method, String path, String body,
                                                       List<String> headers) {
        try {
            return api.send(method, path, body, headers.toArray(String[]::new));
        } catch (java.io.UncheckedIOException e) {
            return api.send(method, path, body, headers.toArray(String[]::new));
        }
    }

    private static String pathValue(Random random, String org) {
        return switch (random.nextInt(4)) {
            case 0 -> org;
            case 1 -> java.util.UUID.randomUUID().toString();
            default -> enc(word(random));
        };
    }

    private static String word(Random random) {
        if (random.nextInt(3) == 0) {
            return NASTY[random.nextInt(NASTY.length)];
        }
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(20);
        for (int i = 0; i < n; i++) {
            b.append((char) (random.nextBoolean() ? 32 + random.nextInt(95) : random.nextInt(0x3000)));
        }
        return b.toString();
    }

    /** Random JSON, broken JSON, or JSON of the wrong shape. */
    private static String body(Random random, int depth) {
        int kind = random.nextInt(depth > 2 ? 4 : 8);
        return switch (kind) {
            case 0 -> "\"" + word(random).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            case 1 -> Long.toString(random.nextLong());
            case 2 -> random.nextBoolean() ? "true" : "null";
            case 3 -> Double.toString(random.nextGaussian() * 1e300);
            case 4, 5 -> {
                StringBuilder b = new StringBuilder("{");
                String[] keys = {"email", "password", "name", "role", "organizationId", "userId", "token",
                    "refreshToken", "code", "challengeToken", "description", "subscriptionTier",
                    "subscriptionExpiresAt", "newPassword", "currentPassword", "setupToken", "slug", word(random)};
                int n = random.nextInt(5);
                for (int i = 0; i < n; i++) {
                    if (i > 0) {
                        b.append(',');
                    }
                    String k = keys[random.nextInt(keys.length)].replace("\\", "\\\\").replace("\"", "\\\"");
                    b.append('"').append(k).append("\":").append(body(random, depth + 1));
                }
                yield b.append('}').toString();
            }
            case 6 -> "[" + body(random, depth + 1) + "," + body(random, depth + 1) + "]";
            default -> {
                String valid = body(random, depth + 1);
                yield valid.substring(0, random.nextInt(valid.length() + 1)) + word(random);
            }
        };
    }

    private static String headerValue(Random random) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(80);
        for (int i = 0; i < n; i++) {
            b.append((char) (33 + random.nextInt(94)));
        }
        return b.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s == null ? "null" : s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
