package dev.suture.platform.testcase;

import dev.suture.platform.testcase.TestCasePayloads.Step;
import dev.suture.platform.testcase.TestCasePayloads.TestCaseInput;
import dev.suture.platform.testcase.TestCasePayloads.TestCaseView;
import dev.suture.platform.testcase.TestCaseScreens.Draft;
import dev.suture.platform.testcase.TestCaseScreens.DraftStep;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The step editor without JavaScript: the whole test case travels in one form whose step fields are numbered
 * ({@code step.3.action}); the buttons "Add step", "Remove", "Move up" and "Move down" post the form with an
 * {@code op} and get it back re-rendered with the change applied, and only "Save" stores a version.
 */
final class TestCaseEditor {

    /** The action a plain-English step is stored with (the runner resolves its instruction). */
    static final String PLAIN_ACTION = "step";
    /** Upper bound on numbered step fields read from one form (the API allows 500 steps). */
    private static final int MAX_STEPS = 500;

    private TestCaseEditor() {
    }

    static Draft blank() {
        return new Draft(null, 0, "", "", "", "MEDIUM", "DRAFT", "", List.of(DraftStep.empty()));
    }

    static Draft of(TestCaseView tc) {
        return new Draft(tc.id(), tc.version(), tc.name(), nz(tc.description()), String.join(", ", tc.tags()),
                tc.priority(), tc.status(), "", tc.steps().stream().map(TestCaseEditor::draftStep).toList());
    }

    static DraftStep draftStep(Step s) {
        boolean plain = PLAIN_ACTION.equals(s.action());
        return new DraftStep(plain, nz(s.instruction()), plain ? "" : s.action(), nz(s.target()), nz(s.value()));
    }

    /** Reads the posted form back into a draft (the id is the page's, never the form's). */
    static Draft read(@Nullable java.util.UUID id, Map<String, String> form) {
        List<DraftStep> steps = new ArrayList<>();
        for (int i = 0; i < MAX_STEPS && form.containsKey("step." + i + ".kind"); i++) {
            String p = "step." + i + ".";
            steps.add(new DraftStep(!"action".equals(form.get(p + "kind")), field(form, p + "instruction"),
                    field(form, p + "action"), field(form, p + "target"), field(form, p + "value")));
        }
        int version;
        try {
            version = Integer.parseInt(field(form, "version"));
        } catch (NumberFormatException e) {
            version = 0;
        }
        return new Draft(id, version, field(form, "name"), field(form, "description"), field(form, "tags"),
                field(form, "priority"), field(form, "status"), field(form, "changeNote"), steps);
    }

    /**
     * Applies an editing button ({@code add}, {@code remove.N}, {@code up.N}, {@code down.N}) to the draft's
     * steps; an unknown or out-of-range one changes nothing.
     */
    static Draft apply(Draft d, String op) {
        List<DraftStep> steps = new ArrayList<>(d.steps());
        if (op.equals("add")) {
            steps.add(DraftStep.empty());
        } else {
            String[] parts = op.split("\\.", 2);
            int i = parts.length == 2 && parts[1].matches("\\d{1,3}") ? Integer.parseInt(parts[1]) : -1;
            if (i >= 0 && i < steps.size()) {
                switch (parts[0]) {
                    case "remove" -> steps.remove(i);
                    case "up" -> swap(steps, i, i - 1);
                    case "down" -> swap(steps, i, i + 1);
                    default -> { }
                }
            }
        }
        return new Draft(d.id(), d.version(), d.name(), d.description(), d.tags(), d.priority(), d.status(),
                d.changeNote(), steps);
    }

    /** The draft as the API's input; blank optional fields become null, empty step rows are dropped. */
    static TestCaseInput input(Draft d) {
        List<Step> steps = d.steps().stream()
                .filter(s -> !(s.instruction().isBlank() && s.action().isBlank() && s.target().isBlank()
                        && s.value().isBlank()))
                .map(s -> s.plain() ? new Step(PLAIN_ACTION, null, null, blankToNull(s.instruction()))
                        : new Step(s.action().trim(), blankToNull(s.target()), blankToNull(s.value()),
                        blankToNull(s.instruction())))
                .toList();
        List<String> tags = Arrays.stream(d.tags().split(",")).map(String::trim).filter(t -> !t.isEmpty())
                .distinct().toList();
        return new TestCaseInput(d.name().trim(), blankToNull(d.description()), steps, tags,
                blankToNull(d.priority()), blankToNull(d.status()), blankToNull(d.changeNote()));
    }

    private static void swap(List<DraftStep> steps, int i, int j) {
        if (j >= 0 && j < steps.size()) {
            DraftStep s = steps.get(i);
            steps.set(i, steps.get(j));
            steps.set(j, s);
        }
    }

    private static String field(Map<String, String> form, String key) {
        return nz(form.get(key));
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
