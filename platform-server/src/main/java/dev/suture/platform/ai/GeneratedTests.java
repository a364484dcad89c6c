package dev.suture.platform.ai;

import dev.suture.platform.access.AccessService;
import dev.suture.platform.access.Caller;
import dev.suture.platform.access.ProjectAccess;
import dev.suture.platform.access.ProjectPermission;
import dev.suture.platform.ai.AiPayloads.Approve;
import dev.suture.platform.ai.AiPayloads.GeneratedStep;
import dev.suture.platform.ai.AiPayloads.GeneratedTestView;
import dev.suture.platform.audit.AuditTrail;
import dev.suture.platform.common.PageResponse;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.common.SqlRunner;
import dev.suture.platform.testcase.TestCasePayloads.Step;
import dev.suture.platform.testcase.TestCasePayloads.TestCaseInput;
import dev.suture.platform.testcase.TestCasePayloads.TestCaseView;
import dev.suture.platform.testcase.TestCaseService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Generated tests awaiting review ({@code ai_generated_tests}): a user approves one into a test case (with the same
 * steps) or rejects it. Only a PENDING test can be decided, once.
 */
@Singleton
class GeneratedTests {

    private static final Argument<List<GeneratedStep>> STEPS = Argument.listOf(GeneratedStep.class);
    private static final Set<String> STATUSES = Set.of("PENDING", "APPROVED", "REJECTED");
    private static final String COLUMNS = "id, project_id, name, description, start_url, steps::text, status, source, "
            + "test_case_id, created_by, created_at, decided_by, decided_at";

    private final SqlRunner sql;
    private final JsonMapper json;
    private final AccessService access;
    private final AuditTrail audit;
    private final TestCaseService testCases;

    GeneratedTests(SqlRunner sql, JsonMapper json, AccessService access, AuditTrail audit, TestCaseService testCases) {
        this.sql = sql;
        this.json = json;
        this.access = access;
        this.audit = audit;
        this.testCases = testCases;
    }

    @Transactional
    GeneratedTestView save(Caller caller, ProjectAccess a, String name, String description, String startUrl,
                           List<GeneratedStep> steps, String source) {
        UUID id = UUID.randomUUID();
        sql.update("INSERT INTO ai_generated_tests (id, project_id, name, description, start_url, steps, source, "
                + "created_by) VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?)", id, a.project().id(), name, description,
                startUrl, write(steps), source, caller.requireUser());
        audit.record(caller, a.project().organizationId(), "ai.generate_test", "ai_generated_test", id, null,
                Map.of("projectId", a.project().id().toString(), "startUrl", startUrl, "steps", steps.size(),
                        "source", source));
        return find(id);
    }

    @Transactional(readOnly = true)
    PageResponse<GeneratedTestView> list(Caller caller, UUID projectId, @Nullable String status, int page, int size) {
        access.requireProject(caller, projectId, ProjectPermission.READ);
        PageResponse.checkedPage(page);
        PageResponse.checkedSize(size);
        if (status != null && !STATUSES.contains(status)) {
            throw ProblemException.invalidField("status", "must be one of PENDING, APPROVED, REJECTED");
        }
        String where = "project_id = ?" + (status == null ? "" : " AND status = ?");
        List<Object> args = new ArrayList<>(List.of(projectId));
        if (status != null) {
            args.add(status);
        }
        long total = sql.count("SELECT count(*) FROM ai_generated_tests WHERE " + where, args);
        args.add(size);
        args.add((long) page * size);
        return new PageResponse<>(sql.query("SELECT " + COLUMNS + " FROM ai_generated_tests WHERE " + where
                + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?", args, this::row), page, size, total);
    }

    @Transactional(readOnly = true)
    GeneratedTestView get(Caller caller, UUID id) {
        GeneratedTestView view = find(id);
        access.requireProject(caller, view.projectId(), ProjectPermission.READ);
        return view;
    }

    /** Creates the test case (through the test case service: same checks, version 1, audit) and links it. */
    @Transactional
    GeneratedTestView approve(Caller caller, UUID id, Approve in) {
        GeneratedTestView pending = pending(caller, id);
        List<Step> steps = pending.steps().stream()
                .map(s -> new Step(s.action(), s.target(), s.value(), s.instruction())).toList();
        String name = in.name() == null || in.name().isBlank() ? pending.name() : in.name();
        TestCaseView created = testCases.create(caller, pending.projectId(), new TestCaseInput(name,
                pending.description(), steps, in.tags(), in.priority(), in.status(),
                "generated by AI from: " + abbreviate(pending.description(), 400)));
        sql.update("UPDATE ai_generated_tests SET status = 'APPROVED', test_case_id = ?, decided_by = ?, "
                + "decided_at = now() WHERE id = ?", created.id(), caller.requireUser(), id);
        audit.record(caller, organizationOf(pending.projectId()), "ai.approve_test", "ai_generated_test", id,
                Map.of("status", "PENDING"), Map.of("status", "APPROVED", "testCaseId", created.id().toString()));
        return find(id);
    }

    @Transactional
    GeneratedTestView reject(Caller caller, UUID id) {
        GeneratedTestView pending = pending(caller, id);
        sql.update("UPDATE ai_generated_tests SET status = 'REJECTED', decided_by = ?, decided_at = now() "
                + "WHERE id = ?", caller.requireUser(), id);
        audit.record(caller, organizationOf(pending.projectId()), "ai.reject_test", "ai_generated_test", id,
                Map.of("status", "PENDING"), Map.of("status", "REJECTED"));
        return find(id);
    }

    /** Locks the row and checks that the caller may decide it and that nobody has yet. */
    private GeneratedTestView pending(Caller caller, UUID id) {
        GeneratedTestView view = sql.query("SELECT " + COLUMNS + " FROM ai_generated_tests WHERE id = ? FOR UPDATE",
                List.of(id), this::row).stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("Generated test " + id));
        access.requireProject(caller, view.projectId(), ProjectPermission.WRITE_TESTS);
        caller.requireUser();
        if (!view.status().equals("PENDING")) {
            throw ProblemException.conflict("already-decided", "This generated test was already "
                    + view.status().toLowerCase() + "; generate a new one to decide again");
        }
        return view;
    }

    private UUID organizationOf(UUID projectId) {
        return sql.query("SELECT organization_id FROM projects WHERE id = ?", List.of(projectId),
                rs -> rs.getObject(1, UUID.class)).get(0);
    }

    private GeneratedTestView find(UUID id) {
        return sql.query("SELECT " + COLUMNS + " FROM ai_generated_tests WHERE id = ?", List.of(id), this::row)
                .stream().findFirst().orElseThrow(() -> ProblemException.notFound("Generated test " + id));
    }

    private GeneratedTestView row(ResultSet rs) throws SQLException {
        return new GeneratedTestView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getString(4), rs.getString(5), read(rs.getString(6)), rs.getString(7), rs.getString(8),
                rs.getObject(9, UUID.class), rs.getObject(10, UUID.class), SqlRunner.instant(rs, 11),
                rs.getObject(12, UUID.class), SqlRunner.instant(rs, 13));
    }

    private String write(List<GeneratedStep> steps) {
        try {
            return new String(json.writeValueAsBytes(STEPS, steps), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<GeneratedStep> read(String text) {
        try {
            return json.readValue(text.getBytes(StandardCharsets.UTF_8), STEPS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String abbreviate(String text, int max) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= max ? line : line.substring(0, max - 3) + "...";
    }
}
