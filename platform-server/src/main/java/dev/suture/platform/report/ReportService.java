package dev.suture.platform.report;

import dev.suture.platform.access.AccessService;
import dev.suture.platform.access.Caller;
import dev.suture.platform.access.ProjectPermission;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.report.ReportViews.Range;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Checks access and the date range, then lets PostgreSQL compute the report. */
@Singleton
class ReportService {

    static final Duration DEFAULT_RANGE = Duration.ofDays(30);
    static final Duration MAX_RANGE = Duration.ofDays(366);
    static final int MAX_LIMIT = 200;

    private final ReportQueries queries;
    private final AccessService access;

    ReportService(ReportQueries queries, AccessService access) {
        this.queries = queries;
        this.access = access;
    }

    @Transactional(readOnly = true)
    ReportViews.Dashboard dashboard(Caller caller, UUID projectId, @Nullable Instant from, @Nullable Instant to) {
        access.requireProject(caller, projectId, ProjectPermission.READ);
        return queries.dashboard(projectId, range(from, to));
    }

    @Transactional(readOnly = true)
    ReportViews.Trends trends(Caller caller, UUID projectId, @Nullable Instant from, @Nullable Instant to,
                              @Nullable String suite) {
        access.requireProject(caller, projectId, ProjectPermission.READ);
        return queries.trends(projectId, range(from, to), suite == null || suite.isBlank() ? null : suite);
    }

    @Transactional(readOnly = true)
    ReportViews.Flaky flaky(Caller caller, UUID projectId, @Nullable Instant from, @Nullable Instant to, int limit) {
        access.requireProject(caller, projectId, ProjectPermission.READ);
        return queries.flaky(projectId, range(from, to), limit(limit));
    }

    @Transactional(readOnly = true)
    ReportViews.Slowest slowest(Caller caller, UUID projectId, @Nullable Instant from, @Nullable Instant to,
                                int limit) {
        access.requireProject(caller, projectId, ProjectPermission.READ);
        return queries.slowest(projectId, range(from, to), limit(limit));
    }

    @Transactional(readOnly = true)
    ReportViews.HealingStats healing(Caller caller, UUID projectId, @Nullable Instant from, @Nullable Instant to,
                                     int limit) {
        access.requireProject(caller, projectId, ProjectPermission.READ);
        return queries.healing(projectId, range(from, to), limit(limit));
    }

    /** Default: the last 30 days; at most 366 days, so no report scans more than a year of partitions. */
    static Range range(@Nullable Instant from, @Nullable Instant to) {
        Instant end = to == null ? Instant.now() : to;
        Instant start = from == null ? end.minus(DEFAULT_RANGE) : from;
        if (!start.isBefore(end)) {
            throw ProblemException.invalidField("from", "must be before 'to'");
        }
        if (Duration.between(start, end).compareTo(MAX_RANGE) > 0) {
            throw ProblemException.invalidField("from", "the range may span at most 366 days");
        }
        return new Range(start, end);
    }

    static int limit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }
}
