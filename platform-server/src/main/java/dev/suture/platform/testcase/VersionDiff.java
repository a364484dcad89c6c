package dev.suture.platform.testcase;

import dev.suture.platform.testcase.TestCasePayloads.Step;
import dev.suture.platform.testcase.TestCasePayloads.VersionView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What changed between two versions of a test case: the fields that differ, and the steps as a line diff
 * (longest common subsequence, so a moved or inserted step shows as one removal and one addition, not as every
 * following step changed).
 */
public final class VersionDiff {

    /** A field whose value differs. */
    public record FieldChange(String field, String before, String after) {
    }

    /** One step line: {@code same}, {@code removed} (only in the older version) or {@code added}. */
    public record Line(String kind, String text) {
    }

    /** The whole comparison of version {@code from} with version {@code to}. */
    public record Result(int from, int to, List<FieldChange> fields, List<Line> steps) {

        public boolean identical() {
            return fields.isEmpty() && steps.stream().allMatch(l -> l.kind().equals("same"));
        }
    }

    private VersionDiff() {
    }

    static Result between(VersionView older, VersionView newer) {
        List<FieldChange> fields = new ArrayList<>();
        field(fields, "name", older.name(), newer.name());
        field(fields, "description", older.description(), newer.description());
        field(fields, "priority", older.priority(), newer.priority());
        field(fields, "status", older.status(), newer.status());
        field(fields, "tags", String.join(", ", older.tags()), String.join(", ", newer.tags()));
        return new Result(older.version(), newer.version(), fields,
                lines(older.steps().stream().map(VersionDiff::text).toList(),
                        newer.steps().stream().map(VersionDiff::text).toList()));
    }

    /** A step as one readable line: the instruction of a plain-English step, else action, target and value. */
    static String text(Step s) {
        if (TestCaseEditor.PLAIN_ACTION.equals(s.action())) {
            return "“" + Objects.toString(s.instruction(), "") + "”";
        }
        StringBuilder b = new StringBuilder(s.action());
        if (s.target() != null) {
            b.append(' ').append(s.target());
        }
        if (s.value() != null) {
            b.append(" = '").append(s.value()).append('\'');
        }
        if (s.instruction() != null) {
            b.append("  (").append(s.instruction()).append(')');
        }
        return b.toString();
    }

    static List<Line> lines(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Line> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                out.add(new Line("same", a.get(i++)));
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add(new Line("removed", a.get(i++)));
            } else {
                out.add(new Line("added", b.get(j++)));
            }
        }
        return out;
    }

    private static void field(List<FieldChange> out, String name, String before, String after) {
        String b = Objects.toString(before, "");
        String a = Objects.toString(after, "");
        if (!a.equals(b)) {
            out.add(new FieldChange(name, b, a));
        }
    }
}
