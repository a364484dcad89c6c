package dev.suture.platform.web;

import dev.suture.platform.access.Caller;
import dev.suture.platform.access.OrgRole;
import dev.suture.platform.auth.BrowserSessions;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.organization.OrganizationMemberRepository;
import dev.suture.platform.organization.OrganizationRepository;
import dev.suture.platform.project.ProjectRepository;
import dev.suture.platform.user.User;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Shared plumbing of the dashboard's page controllers: the {@link Chrome} of a page, CSRF tokens and their check,
 * and the HTML error page (a page request that fails answers HTML with the right status, not problem+json).
 */
@Singleton
public class Pages {

    private final BrowserSessions sessions;
    private final OrganizationRepository organizations;
    private final OrganizationMemberRepository orgMembers;
    private final ProjectRepository projects;

    Pages(BrowserSessions sessions, OrganizationRepository organizations, OrganizationMemberRepository orgMembers,
          ProjectRepository projects) {
        this.sessions = sessions;
        this.organizations = organizations;
        this.orgMembers = orgMembers;
        this.projects = projects;
    }

    /** The chrome of a page about the given organisation and/or project (either may be null). */
    public Chrome chrome(Caller caller, HttpRequest<?> request, @Nullable UUID orgId, @Nullable UUID projectId,
                         String nav) {
        UUID userId = caller.requireUser();
        User user = sessions.user(userId).orElseThrow(() -> ProblemException.unauthorized("Sign in again"));
        List<Chrome.Choice> orgs = organizations.findForMember(userId).stream()
                .map(o -> new Chrome.Choice(o.id(), o.name())).toList();
        UUID org = orgId;
        if (org == null && projectId != null) {
            org = projects.findById(projectId).map(p -> p.organizationId()).orElse(null);
        }
        if (org == null && !orgs.isEmpty()) {
            org = orgs.get(0).id();
        }
        List<Chrome.Choice> visible = org == null ? List.of() : projects.findVisible(userId, org.toString(), false)
                .stream().map(p -> new Chrome.Choice(p.id(), p.name())).toList();
        OrgRole role = org == null ? null : orgMembers.findRole(org, userId).orElse(null);
        // organisation pages keep the project navigation, pointing at the organisation's first project
        UUID project = projectId != null || visible.isEmpty() ? projectId : visible.get(0).id();
        return new Chrome(user.name(), user.email(), csrf(request), orgs, visible, org, project,
                role == null ? null : role.name(), role != null && role.administersProjects(), nav);
    }

    /** The CSRF token for this browser's forms. */
    public String csrf(HttpRequest<?> request) {
        return sessions.csrfToken(csrfCookie(request));
    }

    /** 403 unless the submitted form token matches this browser's. Every dashboard POST calls this first. */
    public void requireCsrf(HttpRequest<?> request, @Nullable String submitted) {
        sessions.requireCsrf(csrfCookie(request), submitted);
    }

    private static String csrfCookie(HttpRequest<?> request) {
        return request.getAttribute(BrowserSessions.CSRF_ATTRIBUTE, String.class).orElseThrow(
                () -> new IllegalStateException("BrowserSessionFilter did not run for " + request.getPath()));
    }

    /**
     * A resource read through its id, as a page of {@code projectId} may show it: one of another project answers
     * 404, as if it did not exist, so that a project's URLs never reach into another project.
     */
    public static <T> T inProject(UUID projectId, UUID resourceProjectId, T resource, String what) {
        if (!resourceProjectId.equals(projectId)) {
            throw ProblemException.notFound(what);
        }
        return resource;
    }

    /**
     * A form post: {@code action} answers (usually with a redirect); a refusal the user can fix by changing the form
     * (400, 409) is answered by {@code shown}, the page again with the reason; any other refusal goes on to the
     * error page.
     */
    public static HttpResponse<?> submit(Supplier<HttpResponse<?>> action,
                                         Function<ProblemException, HttpResponse<?>> shown) {
        try {
            return action.get();
        } catch (ProblemException e) {
            if (e.status() != HttpStatus.BAD_REQUEST && e.status() != HttpStatus.CONFLICT) {
                throw e;
            }
            return shown.apply(e);
        }
    }

    /** A page view with its model. */
    public static ModelAndView<Map<String, Object>> view(String name, Object... keyValues) {
        Map<String, Object> model = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            model.put((String) keyValues[i], keyValues[i + 1]);
        }
        return new ModelAndView<>(name, model);
    }

    /** 303 See Other: where a successful form post sends the browser (post/redirect/get). */
    public static MutableHttpResponse<?> seeOther(String location) {
        return HttpResponse.seeOther(URI.create(location));
    }

    /** The HTML error page for a failed page request; a lost session goes back to the sign-in page instead. */
    public static MutableHttpResponse<?> error(HttpRequest<?> request, ProblemException e) {
        if (e.status() == HttpStatus.UNAUTHORIZED) {
            return seeOther("/login");
        }
        return HttpResponse.status(e.status()).body(view("error", "status", e.status().getCode(),
                "reason", e.status().getReason(), "detail", detail(e)));
    }

    /** A problem as one sentence for a page: its detail, then each field error ("cron is not valid."). */
    public static String detail(ProblemException e) {
        return e.getMessage() + e.fieldErrors().stream().map(f -> " " + f.field() + " " + f.message() + ".")
                .reduce("", String::concat);
    }
}
