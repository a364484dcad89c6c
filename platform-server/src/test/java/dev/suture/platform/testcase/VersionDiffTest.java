package dev.suture.platform.testcase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suture.platform.testcase.TestCasePayloads.Step;
import dev.suture.platform.testcase.TestCasePayloads.VersionView;
import dev.suture.platform.testcase.VersionDiff.Line;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionDiffTest {

    @Test
    void aChangedStepIsOneRemovalAndOneAdditionBetweenUnchangedOnes() {
        assertThat(VersionDiff.lines(List.of("a", "b", "c"), List.of("a", "x", "c"))).containsExactly(
                new Line("same", "a"), new Line("removed", "b"), new Line("added", "x"), new Line("same", "c"));
    }

    @Test
    void anInsertedStepLeavesTheFollowingStepsUnchanged() {
        assertThat(VersionDiff.lines(List.of("a", "b", "c"), List.of("new", "a", "b", "c"))).containsExactly(
                new Line("added", "new"), new Line("same", "a"), new Line("same", "b"), new Line("same", "c"));
        assertThat(VersionDiff.lines(List.of("a", "b"), List.of())).containsExactly(
                new Line("removed", "a"), new Line("removed", "b"));
    }

    @Test
    void fieldsThatDifferAndStepsAsReadableLines() {
        VersionView v1 = version(1, "Buy", List.of("smoke"), new Step("step", null, null, "open the cart"),
                new Step("click", "#pay", null, null));
        VersionView v2 = version(2, "Buy a book", List.of("smoke", "checkout"),
                new Step("step", null, null, "open the cart"), new Step("fill", "#card", "4111", "the card"));
        VersionDiff.Result diff = VersionDiff.between(v1, v2);
        assertThat(diff.fields()).containsExactly(new VersionDiff.FieldChange("name", "Buy", "Buy a book"),
                new VersionDiff.FieldChange("tags", "smoke", "smoke, checkout"));
        assertThat(diff.steps()).containsExactly(new Line("same", "“open the cart”"),
                new Line("removed", "click #pay"), new Line("added", "fill #card = '4111'  (the card)"));
        assertThat(diff.identical()).isFalse();
        assertThat(VersionDiff.between(v1, v1).identical()).isTrue();
    }

    private static VersionView version(int n, String name, List<String> tags, Step... steps) {
        return new VersionView(java.util.UUID.randomUUID(), n, name, null, List.of(steps), tags, "MEDIUM", "DRAFT",
                null, null, Instant.EPOCH);
    }
}
