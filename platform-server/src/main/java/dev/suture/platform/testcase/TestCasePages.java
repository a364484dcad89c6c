package dev.suture.platform.testcase;

import dev.suture.platform.access.AccessService;
import dev.suture.platform.access.Caller;
import dev.suture.platform.access.ProjectAccess;
import dev.suture.platform.access.ProjectPermission;
import dev.suture.platform.common.FieldError;
import dev.suture.platform.common.PageResponse;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.common.SqlRunner;
import dev.suture.platform.testcase.TestCasePayloads.TestCaseInput;
import dev.suture.platform.testcase.TestCasePayloads.TestCaseView;
import dev.suture.platform.testcase.TestCasePayloads.VersionView;
import dev.suture.platform.testcase.TestCaseScreens.Draft;
import dev.suture.platform.web.Chrome;
import dev.suture.platform.web.FormState;
import dev.suture.platform.web.Forms;
import dev.suture.platform.web.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Test cases as a team edits them: the list (text search, tag, priority, status, sort, pages), the step editor
 * (plain-English or concrete steps, added, removed and reordered without JavaScript), and the version history
 * with a diff between any two versions and restore. Every change goes through {@link TestCaseService}, so the
 * permission check, the optimistic version check and the audit entry are the API's.
 */
@Controller("/projects/{projectId}/test-cases")
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class TestCasePages {

    private static final int PAGE_SIZE = 25;

    private final TestCaseService service;
    private final AccessService access;
    private final Pages pages;
    private final Forms forms;
    private final SqlRunner sql;

    TestCasePages(TestCaseService service, AccessService access, Pages pages, Forms forms, SqlRunner sql) {
        this.service = service;
        this.access = access;
        this.pages = pages;
        this.forms = forms;
        this.sql = sql;
    }

    @Get
    HttpResponse<?> list(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                         @PathVariable UUID projectId, @QueryValue @Nullable String q, @QueryValue @Nullable String tag,
                         @QueryValue @Nullable String priority, @QueryValue @Nullable String status,
                         @QueryValue(defaultValue = "updatedAt") String sort,
                         @QueryValue(defaultValue = "0") int page, @QueryValue @Nullable String notice) {
        ProjectAccess a = access.requireProject(caller, projectId, ProjectPermission.READ);
        String t = Forms.blankToNull(tag);
        PageResponse<TestCaseView> result = service.list(caller, projectId, t == null ? null : List.of(t),
                Forms.blankToNull(priority), Forms.blankToNull(status), Forms.blankToNull(q), sort,
                sort.equals("name") ? "asc" : "desc", Math.max(0, page), PAGE_SIZE);
        List<TestCaseScreens.Listed> rows = result.items().stream().map(tc -> new TestCaseScreens.Listed(tc.id(),
                tc.name(), tc.priority(), tc.status(), tc.tags(), tc.steps().size(), tc.version(), tc.updatedAt()))
                .toList();
        Chrome chrome = pages.chrome(caller, request, a.project().organizationId(), projectId, "test-cases");
        Map<String, String> filters = new java.util.LinkedHashMap<>();
        filters.put("q", Forms.nz(q));
        filters.put("tag", Forms.nz(t));
        filters.put("priority", Forms.nz(priority));
        filters.put("status", Forms.nz(status));
        filters.put("sort", sort);
        return HttpResponse.ok(Pages.view("test-cases", "chrome", chrome, "cases", rows, "filters", filters,
                "page", result.page(), "hasNext", (long) (result.page() + 1) * PAGE_SIZE < result.total(),
                "total", result.total(), "canEdit", mayEdit(a), "notice", notice(notice)));
    }

    @Get("/new")
    HttpResponse<?> create(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                           @PathVariable UUID projectId) {
        ProjectAccess a = access.requireProject(caller, projectId, ProjectPermission.WRITE_TESTS);
        return editor(caller, request, a, TestCaseEditor.blank(), List.of(), null, HttpStatus.OK);
    }

    @Post("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> createPosted(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                                 @PathVariable UUID projectId, @Body Map<String, String> form) {
        pages.requireCsrf(request, form.get("_csrf"));
        ProjectAccess a = access.requireProject(caller, projectId, ProjectPermission.WRITE_TESTS);
        return posted(caller, request, a, TestCaseEditor.read(null, form), form.get("op"));
    }

    @Get("/{id}")
    HttpResponse<?> edit(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                         @PathVariable UUID projectId, @PathVariable UUID id, @QueryValue @Nullable String notice) {
        TestCaseView tc = own(caller, projectId, id);
        ProjectAccess a = access.requireProject(caller, projectId, ProjectPermission.READ);
        return editor(caller, request, a, TestCaseEditor.of(tc), List.of(), notice(notice), HttpStatus.OK);
    }

    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> editPosted(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                               @PathVariable UUID projectId, @PathVariable UUID id, @Body Map<String, String> form) {
        pages.requireCsrf(request, form.get("_csrf"));
        own(caller, projectId, id);
        ProjectAccess a = access.requireProject(caller, projectId, ProjectPermission.WRITE_TESTS);
        return posted(caller, request, a, TestCaseEditor.read(id, form), form.get("op"));
    }

    @Post("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                           @PathVariable UUID projectId, @PathVariable UUID id, @Body Map<String, String> form) {
        pages.requireCsrf(request, form.get("_csrf"));
        own(caller, projectId, id);
        service.delete(caller, id);
        return Pages.seeOther("/projects/" + projectId + "/test-cases?notice=deleted");
    }

    /** The version history, newest first, with the diff of {@code from} → {@code to} (default: the last change). */
    @Get("/{id}/history")
    @io.micronaut.transaction.annotation.Transactional(readOnly = true)
    HttpResponse<?> history(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                            @PathVariable UUID projectId, @PathVariable UUID id, @QueryValue @Nullable Integer from,
                            @QueryValue @Nullable Integer to, @QueryValue @Nullable String notice) {
        TestCaseView tc = own(caller, projectId, id);
        ProjectAccess a = access.requireProject(caller, projectId, ProjectPermission.READ);
        List<VersionView> versions = service.versions(caller, id);
        int newer = to == null ? tc.version() : to;
        int older = from == null ? Math.max(1, newer - 1) : from;
        VersionDiff.Result diff = VersionDiff.between(service.version(caller, id, older),
                service.version(caller, id, newer));
        Map<UUID, String> names = userNames(versions);
        List<TestCaseScreens.Version> rows = versions.stream().map(v -> new TestCaseScreens.Version(v.version(),
                v.name(), v.changeNote(), v.changedBy() == null ? null : names.get(v.changedBy()), v.createdAt(),
                v.steps().size())).toList();
        Chrome chrome = pages.chrome(caller, request, a.project().organizationId(), projectId, "test-cases");
        return HttpResponse.ok(Pages.view("test-case-history", "chrome", chrome, "testCaseId", id,
                "name", tc.name(), "current", tc.version(), "versions", rows, "diff", diff,
                "canEdit", mayEdit(a), "notice", notice(notice)));
    }

    @Post("/{id}/versions/{version}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> restore(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                            @PathVariable UUID projectId, @PathVariable UUID id, @PathVariable int version,
                            @Body Map<String, String> form) {
        pages.requireCsrf(request, form.get("_csrf"));
        own(caller, projectId, id);
        TestCaseView restored = service.restore(caller, id, version);
        return Pages.seeOther("/projects/" + projectId + "/test-cases/" + id + "/history?notice=restored&from="
                + version + "&to=" + restored.version());
    }

    /** An editing button re-renders the form; "save" validates and stores a version (or shows what to fix). */
    private HttpResponse<?> posted(Caller caller, HttpRequest<?> request, ProjectAccess a, Draft draft,
                                   @Nullable String op) {
        if (op != null && !op.equals("save")) {
            return editor(caller, request, a, TestCaseEditor.apply(draft, op), List.of(), null, HttpStatus.OK);
        }
        TestCaseInput input = TestCaseEditor.input(draft);
        List<FieldError> errors = problems(draft, input);
        if (!errors.isEmpty()) {
            return editor(caller, request, a, draft, errors, null, HttpStatus.BAD_REQUEST);
        }
        UUID projectId = a.project().id();
        return Pages.submit(() -> {
            TestCaseView saved;
            if (draft.id() == null) {
                saved = service.create(caller, projectId, input);
            } else {
                if (service.get(caller, draft.id()).version() != draft.version()) {
                    throw ProblemException.conflict("concurrent-update", "Someone saved this test case after you "
                            + "opened it; open it again to see their change, then apply yours");
                }
                saved = service.update(caller, draft.id(), input);
            }
            return Pages.seeOther("/projects/" + projectId + "/test-cases/" + saved.id() + "?notice=saved");
        }, e -> editor(caller, request, a, draft, FormState.refused(Map.of(), e).errors(), null, e.status()));
    }

    /** Bean validation of the input plus the editor's own rule: a plain-English step needs its instruction. */
    private List<FieldError> problems(Draft draft, TestCaseInput input) {
        List<FieldError> errors = new ArrayList<>(forms.violations(input));
        for (int i = 0; i < input.steps().size(); i++) {
            var s = input.steps().get(i);
            if (TestCaseEditor.PLAIN_ACTION.equals(s.action()) && s.instruction() == null) {
                errors.add(new FieldError("steps[" + i + "].instruction", "a plain-English step needs its "
                        + "instruction, e.g. “click the Sign in button”"));
            }
        }
        errors.sort(java.util.Comparator.comparing(FieldError::field));
        return errors;
    }

    private HttpResponse<?> editor(Caller caller, HttpRequest<?> request, ProjectAccess a, Draft draft,
                                   List<FieldError> errors, @Nullable String notice, HttpStatus status) {
        Chrome chrome = pages.chrome(caller, request, a.project().organizationId(), a.project().id(), "test-cases");
        return HttpResponse.status(status).body(Pages.view("test-case-edit", "chrome", chrome, "draft", draft,
                "errors", errors, "canEdit", mayEdit(a), "notice", notice));
    }

    private TestCaseView own(Caller caller, UUID projectId, UUID id) {
        TestCaseView tc = service.get(caller, id);
        return Pages.inProject(projectId, tc.projectId(), tc, "Test case " + id);
    }

    private Map<UUID, String> userNames(List<VersionView> versions) {
        String[] ids = versions.stream().map(VersionView::changedBy).filter(java.util.Objects::nonNull).distinct()
                .map(UUID::toString).toArray(String[]::new);
        return sql.query("SELECT id, name FROM users WHERE id = ANY(?::uuid[])", List.of((Object) ids),
                rs -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    static boolean mayEdit(ProjectAccess a) {
        return a.role() != null && a.role().allows(ProjectPermission.WRITE_TESTS);
    }

    private static String notice(@Nullable String key) {
        return key == null ? null : switch (key) {
            case "saved" -> "Saved.";
            case "deleted" -> "Test case deleted.";
            case "restored" -> "Version restored (saved as the newest version).";
            default -> null;
        };
    }

    @Error(exception = ProblemException.class)
    HttpResponse<?> failed(HttpRequest<?> request, ProblemException e) {
        return Pages.error(request, e);
    }
}
