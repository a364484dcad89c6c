package dev.suture.platform.audit;

import dev.suture.platform.access.Caller;
import dev.suture.platform.common.PageResponse;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.user.User;
import dev.suture.platform.user.UserRepository;
import dev.suture.platform.web.Chrome;
import dev.suture.platform.web.Pages;
import dev.suture.platform.web.Rows;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The audit log viewer: an organisation's trail, newest first, for owners and admins (others get 403). */
@Controller("/organizations/{orgId}/audit")
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class AuditPages {

    private static final int PAGE_SIZE = 50;

    private final AuditController audit;
    private final UserRepository users;
    private final Pages pages;

    AuditPages(AuditController audit, UserRepository users, Pages pages) {
        this.audit = audit;
        this.users = users;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> list(@Parameter(hidden = true) Caller caller, HttpRequest<?> request, @PathVariable UUID orgId,
                         @QueryValue @Nullable String action, @QueryValue(defaultValue = "0") int page) {
        String filter = action == null || action.isBlank() ? null : action.trim();
        PageResponse<AuditLog> logs = audit.list(caller, orgId, null, filter, null, null, null, null,
                Math.max(page, 0), PAGE_SIZE);
        Map<UUID, String> emails = new HashMap<>();
        List<Rows.Audit> rows = logs.items().stream().map(l -> new Rows.Audit(l.occurredAt(),
                l.userId() == null ? "API key or system" : emails.computeIfAbsent(l.userId(),
                        id -> users.findById(id).map(User::email).orElse("deleted user")),
                l.action(), l.resourceType() + (l.resourceId() == null ? "" : " " + l.resourceId()),
                l.changes() == null ? "" : l.changes().toString(), l.ipAddress())).toList();
        Chrome chrome = pages.chrome(caller, request, orgId, null, "audit");
        return HttpResponse.ok(Pages.view("audit", "chrome", chrome, "rows", rows, "action", filter == null ? "" : filter,
                "page", logs.page(), "hasNext", (long) (logs.page() + 1) * PAGE_SIZE < logs.total(),
                "total", logs.total()));
    }

    @Error(exception = ProblemException.class)
    HttpResponse<?> failed(HttpRequest<?> request, ProblemException e) {
        return Pages.error(request, e);
    }
}
