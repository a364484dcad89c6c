package dev.suture.platform.sdk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.suture.junit.Steps;
import dev.suture.junit.WebTest;
import org.junit.jupiter.api.Test;

/**
 * The small suite that {@link SdkReportingIT} runs through EngineTestKit, the way a customer's {@code mvn test} runs
 * it: a locator that heals when the page changes, a plain-English step, and a failure with its screenshot and trace.
 * Not a test by itself (its name matches no surefire pattern): the base URL comes from the IT.
 */
@WebTest
class ReportedSuite {

    @Test
    void signsIn(Page page) {
        page.navigate("/login");
        page.locator("#name").fill("ann");
        page.locator("#signin").click();
        assertThat(page.locator("#msg")).hasText("Welcome, ann");
    }

    @Test
    void typesInPlainEnglish(Page page, Steps steps) {
        page.navigate("/login");
        steps.run("type 'bob' into the user name field");
        assertThat(page.locator("#name")).hasValue("bob");
    }

    @Test
    void failsWithEvidence(Page page) {
        page.navigate("/login");
        assertThat(page.locator("#msg")).hasText("Goodbye", new LocatorAssertions.HasTextOptions().setTimeout(300));
    }
}
