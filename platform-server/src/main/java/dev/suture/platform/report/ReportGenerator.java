package dev.suture.platform.report;

import dev.suture.platform.report.StoredReportPayloads.Params;
import dev.suture.platform.report.StoredReportRows.Pending;
import dev.suture.platform.report.ReportViews.Range;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.UUID;

/**
 * Fills a PENDING stored report with the figures of its kind, computed by the same {@link ReportQueries} as the
 * live endpoints (so a stored report's {@code data} has the live endpoint's shape). Runs inside the
 * {@code report-generate} job; the row lock makes a second delivery of the job wait, then see READY and stop.
 */
@Singleton
class ReportGenerator {

    static final int DEFAULT_LIMIT = 50;

    private final StoredReportRows rows;
    private final ReportQueries queries;

    ReportGenerator(StoredReportRows rows, ReportQueries queries) {
        this.rows = rows;
        this.queries = queries;
    }

    /** @return false when there was nothing to do (report deleted, or generated already) */
    @Transactional
    boolean generate(UUID reportId) {
        Pending report = rows.lockForGeneration(reportId).orElse(null);
        if (report == null || !report.status().equals("PENDING")) {
            return false;
        }
        rows.markReady(reportId, compute(report));
        return true;
    }

    /** Records why the job gave up, in its own transaction (the job's transaction has rolled back). */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    void fail(UUID reportId, String reason) {
        rows.markFailed(reportId, reason.length() > 1000 ? reason.substring(0, 1000) : reason);
    }

    private Object compute(Pending report) {
        Range range = new Range(report.from(), report.to());
        Params p = report.params();
        int limit = p.limit() == null ? DEFAULT_LIMIT : p.limit();
        return switch (report.kind()) {
            case SUMMARY -> queries.dashboard(report.projectId(), range);
            case TRENDS -> queries.trends(report.projectId(), range, p.suite());
            case FLAKY -> queries.flaky(report.projectId(), range, limit);
            case SLOWEST -> queries.slowest(report.projectId(), range, limit);
            case HEALING -> queries.healing(report.projectId(), range, limit);
        };
    }
}
