package dev.suture.platform.report;

import dev.suture.platform.report.ReportDocument.Column;
import dev.suture.platform.report.ReportDocument.Fact;
import dev.suture.platform.report.ReportDocument.Style;
import dev.suture.platform.report.ReportDocument.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Self-contained HTML export: one file with its styles inline, no script, no external asset (it opens offline
 * and from a mail attachment), and every value HTML-escaped, since test names and locators come from users.
 */
final class HtmlReportExport {

    private static final String STYLE = "body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;"
            + "color:#1b1f24;margin:2rem auto;max-width:1100px;padding:0 1rem}h1{font-size:1.5rem;margin:0 0 .25rem}"
            + "p.meta{color:#4a5563;margin:0 0 1.5rem}dl{display:grid;grid-template-columns:repeat(auto-fill,"
            + "minmax(170px,1fr));gap:.5rem;margin:0 0 1.5rem}dl div{border:1px solid #d0d7de;border-radius:6px;"
            + "padding:.5rem .75rem}dt{color:#4a5563;font-size:.8rem}dd{margin:0;font-size:1.2rem;font-weight:600}"
            + "h2{font-size:1.1rem;margin:1.5rem 0 .5rem}table{border-collapse:collapse;width:100%}"
            + "th,td{border-bottom:1px solid #d0d7de;padding:.35rem .5rem;text-align:left;vertical-align:top}"
            + "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}td{word-break:break-word}"
            + "p.empty{color:#4a5563}";

    private HtmlReportExport() {
    }

    static void write(ReportDocument doc, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            var r = doc.report();
            w.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                    + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                    + "style-src 'unsafe-inline'\"><title>");
            w.write(escape(r.title()));
            w.write("</title><style>" + STYLE + "</style></head><body><main><h1>");
            w.write(escape(r.title()));
            w.write("</h1><p class=\"meta\">");
            w.write(escape(doc.subtitle()));
            w.write("</p>");
            if (!doc.facts().isEmpty()) {
                w.write("<dl>");
                for (Fact f : doc.facts()) {
                    w.write("<div><dt>" + escape(f.label()) + "</dt><dd>"
                            + escape(ReportDocument.display(f.value(), f.style())) + "</dd></div>");
                }
                w.write("</dl>");
            }
            for (Table t : doc.tables()) {
                table(w, t);
            }
            w.write("</main></body></html>\n");
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(Writer w, Table t) throws IOException {
        w.write("<section><h2>" + escape(t.name()) + "</h2>");
        if (t.rows().isEmpty()) {
            w.write("<p class=\"empty\">Nothing in this range.</p></section>");
            return;
        }
        w.write("<table><thead><tr>");
        for (Column c : t.columns()) {
            w.write("<th scope=\"col\"" + numeric(c) + ">" + escape(c.label()) + "</th>");
        }
        w.write("</tr></thead><tbody>");
        for (List<Object> row : t.rows()) {
            w.write("<tr>");
            for (int i = 0; i < row.size(); i++) {
                Column c = t.columns().get(i);
                w.write("<td" + numeric(c) + ">" + escape(ReportDocument.display(row.get(i), c.style())) + "</td>");
            }
            w.write("</tr>");
        }
        w.write("</tbody></table></section>");
    }

    private static String numeric(Column c) {
        return c.style() == Style.TEXT ? "" : " class=\"n\"";
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
