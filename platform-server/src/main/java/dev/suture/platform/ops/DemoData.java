package dev.suture.platform.ops;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The demo's organisation, project, users, API key, and a few stored test cases in a suite (so the test case and
 * suite pages have something to show), created through the public API. Running it again finds what is there.
 */
final class DemoData {

    static final String OWNER = "demo@suture.dev";
    static final String VIEWER = "viewer@suture.dev";
    static final String PASSWORD = "suture-demo";
    /** The stored suite; the demo's sample runs report under this name, so they appear among its results. */
    static final String SUITE = "Bookshop smoke";

    /** What the demo set up: the project to report to and a fresh key for it. */
    record Project(String id, String apiKey) {
    }

    private DemoData() {
    }

    static Project create(DemoApi api) throws IOException, InterruptedException {
        api.call("POST", "/api/auth/register", Map.of("email", OWNER, "password", PASSWORD, "name", "Dana Demo"));
        String viewerId = String.valueOf(api.call("POST", "/api/auth/register", Map.of("email", VIEWER,
                "password", PASSWORD, "name", "Victor Viewer")).get("id"));
        if (viewerId.equals("null")) {
            api.signIn(VIEWER, PASSWORD);
            viewerId = String.valueOf(api.call("GET", "/api/users/me", null).get("id"));
        }
        api.signIn(OWNER, PASSWORD);
        List<Map<String, Object>> orgs = api.list("/api/organizations");
        String orgId = orgs.isEmpty() ? String.valueOf(api.call("POST", "/api/organizations",
                Map.of("name", "Demo")).get("id")) : String.valueOf(orgs.get(0).get("id"));
        List<Map<String, Object>> projects = api.list("/api/projects?organizationId=" + orgId);
        String projectId = projects.isEmpty() ? String.valueOf(api.call("POST", "/api/projects", Map.of(
                "organizationId", orgId, "name", "Paper Lantern Books",
                "description", "The sample bookshop's browser suite")).get("id"))
                : String.valueOf(projects.get(0).get("id"));
        api.call("POST", "/api/organizations/" + orgId + "/members", Map.of("email", VIEWER, "role", "VIEWER"));
        api.call("POST", "/api/projects/" + projectId + "/members", Map.of("userId", viewerId, "role", "VIEWER"));
        storedTests(api, projectId);
        String key = String.valueOf(api.call("POST", "/api/projects/" + projectId + "/api-keys",
                Map.of("name", "demo run " + System.currentTimeMillis())).get("key"));
        return new Project(projectId, key);
    }

    /** Three stored test cases (plain-English and concrete steps) in a suite, once. */
    private static void storedTests(DemoApi api, String projectId) throws IOException, InterruptedException {
        if (!api.list("/api/test-cases?projectId=" + projectId + "&size=1").isEmpty()) {
            return;
        }
        List<Map<String, Object>> cases = List.of(
                Map.of("name", "Sign in", "priority", "CRITICAL", "status", "ACTIVE", "tags", List.of("auth", "smoke"),
                        "steps", List.of(Map.of("action", "navigate", "target", "/login.html"),
                                Map.of("action", "step", "instruction", "type 'alice' into the user name field"),
                                Map.of("action", "step", "instruction", "type 'wonderland' into the password field"),
                                Map.of("action", "click", "target", "role=button[name=\"Sign in\"]"),
                                Map.of("action", "expect-text", "value", "Signed in as Alice Liddell"))),
                Map.of("name", "Buy a book", "priority", "HIGH", "status", "ACTIVE", "tags", List.of("cart", "smoke"),
                        "steps", List.of(Map.of("action", "navigate", "target", "/"),
                                Map.of("action", "step", "instruction", "add Jane Eyre to the cart"),
                                Map.of("action", "step", "instruction", "open the cart"),
                                Map.of("action", "expect-text", "value", "Jane Eyre"))),
                Map.of("name", "Search by author", "priority", "MEDIUM", "status", "DRAFT", "tags", List.of("search"),
                        "steps", List.of(Map.of("action", "navigate", "target", "/"),
                                Map.of("action", "fill", "target", "#search", "value", "Austen"),
                                Map.of("action", "step", "instruction", "press Enter"),
                                Map.of("action", "expect-text", "value", "Pride and Prejudice"))));
        Object ids = api.call("POST", "/api/test-cases/import?projectId=" + projectId, cases).get("ids");
        String suiteId = String.valueOf(api.call("POST", "/api/test-suites", Map.of("projectId", projectId,
                "name", SUITE, "description", "The shop's critical paths")).get("id"));
        if (!suiteId.equals("null") && ids != null) {
            api.call("PUT", "/api/test-suites/" + suiteId + "/test-cases", Map.of("testCaseIds", ids));
        }
    }
}
