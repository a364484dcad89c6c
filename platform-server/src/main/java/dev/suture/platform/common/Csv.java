package dev.suture.platform.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: quoted fields with doubled quotes, line breaks inside quotes, CRLF or LF between records. */
public final class Csv {

    private Csv() {
    }

    /** Reads every record; throws IllegalArgumentException naming the line of an unterminated quote. */
    public static List<List<String>> read(Reader reader) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int c;
        while ((c = in.read()) != -1) {
            any = true;
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            in.reset(); // the character after a closing quote is read as unquoted
                        }
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == '\r') {
                continue;
            } else if (handleDelimiter(c, record, field, records)) {
                if (c == '\n') {
                    record = new ArrayList<>();
                    line++;
                }
            } else {
                field.append((char) c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("Unterminated quoted field at line " + line);
        }
        if (any && (!field.isEmpty() || !record.isEmpty())) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    private static boolean handleDelimiter(int c, List<String> record, StringBuilder field, List<List<String>> records) {
        if (c == ',') {
            record.add(field.toString());
            field.setLength(0);
            return true;
        }
        if (c == '\n') {
            record.add(field.toString());
            field.setLength(0);
            records.add(record);
            return true;
        }
        return false;
    }

    /** Writes one record, quoting fields that need it; formula-like fields get a leading quote for spreadsheets. */
    public static void write(Writer out, List<?> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                Object f = fields.get(i);
                String s = f == null ? "" : f.toString();
                if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !(f instanceof Number)) {
                    s = "'" + s; // CSV injection guard
                }
                if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                    out.write('"');
                    out.write(s.replace("\"", "\"\""));
                    out.write('"');
                } else {
                    out.write(s);
                }
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
