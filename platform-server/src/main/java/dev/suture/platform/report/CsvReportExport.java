package dev.suture.platform.report;

import dev.suture.platform.common.Csv;
import dev.suture.platform.report.ReportDocument.Fact;
import dev.suture.platform.report.ReportDocument.Table;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV export: {@code field,value} lines for the report and its headline figures, then each table after an empty
 * line, introduced by a line with its name and its header row. Values stay raw (0.875, not 87.5 %) for
 * spreadsheets; fields that look like formulas get a leading quote ({@link Csv#write}).
 */
final class CsvReportExport {

    private CsvReportExport() {
    }

    static void write(ReportDocument doc, OutputStream out) {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        var r = doc.report();
        Csv.write(w, List.of("field", "value"));
        Csv.write(w, List.of("title", r.title()));
        Csv.write(w, List.of("kind", r.kind().name()));
        Csv.write(w, List.of("projectId", r.projectId()));
        Csv.write(w, List.of("from", r.from().toString()));
        Csv.write(w, List.of("to", r.to().toString()));
        Csv.write(w, List.of("generatedAt", ReportDocument.raw(r.generatedAt())));
        for (Fact f : doc.facts()) {
            Csv.write(w, List.of(f.label(), ReportDocument.raw(f.value())));
        }
        for (Table t : doc.tables()) {
            Csv.write(w, List.of());
            Csv.write(w, List.of(t.name()));
            Csv.write(w, t.columns().stream().map(ReportDocument.Column::label).toList());
            for (List<Object> row : t.rows()) {
                List<String> fields = new ArrayList<>(row.size());
                row.forEach(v -> fields.add(ReportDocument.raw(v)));
                Csv.write(w, fields);
            }
        }
        try {
            w.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
