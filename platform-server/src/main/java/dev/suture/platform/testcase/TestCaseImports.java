package dev.suture.platform.testcase;

import dev.suture.platform.common.Csv;
import dev.suture.platform.common.FieldNames;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.testcase.TestCasePayloads.RowError;
import dev.suture.platform.testcase.TestCasePayloads.Step;
import dev.suture.platform.testcase.TestCasePayloads.TestCaseInput;
import dev.suture.platform.testcase.TestCasePayloads.TestCaseView;
import io.micronaut.validation.validator.Validator;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Bulk import rows (JSON or CSV) into validated inputs with one error per bad field of each row, and the CSV
 * export format. CSV columns: {@code name,description,priority,status,tags,steps} with tags separated by
 * {@code ;} and steps as a JSON array of {@code {"action","target","value","instruction"}}.
 */
@Singleton
class TestCaseImports {

    static final int MAX_ROWS = 1000;
    static final List<String> HEADER = List.of("name", "description", "priority", "status", "tags", "steps");

    private final Validator validator;
    private final TestCaseRows rows;

    TestCaseImports(Validator validator, TestCaseRows rows) {
        this.validator = validator;
        this.rows = rows;
    }

    record Parsed(List<TestCaseInput> inputs, List<RowError> errors) {
    }

    Parsed validate(List<TestCaseInput> inputs, List<RowError> errors) {
        if (inputs.isEmpty() || inputs.size() > MAX_ROWS) {
            throw ProblemException.invalidField("rows", "an import must have 1 to " + MAX_ROWS + " test cases");
        }
        List<RowError> all = new ArrayList<>(errors);
        for (int i = 0; i < inputs.size(); i++) {
            TestCaseInput in = inputs.get(i);
            if (in == null) {
                all.add(new RowError(i + 1, "", "must be an object"));
                continue;
            }
            for (ConstraintViolation<TestCaseInput> v : validator.validate(in)) {
                all.add(new RowError(i + 1, FieldNames.of(v.getPropertyPath()), v.getMessage()));
            }
        }
        all.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row()) : a.field().compareTo(b.field()));
        return new Parsed(inputs, all);
    }

    Parsed csv(String text) {
        List<List<String>> records;
        try {
            records = Csv.read(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw ProblemException.badRequest("malformed-csv", "The CSV could not be read: " + e.getMessage());
        }
        if (records.isEmpty() || !records.get(0).stream().map(String::trim).toList().equals(HEADER)) {
            throw ProblemException.badRequest("malformed-csv", "The first line must be the header "
                    + String.join(",", HEADER));
        }
        List<TestCaseInput> inputs = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> f = records.get(r);
            if (f.size() == 1 && f.get(0).isBlank()) {
                continue;
            }
            if (f.size() != HEADER.size()) {
                errors.add(new RowError(r, "", "has " + f.size() + " columns; expected " + HEADER.size()));
                inputs.add(null);
                continue;
            }
            List<Step> steps = List.of();
            try {
                steps = f.get(5).isBlank() ? List.of() : rows.parseSteps(f.get(5));
            } catch (IOException | RuntimeException e) {
                errors.add(new RowError(r, "steps", "must be a JSON array of steps ({\"action\": ..., \"target\": ...})"));
            }
            List<String> tags = f.get(4).isBlank() ? List.of()
                    : Arrays.stream(f.get(4).split(";")).map(String::trim).filter(t -> !t.isEmpty()).toList();
            inputs.add(new TestCaseInput(f.get(0), blankToNull(f.get(1)), steps, tags, blankToNull(f.get(2)),
                    blankToNull(f.get(3)), "Imported from CSV"));
        }
        List<RowError> rowsWithoutNulls = new ArrayList<>(errors);
        Parsed parsed = validate(inputs.stream().map(i -> i == null ? placeholder() : i).toList(), rowsWithoutNulls);
        return new Parsed(inputs, parsed.errors());
    }

    /** One test case as a CSV record in {@link #HEADER}'s column order (what the CSV import reads back). */
    List<String> csvRecord(TestCaseView c) {
        return List.of(c.name(), c.description() == null ? "" : c.description(), c.priority(), c.status(),
                String.join(";", c.tags()), rows.steps(c.steps()));
    }

    /** Stands in for a row with the wrong column count, which already has its error. */
    private static TestCaseInput placeholder() {
        return new TestCaseInput("-", null, List.of(), List.of(), null, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

}
