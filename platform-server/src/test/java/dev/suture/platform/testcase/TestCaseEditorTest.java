package dev.suture.platform.testcase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suture.platform.testcase.TestCasePayloads.Step;
import dev.suture.platform.testcase.TestCasePayloads.TestCaseInput;
import dev.suture.platform.testcase.TestCaseScreens.Draft;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestCaseEditorTest {

    private static Map<String, String> form(String... steps) {
        Map<String, String> f = new HashMap<>(Map.of("name", " Checkout ", "tags", "smoke, , checkout, smoke",
                "priority", "HIGH", "status", "DRAFT", "version", "3"));
        for (int i = 0; i < steps.length; i++) {
            String[] parts = steps[i].split("\\|", -1);
            f.put("step." + i + ".kind", parts[0]);
            f.put("step." + i + ".instruction", parts[1]);
            f.put("step." + i + ".action", parts[2]);
            f.put("step." + i + ".target", parts[3]);
            f.put("step." + i + ".value", "");
        }
        return f;
    }

    @Test
    void readsNumberedStepsAndTurnsThemIntoTheApiInput() {
        Draft d = TestCaseEditor.read(null, form("plain|open the cart|ignored|", "action||click|#pay",
                "plain||||"));
        assertThat(d.version()).isEqualTo(3);
        TestCaseInput in = TestCaseEditor.input(d);
        assertThat(in.name()).isEqualTo("Checkout");
        assertThat(in.tags()).containsExactly("smoke", "checkout");
        assertThat(in.steps()).containsExactly(new Step("step", null, null, "open the cart"),
                new Step("click", "#pay", null, null)); // the empty third row is dropped
    }

    @Test
    void editingButtonsAddRemoveAndMoveStepsAndIgnoreNonsense() {
        Draft d = TestCaseEditor.read(null, form("plain|a|||", "plain|b|||", "plain|c|||"));
        assertThat(instructions(TestCaseEditor.apply(d, "up.2"))).containsExactly("a", "c", "b");
        assertThat(instructions(TestCaseEditor.apply(d, "down.0"))).containsExactly("b", "a", "c");
        assertThat(instructions(TestCaseEditor.apply(d, "up.0"))).containsExactly("a", "b", "c");
        assertThat(instructions(TestCaseEditor.apply(d, "remove.1"))).containsExactly("a", "c");
        assertThat(instructions(TestCaseEditor.apply(d, "add"))).containsExactly("a", "b", "c", "");
        assertThat(instructions(TestCaseEditor.apply(d, "remove.99"))).containsExactly("a", "b", "c");
        assertThat(instructions(TestCaseEditor.apply(d, "drop.1"))).containsExactly("a", "b", "c");
    }

    @Test
    void aStoredCaseOpensWithPlainAndConcreteSteps() {
        Draft d = TestCaseEditor.of(new TestCasePayloads.TestCaseView(java.util.UUID.randomUUID(),
                java.util.UUID.randomUUID(), "Buy", null, List.of(new Step("step", null, null, "add Emma"),
                new Step("fill", "#q", "Emma", null)), List.of("a", "b"), "LOW", "ACTIVE", 2, java.time.Instant.EPOCH,
                java.time.Instant.EPOCH));
        assertThat(d.tags()).isEqualTo("a, b");
        assertThat(d.steps().get(0).plain()).isTrue();
        assertThat(d.steps().get(1).plain()).isFalse();
        assertThat(d.steps().get(1).value()).isEqualTo("Emma");
        assertThat(TestCaseEditor.input(d).steps()).containsExactly(new Step("step", null, null, "add Emma"),
                new Step("fill", "#q", "Emma", null));
    }

    private static List<String> instructions(Draft d) {
        return d.steps().stream().map(TestCaseScreens.DraftStep::instruction).toList();
    }
}
