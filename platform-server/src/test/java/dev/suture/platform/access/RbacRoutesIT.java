package dev.suture.platform.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suture.platform.support.Api;
import dev.suture.platform.support.DatabaseProperties;
import io.micronaut.http.HttpMethod;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Enumerates every route the router knows and checks it against the role table (see {@link RbacTable}) for
 * every organisation and project role, a member of another organisation, the project's own API key, another
 * project's API key and an anonymous caller. A route missing from the table fails the test, so a route added
 * later is covered the day it lands. Callers that are not in organisation A must never see its ids.
 */
@MicronautTest(transactional = false)
class RbacRoutesIT extends DatabaseProperties {

    private static final Pattern VAR = Pattern.compile("\\{([^}]+)}");

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    Router router;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(super.getProperties());
        props.put("suture.tiers.free.max-projects", "1000");
        props.put("suture.tiers.free.max-members", "1000");
        // every allowed caller really runs each AI route
        props.put("suture.ai.requests-per-hour", "100000");
        props.put("suture.tiers.free.ai-requests-per-hour", "100000");
        return props;
    }

    @Test
    void everyRouteEnforcesTheRoleTableForEveryCaller() {
        Api api = new Api(server.getURI(), json);
        RbacWorld shared = new RbacWorld(api);
        List<String> failures = new ArrayList<>();
        TreeSet<String> routes = new TreeSet<>();
        router.uriRoutes().forEach(r -> routes.add(key(r)));
        assertThat(routes).as("the router knows the API").contains("GET /api/users/me");

        int checks = 0;
        for (String route : routes) {
            // Micronaut answers HEAD on every GET route: it must follow the GET route's rule.
            String ruleKey = route.startsWith("HEAD ") ? "GET " + route.substring(5) : route;
            RbacTable.Rule rule = RbacTable.RULES.get(ruleKey);
            if (rule == null && isDashboardPage(route)) {
                // dashboard pages use cookie sessions, not these callers' tokens: Dashboard*IT check their roles
                continue;
            }
            if (rule == null) {
                failures.add("Route '" + route + "' is not in RbacTable.RULES: add its rule (and to the README's table)");
                continue;
            }
            if (rule == RbacTable.Rule.PUBLIC) {
                continue;
            }
            List<String> allowed = new ArrayList<>();
            for (String caller : RbacTable.CALLERS) {
                Integer expected = RbacTable.expected(rule, caller);
                if (expected != null) {
                    checks++;
                    Api.Res r = call(api, shared, route, caller);
                    if (r.status() != expected) {
                        failures.add(route + " as " + caller + ": expected " + expected + " but got " + r.status()
                                + " " + r.text());
                    }
                    checkNoLeak(shared, route, caller, r, failures);
                } else {
                    allowed.add(caller);
                }
            }
            for (String caller : allowed) {
                checks++;
                // A destructive route gets a fresh world per allowed caller, so each one really acts.
                RbacWorld world = RbacTable.destructive(route) ? new RbacWorld(api) : shared;
                Api.Res r = call(api, world, route, caller);
                if (r.status() == 401 || r.status() == 403 || r.status() == 404 || r.status() >= 500
                        || (r.status() >= 400 && r.status() != 409)) {
                    failures.add(route + " as " + caller + ": expected to be allowed but got " + r.status() + " "
                            + r.text());
                }
                checkNoLeak(world, route, caller, r, failures);
            }
        }
        assertThat(failures).as("RBAC violations").isEmpty();
        assertThat(checks).isGreaterThan(300);
    }

    private static boolean isDashboardPage(String route) {
        String path = route.substring(route.indexOf(' ') + 1);
        return !path.startsWith("/api/") && !path.equals("/health") && !path.equals("/metrics");
    }

    private static String key(UriRouteInfo<?, ?> route) {
        return route.getHttpMethod() + " " + route.getUriMatchTemplate().toPathString();
    }

    private Api.Res call(Api api, RbacWorld w, String route, String caller) {
        String method = route.substring(0, route.indexOf(' '));
        String template = route.substring(route.indexOf(' ') + 1);
        Matcher m = VAR.matcher(template);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(path, switch (m.group(1)) {
                case "orgId" -> w.orgA;
                case "projectId" -> w.projectP;
                case "userId" -> w.target.id();
                case "keyId" -> w.spareKeyIdOfP;
                default -> {
                    String value = w.part2.pathValue(template, m.group(1));
                    if (value == null) {
                        throw new IllegalStateException("No fixture for path variable {" + m.group(1) + "} of "
                                + route + ": teach RbacRoutesIT.call about it");
                    }
                    yield value;
                }
            });
        }
        m.appendTail(path);
        String url = path.toString();
        if (template.equals("/api/audit-logs")) {
            url += "?organizationId=" + w.orgA;
        }
        if (RbacPart2.needsProjectQuery(template)) {
            url += "?projectId=" + w.projectP;
        }
        String contentType = RbacPart2.contentType(route);
        String body = RbacTable.body(route, w);
        HttpMethod httpMethod = HttpMethod.valueOf(method);
        if (body == null && (httpMethod == HttpMethod.POST || httpMethod == HttpMethod.PUT)) {
            body = "{}";
        }
        return switch (caller) {
            case "anonymous" -> api.send(method, url, body, "Content-Type", contentType);
            case "keyOfP" -> api.send(method, url, body, "X-API-Key", w.keyOfP, "Content-Type", contentType);
            case "keyOfQ" -> api.send(method, url, body, "X-API-Key", w.keyOfQ, "Content-Type", contentType);
            default -> api.send(method, url, body, "Authorization", "Bearer " + w.users.get(caller).token(),
                    "Content-Type", contentType);
        };
    }

    /** Nobody outside organisation A may receive its id, its project's id or its people's e-mail addresses. */
    private static void checkNoLeak(RbacWorld w, String route, String caller, Api.Res r, List<String> failures) {
        if (!RbacTable.OUTSIDE_OF_A.contains(caller)) {
            return;
        }
        Map<String, Object> body = new HashMap<>(r.body());
        body.remove("instance");
        String seen = body + " " + r.list();
        for (String secret : List.of(w.orgA, w.projectP, w.target.email(), w.users.get("orgOwner").email())) {
            if (seen.contains(secret)) {
                failures.add(route + " as " + caller + " leaked " + secret + ": " + r.text());
            }
        }
    }
}
