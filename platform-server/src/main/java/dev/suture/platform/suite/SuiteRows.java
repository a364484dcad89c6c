package dev.suture.platform.suite;

import dev.suture.platform.common.SqlRunner;
import dev.suture.platform.suite.SuitePayloads.Member;
import dev.suture.platform.suite.SuitePayloads.ScheduleView;
import dev.suture.platform.suite.SuitePayloads.SuiteConfig;
import dev.suture.platform.suite.SuitePayloads.SuiteView;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SQL for suites, their ordered members and schedules. */
@Singleton
class SuiteRows {

    private static final String COLUMNS = "id, project_id, name, description, config::text, created_at, updated_at";

    private final SqlRunner sql;
    private final JsonMapper json;

    SuiteRows(SqlRunner sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    Optional<SuiteView> find(UUID id) {
        return sql.query("SELECT " + COLUMNS + " FROM test_suites WHERE id = ?", List.of(id), rs -> view(rs, true))
                .stream().findFirst();
    }

    List<SuiteView> page(UUID projectId, int limit, long offset) {
        return sql.query("SELECT " + COLUMNS + " FROM test_suites WHERE project_id = ? ORDER BY lower(name), id "
                + "LIMIT ? OFFSET ?", List.of(projectId, limit, offset), rs -> view(rs, false));
    }

    long count(UUID projectId) {
        return sql.count("SELECT count(*) FROM test_suites WHERE project_id = ?", List.of(projectId));
    }

    boolean nameTaken(UUID projectId, String name, UUID excludeId) {
        return sql.count("SELECT count(*) FROM test_suites WHERE project_id = ? AND lower(name) = lower(?) AND id <> ?",
                List.of(projectId, name, excludeId)) > 0;
    }

    List<Member> members(UUID suiteId) {
        return sql.query("SELECT m.test_case_id, m.position, c.name, c.status FROM test_suite_members m "
                + "JOIN test_cases c ON c.id = m.test_case_id WHERE m.suite_id = ? ORDER BY m.position, c.name",
                List.of(suiteId), rs -> new Member(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3),
                        rs.getString(4)));
    }

    List<SuiteScreens.Choice> addable(UUID projectId, UUID suiteId) {
        return sql.query("SELECT id, name FROM test_cases c WHERE project_id = ? AND NOT EXISTS (SELECT 1 FROM "
                + "test_suite_members m WHERE m.suite_id = ? AND m.test_case_id = c.id) ORDER BY lower(name) LIMIT 500",
                List.of(projectId, suiteId), rs -> new SuiteScreens.Choice(rs.getObject(1, UUID.class),
                        rs.getString(2)));
    }

    java.util.Map<UUID, Integer> memberCounts(UUID projectId) {
        return sql.query("SELECT s.id, count(m.test_case_id) FROM test_suites s LEFT JOIN test_suite_members m ON "
                + "m.suite_id = s.id WHERE s.project_id = ? GROUP BY s.id", List.of(projectId),
                rs -> java.util.Map.entry(rs.getObject(1, UUID.class), rs.getInt(2))).stream()
                .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
    }

    /** How many of the ids are test cases of the project (members must come from the suite's own project). */
    long countCasesInProject(UUID projectId, List<UUID> ids) {
        return sql.count("SELECT count(*) FROM test_cases WHERE project_id = ? AND id = ANY(?)",
                List.of(projectId, ids.toArray(UUID[]::new)));
    }

    /** Replaces the members with the given order (positions 0, 1, 2, ...). */
    void setMembers(UUID suiteId, List<UUID> ids) {
        sql.update("DELETE FROM test_suite_members WHERE suite_id = ?", suiteId);
        sql.update("INSERT INTO test_suite_members (suite_id, test_case_id, position) "
                + "SELECT ?, t.id, t.ord - 1 FROM unnest(?::uuid[]) WITH ORDINALITY AS t(id, ord)",
                suiteId, ids.toArray(UUID[]::new));
    }

    List<ScheduleView> schedules(UUID suiteId) {
        return sql.query("SELECT id, suite_id, cron, time_zone, enabled, next_run_at, last_run_at FROM "
                + "test_suite_schedules WHERE suite_id = ? ORDER BY created_at, id", List.of(suiteId),
                rs -> new ScheduleView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getBoolean(5), SqlRunner.instant(rs, 6), SqlRunner.instant(rs, 7)));
    }

    /** The suite of a claimed schedule fire, its organisation, and whether its project is archived. */
    record ScheduledSuite(UUID suiteId, UUID organizationId, boolean projectArchived) {
    }

    /**
     * Claims one fire of an enabled schedule by moving last_run_at to it; empty when the schedule is gone or
     * disabled, or the fire (or a later one) was claimed already.
     */
    Optional<ScheduledSuite> claimFire(UUID scheduleId, Instant fireAt) {
        return sql.query("UPDATE test_suite_schedules s SET last_run_at = ? FROM test_suites t JOIN projects p "
                + "ON p.id = t.project_id WHERE s.id = ? AND s.enabled AND t.id = s.suite_id AND (s.last_run_at IS "
                + "NULL OR s.last_run_at < ?) RETURNING s.suite_id, p.organization_id, p.archived_at IS NOT NULL",
                List.of(fireAt, scheduleId, fireAt), rs -> new ScheduledSuite(rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class), rs.getBoolean(3))).stream().findFirst();
    }

    int update(String statement, Object... args) {
        return sql.update(statement, args);
    }

    String config(SuiteConfig config) {
        try {
            return new String(json.writeValueAsBytes(config == null ? emptyConfig() : config), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SuiteConfig emptyConfig() {
        return new SuiteConfig(null, null, null, null, null, null);
    }

    private SuiteView view(ResultSet rs, boolean withMembers) throws SQLException {
        SuiteConfig config;
        try {
            config = json.readValue(rs.getString(5).getBytes(StandardCharsets.UTF_8), Argument.of(SuiteConfig.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UUID id = rs.getObject(1, UUID.class);
        return new SuiteView(id, rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), config,
                withMembers ? members(id) : List.of(), SqlRunner.instant(rs, 6), SqlRunner.instant(rs, 7));
    }
}
