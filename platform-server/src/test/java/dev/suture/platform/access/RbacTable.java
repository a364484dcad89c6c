package dev.suture.platform.access;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The role table, written out independently of {@code OrgRole}/{@code ProjectRole} (it mirrors the README),
 * and the rule of every route. {@link #expected} answers the status a caller must get, or null for "allowed".
 */
final class RbacTable {

    enum Rule {
        PUBLIC, ANY_USER, SYSADMIN, USER_READ, USER_WRITE,
        ORG_READ, ORG_MEMBER_ADMIN, ORG_OWNER, ORG_CREATE_PROJECT,
        PROJECT_READ, PROJECT_READ_MEMBERS, PROJECT_READ_KEYS, PROJECT_ADMIN, PROJECT_OWNER,
        // part 2
        PROJECT_WRITE, PROJECT_UPLOAD, KEY_ONLY,
        /** An account's own events: the account, and owners and admins of its organisations. */
        ACCOUNT_AUDIT
    }

    static final List<String> CALLERS = List.of("anonymous", "orgOwner", "orgAdmin", "orgMember", "orgViewer",
            "projectOwner", "projectAdmin", "projectDeveloper", "projectViewer", "outsider", "keyOfP", "keyOfQ");

    static final Set<String> OUTSIDE_OF_A = Set.of("anonymous", "outsider", "keyOfQ");

    /** Organisation role of each user caller in organisation A (project people are MEMBER or VIEWER there). */
    private static final Map<String, String> ORG_ROLE = Map.of("orgOwner", "OWNER", "orgAdmin", "ADMIN",
            "orgMember", "MEMBER", "orgViewer", "VIEWER", "projectOwner", "MEMBER", "projectAdmin", "MEMBER",
            "projectDeveloper", "MEMBER", "projectViewer", "VIEWER");

    /** Effective project role in P: organisation owners and admins count as project owners. */
    private static final Map<String, String> PROJECT_ROLE = Map.of("orgOwner", "OWNER", "orgAdmin", "OWNER",
            "projectOwner", "OWNER", "projectAdmin", "ADMIN", "projectDeveloper", "DEVELOPER",
            "projectViewer", "VIEWER");

    static final Map<String, Rule> RULES = withPart2(Map.ofEntries(
            Map.entry("GET /health", Rule.PUBLIC),
            Map.entry("GET /health/{selector}", Rule.PUBLIC),
            Map.entry("GET /metrics", Rule.PUBLIC),
            Map.entry("GET /api/openapi.yml", Rule.PUBLIC),
            Map.entry("GET /api/docs", Rule.PUBLIC),
            Map.entry("GET /api/docs/assets/swagger-initializer-suture.js", Rule.PUBLIC),
            Map.entry("POST /api/auth/register", Rule.PUBLIC),
            Map.entry("POST /api/auth/login", Rule.PUBLIC),
            Map.entry("POST /api/auth/login/2fa", Rule.PUBLIC),
            Map.entry("POST /api/auth/refresh", Rule.PUBLIC),
            Map.entry("POST /api/auth/logout", Rule.PUBLIC),
            Map.entry("POST /api/auth/forgot-password", Rule.PUBLIC),
            Map.entry("POST /api/auth/reset-password", Rule.PUBLIC),
            Map.entry("POST /api/auth/verify-email", Rule.PUBLIC),
            Map.entry("POST /api/auth/verify-email/resend", Rule.ANY_USER),
            Map.entry("POST /api/auth/2fa/enroll", Rule.ANY_USER),
            Map.entry("POST /api/auth/2fa/confirm", Rule.ANY_USER),
            Map.entry("POST /api/auth/2fa/disable", Rule.ANY_USER),
            Map.entry("GET /api/users", Rule.SYSADMIN),
            Map.entry("GET /api/users/me", Rule.ANY_USER),
            Map.entry("PUT /api/users/me/password", Rule.ANY_USER),
            Map.entry("GET /api/users/{userId}", Rule.USER_READ),
            Map.entry("PUT /api/users/{userId}", Rule.USER_WRITE),
            Map.entry("DELETE /api/users/{userId}", Rule.USER_WRITE),
            Map.entry("POST /api/organizations", Rule.ANY_USER),
            Map.entry("GET /api/organizations", Rule.ANY_USER),
            Map.entry("GET /api/organizations/{orgId}", Rule.ORG_READ),
            Map.entry("PUT /api/organizations/{orgId}", Rule.ORG_MEMBER_ADMIN),
            Map.entry("DELETE /api/organizations/{orgId}", Rule.ORG_OWNER),
            Map.entry("GET /api/organizations/{orgId}/members", Rule.ORG_READ),
            Map.entry("POST /api/organizations/{orgId}/members", Rule.ORG_MEMBER_ADMIN),
            Map.entry("PUT /api/organizations/{orgId}/members/{userId}", Rule.ORG_MEMBER_ADMIN),
            Map.entry("DELETE /api/organizations/{orgId}/members/{userId}", Rule.ORG_MEMBER_ADMIN),
            Map.entry("GET /api/audit-logs", Rule.ORG_MEMBER_ADMIN),
            Map.entry("GET /api/users/{userId}/audit-logs", Rule.ACCOUNT_AUDIT),
            Map.entry("POST /api/projects", Rule.ORG_CREATE_PROJECT),
            Map.entry("GET /api/projects", Rule.ANY_USER),
            Map.entry("GET /api/projects/{projectId}", Rule.PROJECT_READ),
            Map.entry("PUT /api/projects/{projectId}", Rule.PROJECT_ADMIN),
            Map.entry("DELETE /api/projects/{projectId}", Rule.PROJECT_OWNER),
            Map.entry("POST /api/projects/{projectId}/archive", Rule.PROJECT_ADMIN),
            Map.entry("POST /api/projects/{projectId}/unarchive", Rule.PROJECT_ADMIN),
            Map.entry("GET /api/projects/{projectId}/members", Rule.PROJECT_READ_MEMBERS),
            Map.entry("POST /api/projects/{projectId}/members", Rule.PROJECT_ADMIN),
            Map.entry("PUT /api/projects/{projectId}/members/{userId}", Rule.PROJECT_ADMIN),
            Map.entry("DELETE /api/projects/{projectId}/members/{userId}", Rule.PROJECT_ADMIN),
            Map.entry("GET /api/projects/{projectId}/api-keys", Rule.PROJECT_READ_KEYS),
            Map.entry("POST /api/projects/{projectId}/api-keys", Rule.PROJECT_ADMIN),
            Map.entry("DELETE /api/projects/{projectId}/api-keys/{keyId}", Rule.PROJECT_ADMIN)));

    private static Map<String, Rule> withPart2(Map<String, Rule> part1) {
        Map<String, Rule> all = new java.util.HashMap<>(part1);
        all.putAll(RbacPart2.rules());
        return Map.copyOf(all);
    }

    /** Valid bodies, so that an allowed caller really gets through validation. */
    private static final Map<String, Function<RbacWorld, String>> BODIES = Map.of(
            "PUT /api/users/{userId}", w -> "{\"name\":\"Renamed\"}",
            "PUT /api/organizations/{orgId}", w -> "{\"name\":\"Org A renamed\"}",
            "POST /api/organizations", w -> "{\"name\":\"Another org\"}",
            "POST /api/organizations/{orgId}/members", w -> "{\"email\":\"" + w.newcomer.email() + "\",\"role\":\"MEMBER\"}",
            "PUT /api/organizations/{orgId}/members/{userId}", w -> "{\"role\":\"VIEWER\"}",
            "POST /api/projects", w -> "{\"organizationId\":\"" + w.orgA + "\",\"name\":\"P-" + UUID.randomUUID() + "\"}",
            "PUT /api/projects/{projectId}", w -> "{\"description\":\"updated\"}",
            "POST /api/projects/{projectId}/members", w -> "{\"userId\":\"" + w.orgMemberNotInProject.id()
                    + "\",\"role\":\"VIEWER\"}",
            "PUT /api/projects/{projectId}/members/{userId}", w -> "{\"role\":\"VIEWER\"}",
            "POST /api/projects/{projectId}/api-keys", w -> "{\"name\":\"ci\"}");

    private static final Map<String, String> EXTRA_BODIES = Map.of(
            "PUT /api/users/me/password", "{\"currentPassword\":\"correct-horse-9\",\"newPassword\":\"correct-horse-9\"}",
            "POST /api/auth/2fa/confirm", "{\"code\":\"000000\"}",
            "POST /api/auth/2fa/disable", "{\"code\":\"000000\"}");

    private RbacTable() {
    }

    static String body(String route, RbacWorld w) {
        Function<RbacWorld, String> f = BODIES.get(route);
        String part2 = f == null ? RbacPart2.body(route, w) : null;
        return f != null ? f.apply(w) : part2 != null ? part2 : EXTRA_BODIES.get(route);
    }

    static boolean destructive(String route) {
        return route.startsWith("DELETE ") || route.endsWith("/archive") || route.endsWith("/unarchive");
    }

    /** The status the caller must get on a route of this rule, or null when the caller is allowed. */
    static Integer expected(Rule rule, String caller) {
        if (caller.equals("anonymous")) {
            return 401;
        }
        boolean key = caller.startsWith("key");
        return switch (rule) {
            case PUBLIC -> null;
            case ANY_USER -> key ? 403 : null;
            case SYSADMIN -> 403;
            case USER_READ -> key ? Integer.valueOf(403) : caller.equals("outsider") ? Integer.valueOf(404) : null;
            case USER_WRITE -> key ? 403 : caller.equals("outsider") ? 404 : 403;
            case ORG_READ -> orgRule(caller, Set.of("OWNER", "ADMIN", "MEMBER", "VIEWER"));
            case ORG_CREATE_PROJECT -> orgRule(caller, Set.of("OWNER", "ADMIN", "MEMBER"));
            case ORG_MEMBER_ADMIN -> orgRule(caller, Set.of("OWNER", "ADMIN"));
            case ORG_OWNER -> orgRule(caller, Set.of("OWNER"));
            case PROJECT_READ -> projectRule(caller, Set.of("OWNER", "ADMIN", "DEVELOPER", "VIEWER"), true);
            case PROJECT_READ_MEMBERS -> projectRule(caller, Set.of("OWNER", "ADMIN", "DEVELOPER", "VIEWER"), false);
            case PROJECT_READ_KEYS -> projectRule(caller, Set.of("OWNER", "ADMIN", "DEVELOPER"), false);
            case PROJECT_ADMIN -> projectRule(caller, Set.of("OWNER", "ADMIN"), false);
            case PROJECT_OWNER -> projectRule(caller, Set.of("OWNER"), false);
            case PROJECT_WRITE -> projectRule(caller, Set.of("OWNER", "ADMIN", "DEVELOPER"), false);
            case PROJECT_UPLOAD -> projectRule(caller, Set.of("OWNER", "ADMIN", "DEVELOPER"), true);
            case KEY_ONLY -> key ? null : 403;
            // the target T is a MEMBER of organisation A
            case ACCOUNT_AUDIT -> key ? Integer.valueOf(403) : caller.equals("outsider") ? Integer.valueOf(404)
                    : caller.equals("orgOwner") || caller.equals("orgAdmin") ? null : Integer.valueOf(403);
        };
    }

    private static Integer orgRule(String caller, Set<String> allowedRoles) {
        if (caller.startsWith("key")) {
            return 403;
        }
        String role = ORG_ROLE.get(caller);
        if (role == null) {
            return 404;
        }
        return allowedRoles.contains(role) ? null : 403;
    }

    private static Integer projectRule(String caller, Set<String> allowedRoles, boolean apiKeyMayRead) {
        if (caller.equals("keyOfQ")) {
            return 404;
        }
        if (caller.equals("keyOfP")) {
            return apiKeyMayRead ? null : 403;
        }
        String role = PROJECT_ROLE.get(caller);
        if (role == null) {
            return 404;
        }
        return allowedRoles.contains(role) ? null : 403;
    }
}
