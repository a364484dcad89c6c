package dev.suture.platform.testcase;

import dev.suture.platform.common.SqlRunner;
import dev.suture.platform.testcase.TestCasePayloads.Step;
import dev.suture.platform.testcase.TestCasePayloads.TestCaseInput;
import dev.suture.platform.testcase.TestCasePayloads.TestCaseView;
import dev.suture.platform.testcase.TestCasePayloads.VersionView;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SQL for test cases and their versions (steps as JSONB, tags as text[]). */
@Singleton
class TestCaseRows {

    static final String COLUMNS = "id, project_id, name, description, steps::text, tags, priority, status, version, "
            + "created_at, updated_at";
    private static final Argument<List<Step>> STEPS = Argument.listOf(Step.class);

    private final SqlRunner sql;
    private final JsonMapper json;

    TestCaseRows(SqlRunner sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    void insert(UUID id, UUID projectId, TestCaseInput in, UUID userId) {
        Instant now = Instant.now();
        sql.update("INSERT INTO test_cases (id, project_id, name, description, steps, tags, priority, status, version, "
                + "created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?, 1, ?, ?, ?)", id, projectId,
                in.name().trim(), in.description(), steps(in.steps()), tags(in), priority(in), status(in), userId, now,
                now);
        snapshot(id, userId, in.changeNote());
    }

    /** Applies the input as the next version; answers false when someone else changed it first. */
    boolean update(UUID id, int expectedVersion, TestCaseInput in, UUID userId) {
        int n = sql.update("UPDATE test_cases SET name = ?, description = ?, steps = ?::jsonb, tags = ?, priority = ?, "
                + "status = ?, version = version + 1, updated_at = now() WHERE id = ? AND version = ?", in.name().trim(),
                in.description(), steps(in.steps()), tags(in), priority(in), status(in), id, expectedVersion);
        if (n == 1) {
            snapshot(id, userId, in.changeNote());
        }
        return n == 1;
    }

    private void snapshot(UUID id, UUID userId, String note) {
        sql.update("INSERT INTO test_case_versions (test_case_id, version, name, description, steps, tags, priority, "
                + "status, changed_by, change_note) SELECT id, version, name, description, steps, tags, priority, status, "
                + "?, ? FROM test_cases WHERE id = ?", userId, note, id);
    }

    Optional<TestCaseView> find(UUID id) {
        return sql.query("SELECT " + COLUMNS + " FROM test_cases WHERE id = ?", List.of(id), this::view).stream()
                .findFirst();
    }

    List<TestCaseView> page(String where, List<Object> args, String orderBy, int limit, long offset) {
        List<Object> all = new java.util.ArrayList<>(args);
        all.add(limit);
        all.add(offset);
        return sql.query("SELECT " + COLUMNS + " FROM test_cases WHERE " + where + " ORDER BY " + orderBy
                + " LIMIT ? OFFSET ?", all, this::view);
    }

    long count(String where, List<Object> args) {
        return sql.count("SELECT count(*) FROM test_cases WHERE " + where, args);
    }

    List<VersionView> versions(UUID id) {
        return sql.query("SELECT test_case_id, version, name, description, steps::text, tags, priority, status, "
                + "changed_by, change_note, created_at FROM test_case_versions WHERE test_case_id = ? ORDER BY version "
                + "DESC", List.of(id), this::version);
    }

    Optional<VersionView> version(UUID id, int version) {
        return sql.query("SELECT test_case_id, version, name, description, steps::text, tags, priority, status, "
                + "changed_by, change_note, created_at FROM test_case_versions WHERE test_case_id = ? AND version = ?",
                List.of(id, version), this::version).stream().findFirst();
    }

    boolean nameTaken(UUID projectId, String name, UUID excludeId) {
        return sql.count("SELECT count(*) FROM test_cases WHERE project_id = ? AND lower(name) = lower(?) AND id <> ?",
                List.of(projectId, name.trim(), excludeId)) > 0;
    }

    void delete(UUID id) {
        sql.update("DELETE FROM test_cases WHERE id = ?", id);
    }

    String steps(List<Step> steps) {
        try {
            return new String(json.writeValueAsBytes(STEPS, steps), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Step> parseSteps(String text) throws IOException {
        return json.readValue(text.getBytes(StandardCharsets.UTF_8), STEPS);
    }

    private static String[] tags(TestCaseInput in) {
        return in.tags() == null ? new String[0]
                : in.tags().stream().map(String::trim).distinct().toArray(String[]::new);
    }

    private static String priority(TestCaseInput in) {
        return in.priority() == null ? "MEDIUM" : in.priority();
    }

    private static String status(TestCaseInput in) {
        return in.status() == null ? "DRAFT" : in.status();
    }

    TestCaseView view(ResultSet rs) throws SQLException {
        return new TestCaseView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getString(4), stepsOf(rs.getString(5)), tagsOf(rs.getArray(6)), rs.getString(7), rs.getString(8),
                rs.getInt(9), SqlRunner.instant(rs, 10), SqlRunner.instant(rs, 11));
    }

    private VersionView version(ResultSet rs) throws SQLException {
        return new VersionView(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), rs.getString(4),
                stepsOf(rs.getString(5)), tagsOf(rs.getArray(6)), rs.getString(7), rs.getString(8),
                rs.getObject(9, UUID.class), rs.getString(10), SqlRunner.instant(rs, 11));
    }

    private List<Step> stepsOf(String text) {
        try {
            return parseSteps(text);
        } catch (IOException e) {
            throw new UncheckedIOException("Stored steps are not valid JSON: " + text, e);
        }
    }

    private static List<String> tagsOf(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
