package dev.suture.platform.report;

import dev.suture.platform.auth.Mailer;
import dev.suture.platform.report.StoredReportPayloads.ReportSummary;
import dev.suture.platform.report.StoredReportPayloads.ScheduleView;
import dev.suture.platform.schedule.FireId;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * What a report schedule does when it fires: makes the fire's report (once, by the unique (schedule, fire) key),
 * over the {@code rangeDays} before the fire, and mails it with the export attached (once, by mailed_at).
 */
@Singleton
class ScheduledReports {

    private final ReportScheduleRows schedules;
    private final StoredReportRows reports;
    private final ReportExports exports;
    private final Mailer mailer;

    ScheduledReports(ReportScheduleRows schedules, StoredReportRows reports, ReportExports exports, Mailer mailer) {
        this.schedules = schedules;
        this.reports = reports;
        this.exports = exports;
        this.mailer = mailer;
    }

    /** The fire's report row (PENDING when new); empty when the schedule is gone or disabled. */
    @Transactional
    Optional<UUID> reportFor(FireId fire) {
        return schedules.noteFire(fire.scheduleId(), fire.fireAt()).map(s -> reports.insertScheduled(UUID.randomUUID(),
                s.projectId(), s.title(), s.kind(), fire.fireAt().minus(Duration.ofDays(s.rangeDays())), fire.fireAt(),
                s.params(), s.id(), fire.fireAt()));
    }

    /**
     * Mails a READY scheduled report to its schedule's recipients, once. The claim (mailed_at) and the sending share
     * one transaction: a failed send rolls the claim back, so the retried job sends again.
     *
     * @return false when there is nothing to send (already mailed, not READY, or schedule deleted)
     */
    @Transactional
    boolean mail(UUID reportId) {
        ReportSummary report = reports.find(reportId).orElse(null);
        if (report == null || report.scheduleId() == null) {
            return false;
        }
        ScheduleView schedule = schedules.find(report.scheduleId()).orElse(null);
        if (schedule == null || !reports.claimMail(reportId)) {
            return false;
        }
        ReportDocument doc = exports.document(report, reports.data(reportId));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        ReportExports.write(doc, schedule.format(), file);
        mailer.sendWithAttachment(schedule.recipients(), "Suture report: " + report.title(), text(doc),
                new Mailer.Attachment(ReportExports.fileName(report, schedule.format()),
                        schedule.format().contentType, file.toByteArray()));
        return true;
    }

    private static String text(ReportDocument doc) {
        StringBuilder b = new StringBuilder(doc.report().title()).append('\n').append(doc.subtitle()).append("\n\n");
        doc.facts().forEach(f -> b.append(f.label()).append(": ").append(ReportDocument.display(f.value(), f.style()))
                .append('\n'));
        return b.append("\nThe full report is attached. You receive it because a Suture report schedule lists your "
                + "address; the project's developers can change or delete the schedule.\n").toString();
    }
}
