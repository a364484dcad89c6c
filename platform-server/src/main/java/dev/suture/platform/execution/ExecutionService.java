package dev.suture.platform.execution;

import dev.suture.platform.access.AccessService;
import dev.suture.platform.access.Caller;
import dev.suture.platform.access.ProjectAccess;
import dev.suture.platform.access.ProjectPermission;
import dev.suture.platform.audit.AuditTrail;
import dev.suture.platform.common.PageResponse;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.execution.ExecutionViews.Detail;
import dev.suture.platform.execution.ExecutionViews.Execution;
import dev.suture.platform.execution.ExecutionViews.LogLine;
import dev.suture.platform.worker.ExecutionQueue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Executions (runs): lists, details, stop, retry of the failed tests, and creation of queued runs. */
@Singleton
public class ExecutionService {

    static final Set<String> STATUSES = Set.of("QUEUED", "RUNNING", "PASSED", "FAILED", "STOPPED");

    private final ExecutionQueries queries;
    private final AccessService access;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final ExecutionQueue queue;

    ExecutionService(ExecutionQueries queries, AccessService access, AuditTrail audit, JsonMapper json,
                     ExecutionQueue queue) {
        this.queries = queries;
        this.access = access;
        this.audit = audit;
        this.json = json;
        this.queue = queue;
    }

    @Transactional(readOnly = true)
    PageResponse<Execution> list(Caller caller, ExecutionQueries.Filter filter, int page, int size) {
        access.requireProject(caller, filter.projectId(), ProjectPermission.READ);
        PageResponse.checkedPage(page);
        PageResponse.checkedSize(size);
        if (filter.status() != null && !STATUSES.contains(filter.status())) {
            throw ProblemException.invalidField("status", "must be one of " + String.join(", ", STATUSES));
        }
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw ProblemException.invalidField("from", "must not be after 'to'");
        }
        return new PageResponse<>(queries.list(filter, size, (long) page * size), page, size, queries.count(filter));
    }

    /** The latest runs of one suite, newest first, as the dashboard's tables show them (a suite's results). */
    @Transactional(readOnly = true)
    public List<dev.suture.platform.web.Rows.Run> latestOfSuite(Caller caller, UUID projectId, UUID suiteId,
                                                                int limit) {
        return list(caller, new ExecutionQueries.Filter(projectId, suiteId, null, null, null, null, null, null), 0,
                limit).items().stream().map(ExecutionPages::row).toList();
    }

    @Transactional(readOnly = true)
    Detail get(Caller caller, UUID id) {
        Execution e = readable(caller, id);
        return new Detail(e, queries.results(e), queries.artifacts(id, null), queries.healingEvents(id));
    }

    @Transactional(readOnly = true)
    PageResponse<LogLine> logs(Caller caller, UUID id, @Nullable String level, int page, int size) {
        readable(caller, id);
        PageResponse.checkedPage(page);
        PageResponse.checkedSize(size);
        List<LogLine> lines = queries.logs(id, level, size, (long) page * size);
        long total = queries.countLogs(id);
        return new PageResponse<>(lines, page, size, total);
    }

    @Transactional(readOnly = true)
    List<ExecutionViews.Artifact> screenshots(Caller caller, UUID id) {
        readable(caller, id);
        return queries.artifacts(id, "SCREENSHOT");
    }

    @Transactional
    Execution stop(Caller caller, UUID id) {
        Execution e = readable(caller, id);
        ProjectAccess a = access.requireProject(caller, e.projectId(), ProjectPermission.WRITE_TESTS);
        if (!e.status().equals("QUEUED") && !e.status().equals("RUNNING")) {
            throw ProblemException.conflict("not-running", "Execution " + id + " is " + e.status()
                    + "; only a QUEUED or RUNNING execution can be stopped");
        }
        queries.update("UPDATE test_executions SET status = 'STOPPED', finished_at = now(), "
                + "duration_ms = greatest(0, (extract(epoch FROM (now() - started_at)) * 1000)::bigint) WHERE id = ?", id);
        queue.stop(id);
        audit.record(caller, a.project().organizationId(), "execution.stop", "execution", id,
                Map.of("status", e.status()), Map.of("status", "STOPPED"));
        return queries.find(id).orElseThrow();
    }

    /** Queues a new execution of the tests whose last attempt failed; the execution worker runs it. */
    @Transactional
    Execution retryFailed(Caller caller, UUID id) {
        Execution e = readable(caller, id);
        ProjectAccess a = access.requireProject(caller, e.projectId(), ProjectPermission.WRITE_TESTS);
        List<String> failed = queries.failedKeys(e);
        if (failed.isEmpty()) {
            throw ProblemException.conflict("nothing-to-retry", "Execution " + id + " has no failed tests to retry");
        }
        UUID retry = createQueued(caller, e.projectId(), e.suiteId(), e.suiteName(), "Retry of " + e.name(), "RETRY",
                Map.of("testKeys", failed), id);
        audit.record(caller, a.project().organizationId(), "execution.retry_failed", "execution", retry, null,
                Map.of("parentExecutionId", id.toString(), "tests", failed.size()));
        return queries.find(retry).orElseThrow();
    }

    /** Queues a run of one test case, with the configuration of {@code suiteId} when given (else defaults). */
    @Transactional
    Execution runTestCase(Caller caller, UUID testCaseId, @Nullable UUID suiteId) {
        ExecutionQueries.TestCaseRef testCase = queries.testCase(testCaseId)
                .orElseThrow(() -> ProblemException.notFound("Test case " + testCaseId));
        ProjectAccess a = access.requireProject(caller, testCase.projectId(), ProjectPermission.WRITE_TESTS);
        Map<String, Object> suiteConfig = Map.of();
        String suiteName = null;
        if (suiteId != null) {
            ExecutionQueries.SuiteRef suite = queries.suite(suiteId)
                    .filter(s -> s.projectId().equals(testCase.projectId()))
                    .orElseThrow(() -> ProblemException.invalidField("suiteId",
                            "must be a suite of the test case's project"));
            suiteConfig = fromJson(suite.configJson());
            suiteName = suite.name();
        }
        UUID id = createQueued(caller, testCase.projectId(), suiteId, suiteName, testCase.name(), "MANUAL",
                Map.of("suite", suiteConfig, "testCaseIds", List.of(testCaseId.toString())), null);
        audit.record(caller, a.project().organizationId(), "execution.create", "execution", id, null,
                Map.of("testCaseId", testCaseId.toString()));
        return queries.find(id).orElseThrow();
    }

    /**
     * Creates a QUEUED execution row and its jobs (one per test case, see {@link ExecutionQueue#start}). Must be
     * called inside the caller's transaction, which also writes the audit row.
     */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public UUID createQueued(Caller caller, UUID projectId, @Nullable UUID suiteId, @Nullable String suiteName,
                             String name, String trigger, Map<String, ?> config, @Nullable UUID parentId) {
        UUID id = UUID.randomUUID();
        queries.update("INSERT INTO test_executions (id, project_id, suite_id, suite_name, parent_execution_id, name, "
                + "trigger, status, config, started_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?::jsonb, ?, ?)",
                id, projectId, suiteId, suiteName, parentId, name, trigger, toJson(config),
                Instant.now(), caller.userId());
        queue.start(id);
        return id;
    }

    /** The project of an execution the caller may read (404 when it does not exist or the caller may not see it). */
    @Transactional(readOnly = true)
    public UUID readableProject(Caller caller, UUID executionId) {
        return readable(caller, executionId).projectId();
    }

    private Execution readable(Caller caller, UUID id) {
        Execution e = queries.find(id).orElseThrow(() -> ProblemException.notFound("Execution " + id));
        access.requireProject(caller, e.projectId(), ProjectPermission.READ);
        return e;
    }

    private Map<String, Object> fromJson(String text) {
        try {
            return json.readValue(text.getBytes(StandardCharsets.UTF_8),
                    io.micronaut.core.type.Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String toJson(Object value) {
        try {
            return new String(json.writeValueAsBytes(value), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
