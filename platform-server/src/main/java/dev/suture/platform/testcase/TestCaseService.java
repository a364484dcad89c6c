package dev.suture.platform.testcase;

import dev.suture.platform.access.AccessService;
import dev.suture.platform.access.Caller;
import dev.suture.platform.access.ProjectAccess;
import dev.suture.platform.access.ProjectPermission;
import dev.suture.platform.audit.AuditTrail;
import dev.suture.platform.common.PageResponse;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.testcase.TestCasePayloads.RowError;
import dev.suture.platform.testcase.TestCasePayloads.TestCaseInput;
import dev.suture.platform.testcase.TestCasePayloads.TestCaseView;
import dev.suture.platform.testcase.TestCasePayloads.VersionView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test cases: every change is a new version; reads and writes check the caller's project role. */
@Singleton
public class TestCaseService {

    private static final Map<String, String> SORTS = Map.of("name", "lower(name)", "updatedAt", "updated_at",
            "createdAt", "created_at", "priority", "array_position(ARRAY['CRITICAL','HIGH','MEDIUM','LOW'], priority)");

    private final TestCaseRows rows;
    private final AccessService access;
    private final AuditTrail audit;

    TestCaseService(TestCaseRows rows, AccessService access, AuditTrail audit) {
        this.rows = rows;
        this.access = access;
        this.audit = audit;
    }

    /** Creates a test case (version 1) in the project; the caller needs WRITE_TESTS there. */
    @Transactional
    public TestCaseView create(Caller caller, UUID projectId, TestCaseInput in) {
        ProjectAccess a = access.requireWritableProject(caller, projectId, ProjectPermission.WRITE_TESTS);
        UUID id = UUID.randomUUID();
        requireFreeName(projectId, in.name(), id, "name");
        rows.insert(id, projectId, in, caller.requireUser());
        TestCaseView view = rows.find(id).orElseThrow();
        audit.record(caller, a.project().organizationId(), "test_case.create", "test_case", id, null,
                Map.of("projectId", projectId.toString(), "name", view.name()));
        return view;
    }

    @Transactional(readOnly = true)
    PageResponse<TestCaseView> list(Caller caller, UUID projectId, @Nullable List<String> tags,
                                    @Nullable String priority, @Nullable String status, @Nullable String text,
                                    String sort, String direction, int page, int size) {
        access.requireProject(caller, projectId, ProjectPermission.READ);
        PageResponse.checkedPage(page);
        PageResponse.checkedSize(size);
        StringBuilder where = new StringBuilder("project_id = ?");
        List<Object> args = new ArrayList<>(List.of(projectId));
        if (tags != null && !tags.isEmpty()) {
            where.append(" AND tags @> ?::text[]"); // GIN index: every given tag must be present
            args.add(tags.toArray(String[]::new));
        }
        if (priority != null) {
            if (!priority.matches(TestCasePayloads.PRIORITIES)) {
                throw ProblemException.invalidField("priority", "must be one of LOW, MEDIUM, HIGH, CRITICAL");
            }
            where.append(" AND priority = ?");
            args.add(priority);
        }
        if (status != null) {
            if (!status.matches(TestCasePayloads.STATUSES)) {
                throw ProblemException.invalidField("status", "must be one of DRAFT, ACTIVE, DEPRECATED");
            }
            where.append(" AND status = ?");
            args.add(status);
        }
        if (text != null && !text.isBlank()) {
            where.append(" AND search @@ plainto_tsquery('simple', ?)");
            args.add(text);
        }
        String column = SORTS.get(sort);
        if (column == null) {
            throw ProblemException.invalidField("sort", "must be one of " + String.join(", ", SORTS.keySet()));
        }
        if (!direction.equals("asc") && !direction.equals("desc")) {
            throw ProblemException.invalidField("direction", "must be asc or desc");
        }
        return new PageResponse<>(rows.page(where.toString(), args, column + " " + direction + ", id", size,
                (long) page * size), page, size, rows.count(where.toString(), args));
    }

    /** One test case; 404 when the caller may not read its project. */
    @Transactional(readOnly = true)
    public TestCaseView get(Caller caller, UUID id) {
        return readable(caller, id);
    }

    @Transactional
    TestCaseView update(Caller caller, UUID id, TestCaseInput in) {
        TestCaseView before = readable(caller, id);
        ProjectAccess a = access.requireWritableProject(caller, before.projectId(), ProjectPermission.WRITE_TESTS);
        requireFreeName(before.projectId(), in.name(), id, "name");
        if (!rows.update(id, before.version(), in, caller.requireUser())) {
            throw ProblemException.conflict("concurrent-update", "Test case " + id + " was changed by someone else "
                    + "meanwhile; reload it and apply your change again");
        }
        TestCaseView after = rows.find(id).orElseThrow();
        audit.record(caller, a.project().organizationId(), "test_case.update", "test_case", id,
                Map.of("version", before.version(), "name", before.name()),
                Map.of("version", after.version(), "name", after.name()));
        return after;
    }

    @Transactional
    void delete(Caller caller, UUID id) {
        TestCaseView tc = readable(caller, id);
        ProjectAccess a = access.requireWritableProject(caller, tc.projectId(), ProjectPermission.WRITE_TESTS);
        rows.delete(id);
        audit.record(caller, a.project().organizationId(), "test_case.delete", "test_case", id,
                Map.of("name", tc.name(), "version", tc.version()), null);
    }

    @Transactional(readOnly = true)
    List<VersionView> versions(Caller caller, UUID id) {
        readable(caller, id);
        return rows.versions(id);
    }

    @Transactional(readOnly = true)
    VersionView version(Caller caller, UUID id, int version) {
        readable(caller, id);
        return rows.version(id, version).orElseThrow(() -> ProblemException.notFound("Version " + version
                + " of test case " + id));
    }

    /** Restoring writes the old content as a new version, so history is never rewritten. */
    @Transactional
    TestCaseView restore(Caller caller, UUID id, int version) {
        VersionView v = version(caller, id, version);
        return update(caller, id, new TestCaseInput(v.name(), v.description(), v.steps(), v.tags(), v.priority(),
                v.status(), "Restored version " + version));
    }

    @Transactional
    TestCaseView cloneOf(Caller caller, UUID id, @Nullable String name) {
        TestCaseView source = readable(caller, id);
        String cloneName = name != null && !name.isBlank() ? name : source.name() + " (copy)";
        return create(caller, source.projectId(), new TestCaseInput(cloneName, source.description(), source.steps(),
                source.tags(), source.priority(), "DRAFT", "Cloned from " + id));
    }

    /** All or nothing: any bad row (or a name clash) fails the whole import with one error per problem. */
    @Transactional
    List<UUID> importAll(Caller caller, UUID projectId, List<TestCaseInput> inputs, List<RowError> parseErrors) {
        ProjectAccess a = access.requireWritableProject(caller, projectId, ProjectPermission.WRITE_TESTS);
        List<RowError> errors = new ArrayList<>(parseErrors);
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            TestCaseInput in = inputs.get(i);
            if (in == null || in.name() == null) {
                continue;
            }
            if (!names.add(in.name().trim().toLowerCase(java.util.Locale.ROOT))) {
                errors.add(new RowError(i + 1, "name", "appears twice in this import"));
            } else if (rows.nameTaken(projectId, in.name(), new UUID(0, 0))) {
                errors.add(new RowError(i + 1, "name", "a test case named '" + in.name().trim()
                        + "' already exists in this project"));
            }
        }
        if (!errors.isEmpty()) {
            throw rejected(errors);
        }
        List<UUID> ids = new ArrayList<>();
        for (TestCaseInput in : inputs) {
            UUID id = UUID.randomUUID();
            rows.insert(id, projectId, in, caller.requireUser());
            ids.add(id);
        }
        audit.record(caller, a.project().organizationId(), "test_case.import", "project", projectId, null,
                Map.of("imported", ids.size()));
        return ids;
    }

    /** Row numbers count from 1 (for CSV: the first line after the header). */
    static ProblemException rejected(List<RowError> errors) {
        return new ProblemException(io.micronaut.http.HttpStatus.BAD_REQUEST, "import-rejected", "The import was "
                + "rejected with " + errors.size() + " problem(s); nothing was imported",
                errors.stream().map(e -> new dev.suture.platform.common.FieldError("rows[" + e.row() + "]."
                        + e.field(), e.message())).toList(), null);
    }

    private TestCaseView readable(Caller caller, UUID id) {
        TestCaseView tc = rows.find(id).orElseThrow(() -> ProblemException.notFound("Test case " + id));
        access.requireProject(caller, tc.projectId(), ProjectPermission.READ);
        return tc;
    }

    private void requireFreeName(UUID projectId, String name, UUID excludeId, String field) {
        if (rows.nameTaken(projectId, name, excludeId)) {
            throw ProblemException.conflict("name-taken", "A test case named '" + name.trim()
                    + "' already exists in this project (" + field + ")");
        }
    }
}
