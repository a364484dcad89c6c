package dev.suture.platform.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule-based parts of the AI endpoints: failure kinds and the words of a locator. */
class AiRulesTest {

    @Test
    void theApplicationsOwnErrorsExplainTheRest() {
        assertThat(FailureRules.classify("TimeoutError: Timeout 30000ms exceeded", null,
                List.of("console error: Failed to load resource: HTTP 500 from /api/cart"), null, null).category())
                .isEqualTo(FailureRules.APPLICATION);
    }

    @Test
    void eachKindOfFailureIsRecognised() {
        assertThat(FailureRules.classify("AssertionFailedError: expected: <3> but was: <2>", null, List.of(), null,
                null).category()).isEqualTo(FailureRules.ASSERTION);
        assertThat(FailureRules.classify("LocatorHealingException: #go matched nothing", null, List.of(), null,
                null).category()).isEqualTo(FailureRules.LOCATOR);
        assertThat(FailureRules.classify("x", null, List.of(), null, "#go").explanation()).contains("#go");
        assertThat(FailureRules.classify("StepRefusedException: no element matches 'Buy'", null, List.of(), null,
                null).category()).isEqualTo(FailureRules.UNRESOLVED);
        assertThat(FailureRules.classify("PlaywrightException: net::ERR_CONNECTION_REFUSED", null, List.of(), null,
                null).category()).isEqualTo(FailureRules.NAVIGATION);
        assertThat(FailureRules.classify("TimeoutError: Timeout 5000ms exceeded", null, List.of(), "#a → #b", null)
                .category()).isEqualTo(FailureRules.HEALED);
        assertThat(FailureRules.classify("", null, List.of(), null, null).category()).isEqualTo(FailureRules.UNKNOWN);
    }

    @Test
    void aLocatorsWordsDescribeItsElement() {
        assertThat(LocatorFixer.wordsOf("#sign-in-button")).isEqualTo("sign in button");
        assertThat(LocatorFixer.wordsOf("text=Sign in")).isEqualTo("Sign in");
        assertThat(LocatorFixer.wordsOf("[data-testid=\"checkoutButton\"]")).isEqualTo("checkout Button");
        assertThat(LocatorFixer.wordsOf("xpath=/html/body/div[2]/button")).isEmpty();
    }
}
