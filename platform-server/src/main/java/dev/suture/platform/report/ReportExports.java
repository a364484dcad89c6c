package dev.suture.platform.report;

import dev.suture.platform.report.ReportViews.Dashboard;
import dev.suture.platform.report.ReportViews.Flaky;
import dev.suture.platform.report.ReportViews.HealingStats;
import dev.suture.platform.report.ReportViews.Slowest;
import dev.suture.platform.report.ReportViews.Trends;
import dev.suture.platform.report.StoredReportPayloads.Format;
import dev.suture.platform.report.StoredReportPayloads.ReportSummary;
import jakarta.inject.Singleton;
import java.io.OutputStream;
import java.util.Locale;

/** Writes a READY stored report as CSV, HTML or PDF onto a stream (the HTTP response or a mail attachment). */
@Singleton
class ReportExports {

    private final StoredReportRows rows;

    ReportExports(StoredReportRows rows) {
        this.rows = rows;
    }

    /** The file name offered for download: the title reduced to safe characters, and the format's extension. */
    static String fileName(ReportSummary report, Format format) {
        String base = report.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (base.isEmpty() || base.length() > 80) {
            base = "report-" + report.id();
        }
        return base + "." + format.extension;
    }

    /** Lays out the stored figures ({@code data}, the JSON of the kind's live view). */
    ReportDocument document(ReportSummary report, String data) {
        Class<?> view = switch (report.kind()) {
            case SUMMARY -> Dashboard.class;
            case TRENDS -> Trends.class;
            case FLAKY -> Flaky.class;
            case SLOWEST -> Slowest.class;
            case HEALING -> HealingStats.class;
        };
        return ReportDocument.of(report, rows.read(data, view));
    }

    static void write(ReportDocument doc, Format format, OutputStream out) {
        switch (format) {
            case CSV -> CsvReportExport.write(doc, out);
            case HTML -> HtmlReportExport.write(doc, out);
            case PDF -> PdfReportExport.write(doc, out);
        }
    }
}
