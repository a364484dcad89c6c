package dev.suture.platform.execution;

import dev.suture.platform.access.AccessService;
import dev.suture.platform.access.Caller;
import dev.suture.platform.access.ProjectAccess;
import dev.suture.platform.access.ProjectPermission;
import dev.suture.platform.common.PageResponse;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.common.SqlRunner;
import dev.suture.platform.execution.ExecutionViews.Detail;
import dev.suture.platform.execution.ExecutionViews.Execution;
import dev.suture.platform.web.Chrome;
import dev.suture.platform.web.Forms;
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
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Executions as a manager browses them: the list with filters (status, branch, days), and one run's detail with
 * each test's steps as a timeline (the plain-English instruction beside the action it resolved to), errors,
 * screenshots, and every healing event with the old and new locator side by side and its review buttons.
 */
@Controller("/projects/{projectId}/executions")
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class ExecutionPages {

    private static final int PAGE_SIZE = 25;

    private final ExecutionService executions;
    private final SqlRunner sql;
    private final Pages pages;
    private final AccessService access;

    ExecutionPages(ExecutionService executions, SqlRunner sql, Pages pages, AccessService access) {
        this.access = access;
        this.executions = executions;
        this.sql = sql;
        this.pages = pages;
    }

    @Get
    @Transactional(readOnly = true)
    HttpResponse<?> list(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                         @PathVariable UUID projectId, @QueryValue @Nullable String status,
                         @QueryValue @Nullable String branch, @QueryValue @Nullable String from,
                         @QueryValue @Nullable String to, @QueryValue @Nullable String suite,
                         @QueryValue(defaultValue = "0") int page) {
        String st = Forms.blankToNull(status);
        String br = Forms.blankToNull(branch);
        UUID suiteId = uuid(Forms.blankToNull(suite), "suite");
        PageResponse<Execution> result = executions.list(caller, new ExecutionQueries.Filter(projectId, suiteId, null,
                st, br, null, day(from, "from", 0), day(to, "to", 1)), Math.max(0, page), PAGE_SIZE);
        List<Rows.Run> runs = result.items().stream().map(ExecutionPages::row).toList();
        Chrome chrome = pages.chrome(caller, request, null, projectId, "executions");
        return HttpResponse.ok(Pages.view("executions", "chrome", chrome, "runs", runs,
                "status", st == null ? "" : st, "branch", br == null ? "" : br,
                "from", from == null ? "" : from, "to", to == null ? "" : to,
                "suite", suiteId == null ? "" : suiteId.toString(), "page", result.page(),
                "hasNext", (long) (result.page() + 1) * PAGE_SIZE < result.total(), "total", result.total()));
    }

    @Get("/{id}")
    @Transactional(readOnly = true)
    HttpResponse<?> detail(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                           @PathVariable UUID projectId, @PathVariable UUID id) {
        Detail d = executions.get(caller, id);
        if (!d.execution().projectId().equals(projectId)) {
            throw ProblemException.notFound("Execution");
        }
        Map<UUID, List<Rows.Shot>> shots = d.artifacts().stream()
                .filter(a -> a.kind().equals("SCREENSHOT") && a.storageId() != null)
                .collect(Collectors.groupingBy(ExecutionViews.Artifact::resultId, Collectors.mapping(
                        a -> new Rows.Shot(a.storageId(), a.name()), Collectors.toList())));
        Map<UUID, List<Rows.Download>> traces = d.artifacts().stream()
                .filter(a -> a.kind().equals("TRACE") && a.storageId() != null)
                .collect(Collectors.groupingBy(ExecutionViews.Artifact::resultId, Collectors.mapping(
                        a -> new Rows.Download(a.storageId(), a.name()), Collectors.toList())));
        Map<UUID, List<Rows.Heal>> heals = d.healingEvents().stream().collect(Collectors.groupingBy(
                ExecutionViews.HealingEvent::resultId, Collectors.mapping(h -> heal(projectId, h),
                        Collectors.toList())));
        List<Rows.TestRun> tests = d.results().stream().map(r -> new Rows.TestRun(r.id(), r.name(), r.key(),
                r.status(), r.attempt(), r.durationMs(), r.errorType(), r.errorMessage(),
                r.steps().stream().map(s -> new Rows.Step(s.index(), s.instruction(), s.action(), s.target(),
                        s.value(), s.durationMs(), s.error())).toList(),
                shots.getOrDefault(r.id(), List.of()), traces.getOrDefault(r.id(), List.of()),
                heals.getOrDefault(r.id(), List.of()))).toList();
        ProjectAccess a = access.requireProject(caller, projectId, ProjectPermission.READ);
        boolean canDecide = a.role() != null && a.role().allows(ProjectPermission.WRITE_TESTS);
        Chrome chrome = pages.chrome(caller, request, null, projectId, "executions");
        return HttpResponse.ok(Pages.view("execution", "chrome", chrome, "run", row(d.execution()),
                "commit", d.execution().commit(), "tests", tests, "canDecide", canDecide));
    }

    /** A healing event with the review state of its (locator, replacement) record, if the ingest made one. */
    private Rows.Heal heal(UUID projectId, ExecutionViews.HealingEvent h) {
        List<String[]> record = h.healedTo() == null ? List.of() : sql.query("SELECT id::text, status FROM "
                + "healing_records WHERE project_id = ? AND locator = ? AND healed_to = ?",
                List.of(projectId, h.locator(), h.healedTo()), rs -> new String[] {rs.getString(1), rs.getString(2)});
        return new Rows.Heal(h.locator(), new Rows.NewLocator(h.healedTo(), h.suggestion()), h.score(), h.runnerUp(),
                h.decision(), h.artifactStorageId(),
                record.isEmpty() ? null : UUID.fromString(record.get(0)[0]),
                record.isEmpty() ? null : record.get(0)[1]);
    }

    static Rows.Run row(Execution e) {
        return new Rows.Run(e.id(), e.name(), e.status(), e.branch(), e.total(), e.passed(), e.failed(),
                e.durationMs(), e.startedAt());
    }

    /** A {@code yyyy-MM-dd} filter as the start of that day (or of the next one, for the exclusive end). */
    private static Instant day(@Nullable String value, String field, int plusDays) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim()).plusDays(plusDays).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "must be a date like 2026-01-31");
        }
    }

    private static UUID uuid(@Nullable String value, String field) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "must be a suite id (a UUID)");
        }
    }

    @Error(exception = ProblemException.class)
    HttpResponse<?> failed(HttpRequest<?> request, ProblemException e) {
        return Pages.error(request, e);
    }
}
