package dev.suture.platform.suite;

import dev.suture.platform.access.AccessService;
import dev.suture.platform.access.Caller;
import dev.suture.platform.access.ProjectAccess;
import dev.suture.platform.access.ProjectPermission;
import dev.suture.platform.audit.AuditTrail;
import dev.suture.platform.common.PageResponse;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.access.SystemCaller;
import dev.suture.platform.execution.ExecutionService;
import dev.suture.platform.schedule.CronSchedule;
import dev.suture.platform.schedule.FireId;
import dev.suture.platform.suite.SuitePayloads.CreateSchedule;
import dev.suture.platform.suite.SuitePayloads.CreateSuite;
import dev.suture.platform.suite.SuitePayloads.Member;
import dev.suture.platform.suite.SuitePayloads.Queued;
import dev.suture.platform.suite.SuitePayloads.ScheduleView;
import dev.suture.platform.suite.SuitePayloads.SuiteConfig;
import dev.suture.platform.suite.SuitePayloads.SuiteView;
import dev.suture.platform.suite.SuitePayloads.UpdateSuite;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Suites: content, ordered members, run configuration, cron schedules, and queuing an execution. */
@Singleton
class SuiteService {

    private final SuiteRows rows;
    private final AccessService access;
    private final AuditTrail audit;
    private final ExecutionService executions;

    SuiteService(SuiteRows rows, AccessService access, AuditTrail audit, ExecutionService executions) {
        this.rows = rows;
        this.access = access;
        this.audit = audit;
        this.executions = executions;
    }

    @Transactional
    SuiteView create(Caller caller, CreateSuite in) {
        ProjectAccess a = access.requireWritableProject(caller, in.projectId(), ProjectPermission.WRITE_TESTS);
        UUID id = UUID.randomUUID();
        requireFreeName(in.projectId(), in.name(), id);
        rows.update("INSERT INTO test_suites (id, project_id, name, description, config, created_by) "
                + "VALUES (?, ?, ?, ?, ?::jsonb, ?)", id, in.projectId(), in.name().trim(), in.description(),
                rows.config(in.config()), caller.requireUser());
        audit.record(caller, a.project().organizationId(), "test_suite.create", "test_suite", id, null,
                Map.of("projectId", in.projectId().toString(), "name", in.name().trim()));
        return rows.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    PageResponse<SuiteView> list(Caller caller, UUID projectId, int page, int size) {
        access.requireProject(caller, projectId, ProjectPermission.READ);
        PageResponse.checkedPage(page);
        PageResponse.checkedSize(size);
        return new PageResponse<>(rows.page(projectId, size, (long) page * size), page, size, rows.count(projectId));
    }

    /** Test cases of the suite's project that are not in it yet (what the suite page offers to add), by name. */
    @Transactional(readOnly = true)
    List<SuiteScreens.Choice> addable(Caller caller, UUID id) {
        SuiteView suite = readable(caller, id);
        return rows.addable(suite.projectId(), id);
    }

    /** How many test cases each of the project's suites holds (the suite list's column). */
    @Transactional(readOnly = true)
    Map<UUID, Integer> memberCounts(Caller caller, UUID projectId) {
        access.requireProject(caller, projectId, ProjectPermission.READ);
        return rows.memberCounts(projectId);
    }

    @Transactional(readOnly = true)
    SuiteView get(Caller caller, UUID id) {
        return readable(caller, id);
    }

    @Transactional
    SuiteView update(Caller caller, UUID id, UpdateSuite in) {
        SuiteView before = readable(caller, id);
        ProjectAccess a = access.requireWritableProject(caller, before.projectId(), ProjectPermission.WRITE_TESTS);
        requireFreeName(before.projectId(), in.name(), id);
        rows.update("UPDATE test_suites SET name = ?, description = ?, updated_at = now() WHERE id = ?",
                in.name().trim(), in.description(), id);
        audit.record(caller, a.project().organizationId(), "test_suite.update", "test_suite", id,
                Map.of("name", before.name()), Map.of("name", in.name().trim()));
        return rows.find(id).orElseThrow();
    }

    @Transactional
    void delete(Caller caller, UUID id) {
        SuiteView suite = readable(caller, id);
        ProjectAccess a = access.requireWritableProject(caller, suite.projectId(), ProjectPermission.WRITE_TESTS);
        rows.update("DELETE FROM test_suites WHERE id = ?", id);
        audit.record(caller, a.project().organizationId(), "test_suite.delete", "test_suite", id,
                Map.of("name", suite.name()), null);
    }

    @Transactional
    SuiteView setConfig(Caller caller, UUID id, SuiteConfig config) {
        SuiteView before = readable(caller, id);
        ProjectAccess a = access.requireWritableProject(caller, before.projectId(), ProjectPermission.WRITE_TESTS);
        rows.update("UPDATE test_suites SET config = ?::jsonb, updated_at = now() WHERE id = ?", rows.config(config), id);
        audit.record(caller, a.project().organizationId(), "test_suite.config", "test_suite", id,
                Map.of("config", rows.config(before.config())), Map.of("config", rows.config(config)));
        return rows.find(id).orElseThrow();
    }

    /** Replaces the members, in the given order; every id must be a test case of the suite's project. */
    @Transactional
    SuiteView setMembers(Caller caller, UUID id, List<UUID> ids) {
        SuiteView suite = readable(caller, id);
        ProjectAccess a = access.requireWritableProject(caller, suite.projectId(), ProjectPermission.WRITE_TESTS);
        if (new HashSet<>(ids).size() != ids.size()) {
            throw ProblemException.invalidField("testCaseIds", "must not contain the same test case twice");
        }
        if (!ids.isEmpty() && rows.countCasesInProject(suite.projectId(), ids) != ids.size()) {
            throw ProblemException.invalidField("testCaseIds", "every id must be a test case of this suite's project");
        }
        rows.setMembers(id, ids);
        rows.update("UPDATE test_suites SET updated_at = now() WHERE id = ?", id);
        audit.record(caller, a.project().organizationId(), "test_suite.members", "test_suite", id,
                Map.of("count", suite.testCases().size()), Map.of("count", ids.size()));
        return rows.find(id).orElseThrow();
    }

    @Transactional
    SuiteView addMember(Caller caller, UUID id, UUID testCaseId, Integer position) {
        SuiteView suite = readable(caller, id);
        // permission before any answer about the members
        access.requireWritableProject(caller, suite.projectId(), ProjectPermission.WRITE_TESTS);
        List<UUID> ids = new ArrayList<>(suite.testCases().stream().map(Member::testCaseId).toList());
        if (ids.contains(testCaseId)) {
            throw ProblemException.conflict("already-member", "Test case " + testCaseId + " is already in this suite");
        }
        ids.add(position == null ? ids.size() : Math.min(position, ids.size()), testCaseId);
        return setMembers(caller, id, ids);
    }

    @Transactional
    SuiteView removeMember(Caller caller, UUID id, UUID testCaseId) {
        SuiteView suite = readable(caller, id);
        access.requireWritableProject(caller, suite.projectId(), ProjectPermission.WRITE_TESTS);
        List<UUID> ids = new ArrayList<>(suite.testCases().stream().map(Member::testCaseId).toList());
        if (!ids.remove(testCaseId)) {
            throw ProblemException.notFound("Test case " + testCaseId + " in suite " + id);
        }
        return setMembers(caller, id, ids);
    }

    @Transactional(readOnly = true)
    List<ScheduleView> schedules(Caller caller, UUID id) {
        readable(caller, id);
        return rows.schedules(id);
    }

    @Transactional
    ScheduleView addSchedule(Caller caller, UUID id, CreateSchedule in) {
        SuiteView suite = readable(caller, id);
        ProjectAccess a = access.requireWritableProject(caller, suite.projectId(), ProjectPermission.WRITE_TESTS);
        String zone = in.timeZone() == null ? "UTC" : in.timeZone();
        Instant next = CronSchedule.nextRun(in.cron(), zone, Instant.now());
        UUID scheduleId = UUID.randomUUID();
        boolean enabled = in.enabled() == null || in.enabled();
        rows.update("INSERT INTO test_suite_schedules (id, suite_id, cron, time_zone, enabled, next_run_at, created_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", scheduleId, id, in.cron().trim(), zone, enabled, next,
                caller.requireUser());
        audit.record(caller, a.project().organizationId(), "test_suite.schedule_add", "test_suite_schedule",
                scheduleId, null, Map.of("suiteId", id.toString(), "cron", in.cron().trim(), "timeZone", zone));
        return rows.schedules(id).stream().filter(s -> s.id().equals(scheduleId)).findFirst().orElseThrow();
    }

    @Transactional
    void deleteSchedule(Caller caller, UUID id, UUID scheduleId) {
        SuiteView suite = readable(caller, id);
        ProjectAccess a = access.requireWritableProject(caller, suite.projectId(), ProjectPermission.WRITE_TESTS);
        if (rows.update("DELETE FROM test_suite_schedules WHERE id = ? AND suite_id = ?", scheduleId, id) == 0) {
            throw ProblemException.notFound("Schedule " + scheduleId);
        }
        audit.record(caller, a.project().organizationId(), "test_suite.schedule_delete", "test_suite_schedule",
                scheduleId, Map.of("suiteId", id.toString()), null);
    }

    /** Queues an execution of the suite's test cases, in order, with a snapshot of its configuration. */
    @Transactional
    Queued execute(Caller caller, UUID id) {
        SuiteView suite = readable(caller, id);
        ProjectAccess a = access.requireWritableProject(caller, suite.projectId(), ProjectPermission.WRITE_TESTS);
        return queue(caller, a.project().organizationId(), suite, "MANUAL", Map.of());
    }

    /**
     * Queues the execution of one schedule fire, once: the fire is claimed by moving the schedule's last_run_at
     * to it in this transaction, so a fire delivered twice (two instances, a retried job) finds it claimed and
     * does nothing. Nothing is queued either for a deleted or disabled schedule, an empty suite or an archived
     * project.
     *
     * @return the queued execution, or empty when the fire was skipped
     */
    @Transactional
    Optional<Queued> executeScheduled(FireId fire) {
        Optional<SuiteRows.ScheduledSuite> claimed = rows.claimFire(fire.scheduleId(), fire.fireAt());
        if (claimed.isEmpty() || claimed.get().projectArchived()) {
            return Optional.empty();
        }
        SuiteView suite = rows.find(claimed.get().suiteId()).orElseThrow();
        if (suite.testCases().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(queue(SystemCaller.SCHEDULER, claimed.get().organizationId(), suite, "SCHEDULE",
                Map.of("scheduleId", fire.scheduleId().toString(), "fireAt", fire.fireAt().toString())));
    }

    private Queued queue(Caller caller, UUID organizationId, SuiteView suite, String trigger,
                         Map<String, String> auditDetails) {
        if (suite.testCases().isEmpty()) {
            throw ProblemException.conflict("empty-suite", "Suite '" + suite.name() + "' has no test cases; add some "
                    + "with PUT /api/test-suites/" + suite.id() + "/test-cases");
        }
        List<String> caseIds = suite.testCases().stream().map(m -> m.testCaseId().toString()).toList();
        UUID execution = executions.createQueued(caller, suite.projectId(), suite.id(), suite.name(), suite.name(),
                trigger, Map.of("suite", suite.config(), "testCaseIds", caseIds), null);
        Map<String, Object> details = new LinkedHashMap<>(auditDetails);
        details.put("suiteId", suite.id().toString());
        details.put("testCases", caseIds.size());
        audit.record(caller, organizationId, "test_suite.execute", "execution", execution, null, details);
        return new Queued(execution, "QUEUED", caseIds.size());
    }

    private SuiteView readable(Caller caller, UUID id) {
        SuiteView suite = rows.find(id).orElseThrow(() -> ProblemException.notFound("Test suite " + id));
        access.requireProject(caller, suite.projectId(), ProjectPermission.READ);
        return suite;
    }

    private void requireFreeName(UUID projectId, String name, UUID excludeId) {
        if (rows.nameTaken(projectId, name.trim(), excludeId)) {
            throw ProblemException.conflict("name-taken", "A suite named '" + name.trim()
                    + "' already exists in this project");
        }
    }
}
