package dev.suture.platform.ai;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import dev.suture.ai.PlannedStep;
import dev.suture.ai.StepRefusedException;
import dev.suture.core.PageSnapshot;
import dev.suture.platform.common.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * {@code fix-locator}: opens the page, checks the locator, and when it no longer matches exactly one element,
 * finds the element the description names (the locator's own words when there is none) with ai-healing's offline
 * planner, then the model when one is configured. The proposed locator is checked to match exactly one element
 * before it is answered.
 */
@Singleton
class LocatorFixer {

    private final AiBrowser browser;
    private final AiPlanners planners;

    LocatorFixer(AiBrowser browser, AiPlanners planners) {
        this.browser = browser;
        this.planners = planners;
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Proposal(String locator, @Nullable String element, double score, String source) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Fix(String url, String locator, int matches, String status, String description,
               @Nullable Proposal proposal) {
    }

    Fix fix(String url, String locator, @Nullable String description) {
        String wanted = description == null || description.isBlank() ? wordsOf(locator) : description.strip();
        return browser.withPage(page -> {
            try {
                page.navigate(url);
            } catch (PlaywrightException e) {
                throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "page-unavailable", "The page " + url
                        + " could not be opened: " + FailureRules.firstLine(String.valueOf(e.getMessage())));
            }
            int matches = count(page, locator, "locator");
            if (matches == 1) {
                return new Fix(url, locator, 1, "ok", wanted, null);
            }
            if (wanted.isBlank()) {
                throw ProblemException.invalidField("description", "the locator has no words to go on; describe "
                        + "the element as a reader would (\"the Sign in button\")");
            }
            Proposal proposal = ground(page, wanted);
            if (count(page, proposal.locator(), "locator") != 1) {
                throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "no-match", "No locator matching exactly "
                        + "one element was found for \"" + wanted + "\" on " + url);
            }
            return new Fix(url, locator, matches, "fixed", wanted, proposal);
        });
    }

    private Proposal ground(Page page, String wanted) {
        PageSnapshot snapshot = PageSnapshot.capture(page);
        // "click X" grounds X among every element a user can point at (fields and texts included).
        String instruction = "click " + wanted;
        try {
            return proposal(planners.first().plan(instruction, snapshot), "offline");
        } catch (StepRefusedException offline) {
            if (planners.fallback() == null) {
                throw noMatch(wanted, offline);
            }
            try {
                return proposal(planners.fallback().plan(instruction, snapshot), "llm");
            } catch (StepRefusedException model) {
                throw noMatch(wanted, model);
            }
        }
    }

    private static Proposal proposal(List<PlannedStep> steps, String source) {
        PlannedStep step = steps.get(0);
        return new Proposal(step.locator(), step.description(), Math.round(step.score() * 1000) / 1000.0, source);
    }

    private static ProblemException noMatch(String wanted, StepRefusedException e) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "no-match", "No element of the page is clearly "
                + "\"" + wanted + "\": " + FailureRules.firstLine(String.valueOf(e.getMessage())));
    }

    private static int count(Page page, String locator, String field) {
        try {
            return page.locator(locator).count();
        } catch (PlaywrightException e) {
            throw ProblemException.invalidField(field, "is not a valid Playwright selector: "
                    + FailureRules.firstLine(String.valueOf(e.getMessage())));
        }
    }

    /** "#sign-in-button" → "sign in button"; "text=Sign in" → "Sign in". */
    static String wordsOf(String locator) {
        String text = locator.replaceAll("^(css|xpath|text|id|data-testid)=", "")
                .replaceAll("\\[(data-test(id)?|id|name|aria-label|placeholder|title)=[\"']?([^\"'\\]]*)[\"']?]", " $3 ")
                .replaceAll("\\[[^]]*]|:[a-z-]+(\\([^)]*\\))?|/html.*", " ")
                .replaceAll("([a-z])([A-Z])", "$1 $2")
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return text.matches(".*\\p{L}.*") ? text : "";
    }
}
