package dev.suture.platform.report;

import dev.suture.platform.report.ReportViews.Dashboard;
import dev.suture.platform.report.ReportViews.Flaky;
import dev.suture.platform.report.ReportViews.HealingStats;
import dev.suture.platform.report.ReportViews.Slowest;
import dev.suture.platform.report.ReportViews.Trends;
import dev.suture.platform.report.StoredReportPayloads.Format;
import dev.suture.platform.report.StoredReportPayloads.ReportSummary;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.project.Project;
import dev.suture.platform.project.ProjectRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpResponse;
import jakarta.inject.Singleton;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.Locale;

/**
 * Writes a READY stored report as CSV, HTML or PDF onto a stream (the HTTP response or a mail attachment); the
 * API and the dashboard answer the same download.
 */
@Singleton
class ReportExports {

    private final StoredReportRows rows;
    private final ProjectRepository projects;

    ReportExports(StoredReportRows rows, ProjectRepository projects) {
        this.rows = rows;
        this.projects = projects;
    }

    /** The file name offered for download: the title reduced to safe characters, and the format's extension. */
    static String fileName(ReportSummary report, Format format) {
        String base = report.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (base.isEmpty() || base.length() > 80) {
            base = "report-" + report.id();
        }
        return base + "." + format.extension;
    }

    /**
     * Lays out the stored figures ({@code data}, the JSON of the kind's live view) under the project's current name
     * (a reader of an exported file knows projects by name, not by id).
     */
    ReportDocument document(ReportSummary report, String data) {
        Class<?> view = switch (report.kind()) {
            case SUMMARY -> Dashboard.class;
            case TRENDS -> Trends.class;
            case FLAKY -> Flaky.class;
            case SLOWEST -> Slowest.class;
            case HEALING -> HealingStats.class;
        };
        String projectName = projects.findById(report.projectId()).map(Project::name)
                .orElse("project " + report.projectId());
        return ReportDocument.of(report, projectName, rows.read(data, view));
    }

    static void write(ReportDocument doc, Format format, OutputStream out) {
        switch (format) {
            case CSV -> CsvReportExport.write(doc, out);
            case HTML -> HtmlReportExport.write(doc, out);
            case PDF -> PdfReportExport.write(doc, out);
        }
    }

    /** The {@code format} parameter of an export ({@code csv}, {@code html} or {@code pdf}, any case). */
    static Format format(String format) {
        try {
            return Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("format", "must be csv, html or pdf");
        }
    }

    /** The report as a file download, streamed to the response as it is written. */
    static HttpResponse<Writable> download(ReportDocument doc, Format format) {
        Writable body = new Writable() {
            @Override
            public void writeTo(Writer out) {
                throw new UnsupportedOperationException("binary export: written to the response stream");
            }

            @Override
            public void writeTo(OutputStream out, @Nullable Charset charset) {
                write(doc, format, out);
            }
        };
        return HttpResponse.ok(body).contentType(format.contentType).header("Content-Disposition",
                "attachment; filename=\"" + fileName(doc.report(), format) + "\"");
    }
}
