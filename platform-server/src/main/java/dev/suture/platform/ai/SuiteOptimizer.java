package dev.suture.platform.ai;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.common.SqlRunner;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code optimize-suite}: a better order for a suite's test cases and the ones that duplicate another. Tests that
 * failed most often in the last {@value #HISTORY_DAYS} days run first (a broken build shows itself sooner), then
 * the quickest; a test case whose steps equal an earlier one's is dropped. It proposes and changes nothing: the
 * answer's {@code testCaseIds} is the body of {@code PUT /api/test-suites/{id}/test-cases}.
 *
 * <p>Results count for a test case when they carry its id (runs of the platform) or, for results reported by the
 * SDK without one, when they have its name.
 */
@Singleton
class SuiteOptimizer {

    static final int HISTORY_DAYS = 90;

    private final SqlRunner sql;

    SuiteOptimizer(SqlRunner sql) {
        this.sql = sql;
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Member(UUID testCaseId, String name, int currentPosition, long runs, long failures, double failureRate,
                  @Nullable Long averageDurationMs) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Duplicate(UUID testCaseId, String name, UUID duplicateOf) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Proposal(UUID suiteId, int historyDays, List<Member> order, List<Duplicate> duplicates,
                    List<UUID> testCaseIds, boolean changed) {
    }

    record Suite(UUID id, UUID projectId) {
    }

    @Transactional(readOnly = true)
    Suite suite(UUID suiteId) {
        return sql.query("SELECT id, project_id FROM test_suites WHERE id = ?", List.of(suiteId),
                rs -> new Suite(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("Test suite " + suiteId));
    }

    @Transactional(readOnly = true)
    Proposal propose(Suite suite) {
        List<Member> members = new ArrayList<>();
        Map<UUID, String> steps = new HashMap<>();
        sql.query("SELECT c.id, c.name, m.position, c.steps::jsonb::text, "
                + "count(r.id), count(r.id) FILTER (WHERE r.status = 'FAILED'), avg(r.duration_ms)::bigint "
                + "FROM test_suite_members m JOIN test_cases c ON c.id = m.test_case_id "
                + "LEFT JOIN test_results r ON r.project_id = c.project_id "
                + "AND r.started_at >= now() - make_interval(days => ?) "
                + "AND (r.test_case_id = c.id OR (r.test_case_id IS NULL AND lower(r.name) = lower(c.name))) "
                + "WHERE m.suite_id = ? GROUP BY c.id, c.name, m.position, c.steps::jsonb::text "
                + "ORDER BY m.position, c.name", List.of(HISTORY_DAYS, suite.id()), rs -> {
                    long runs = rs.getLong(5);
                    long failures = rs.getLong(6);
                    long avg = rs.getLong(7);
                    Long average = rs.wasNull() ? null : avg;
                    UUID id = rs.getObject(1, UUID.class);
                    steps.put(id, rs.getString(4));
                    members.add(new Member(id, rs.getString(2), rs.getInt(3), runs, failures,
                            runs == 0 ? 0 : Math.round(1000.0 * failures / runs) / 1000.0, average));
                    return id;
                });
        List<Member> order = new ArrayList<>(members);
        order.sort(Comparator.comparingDouble(Member::failureRate).reversed()
                .thenComparing(m -> m.averageDurationMs() == null ? Long.MAX_VALUE : m.averageDurationMs())
                .thenComparingInt(Member::currentPosition));
        // Equal steps (jsonb text is normalised: key order and spacing do not matter) keep the first in the new order.
        Map<String, UUID> firstWithSteps = new HashMap<>();
        List<Duplicate> duplicates = new ArrayList<>();
        List<Member> kept = new ArrayList<>();
        for (Member m : order) {
            UUID first = firstWithSteps.putIfAbsent(steps.get(m.testCaseId()), m.testCaseId());
            if (first == null) {
                kept.add(m);
            } else {
                duplicates.add(new Duplicate(m.testCaseId(), m.name(), first));
            }
        }
        List<UUID> ids = kept.stream().map(Member::testCaseId).toList();
        boolean changed = !ids.equals(members.stream().map(Member::testCaseId).toList());
        return new Proposal(suite.id(), HISTORY_DAYS, kept, duplicates, ids, changed);
    }
}
