package dev.suture.platform.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.suture.platform.report.ReportDocument.Column;
import dev.suture.platform.report.ReportDocument.Fact;
import dev.suture.platform.report.ReportDocument.Style;
import dev.suture.platform.report.ReportDocument.Table;
import java.awt.Color;
import java.io.OutputStream;
import java.util.List;

/**
 * PDF export with OpenPDF: an A4 landscape page flow with the title, the headline figures and one table per
 * section (header rows repeat on every page). Uses the standard Helvetica font, which covers Latin-1 and
 * Windows-1252; characters outside it (e.g. Cyrillic test names) come out as '?' — the HTML and CSV exports
 * keep them.
 */
final class PdfReportExport {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font META = FontFactory.getFont(FontFactory.HELVETICA, 9, new Color(0x4a, 0x55, 0x63));
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font CELL = FontFactory.getFont(FontFactory.HELVETICA, 8);
    private static final Font CELL_BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
    private static final Color RULE = new Color(0xd0, 0xd7, 0xde);

    private PdfReportExport() {
    }

    static void write(ReportDocument doc, OutputStream out) {
        Document pdf = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter writer = PdfWriter.getInstance(pdf, out);
        writer.setCloseStream(false); // the HTTP response (or mail buffer) owns the stream
        pdf.addTitle(doc.report().title());
        pdf.addCreator("Suture");
        pdf.open();
        pdf.add(new Paragraph(latin1(doc.report().title()), TITLE));
        pdf.add(new Paragraph(latin1(doc.subtitle()), META));
        if (!doc.facts().isEmpty()) {
            pdf.add(new Paragraph(" "));
            PdfPTable facts = new PdfPTable(4);
            facts.setWidthPercentage(100);
            for (Fact f : doc.facts()) {
                facts.addCell(cell(f.label(), CELL, Style.TEXT));
                facts.addCell(cell(ReportDocument.display(f.value(), f.style()), CELL_BOLD, f.style()));
            }
            facts.completeRow();
            pdf.add(facts);
        }
        for (Table t : doc.tables()) {
            Paragraph heading = new Paragraph(latin1(t.name()), HEADING);
            heading.setSpacingBefore(12);
            heading.setSpacingAfter(6);
            pdf.add(heading);
            pdf.add(t.rows().isEmpty() ? new Paragraph("Nothing in this range.", META) : table(t));
        }
        pdf.close();
    }

    private static PdfPTable table(Table t) {
        PdfPTable table = new PdfPTable(t.columns().size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (Column c : t.columns()) {
            table.addCell(cell(c.label(), CELL_BOLD, c.style()));
        }
        for (List<Object> row : t.rows()) {
            for (int i = 0; i < row.size(); i++) {
                Column c = t.columns().get(i);
                table.addCell(cell(ReportDocument.display(row.get(i), c.style()), CELL, c.style()));
            }
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font, Style style) {
        PdfPCell cell = new PdfPCell(new Phrase(latin1(text), font));
        cell.setBorder(PdfPCell.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setPadding(3);
        cell.setHorizontalAlignment(style == Style.TEXT ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
        return cell;
    }

    /** Helvetica's Windows-1252 encoding: anything else becomes '?' rather than vanishing silently. */
    private static String latin1(String s) {
        java.nio.charset.CharsetEncoder cp1252 = java.nio.charset.Charset.forName("windows-1252").newEncoder();
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.append(cp1252.canEncode(Character.toString(cp)) ? Character.toString(cp) : "?"));
        return b.toString();
    }
}
