package dev.suture.ai;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.suture.core.ElementFingerprint;

import java.util.Locale;

/**
 * One plain-English instruction resolved to a concrete action: "click Sign in" → {@code click} on
 * {@code getByRole(button, "Sign in")}. This is what the cache stores, what the report shows and what the platform
 * keeps as a stored step.
 *
 * @param instruction the clause this step came from, as written
 * @param action      what to do
 * @param locator     the Playwright selector to act on ({@code page.locator(locator)}), or null for page-level steps
 * @param description the element as a reader would name it ({@code getByRole(button, "Sign in")}), or null
 * @param value       the text, option, key, URL, path, count or expected text; null when the action takes none
 * @param target      the element's fingerprint when it was resolved (to re-find it if the page changes), or null
 * @param score       how well the element matched the description, 0 to 1 (1 for page-level steps)
 * @param source      who resolved it: {@code offline}, {@code cache}, {@code llm}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"instruction", "action", "locator", "description", "value", "score", "source", "target"})
public record PlannedStep(String instruction, StepAction action, String locator, String description, String value,
                          ElementFingerprint target, double score, String source) {
  /** The same step, marked as coming from another source. */
  public PlannedStep from(String otherSource) {
    return new PlannedStep(instruction, action, locator, description, value, target, score, otherSource);
  }

  /** "click on getByRole(button, "Sign in")", "fill "bob" into getByLabel("Email")", "navigate to /login". */
  public String summary() {
    String on = description != null ? description : locator;
    String quoted = value == null ? "" : " \"" + value + "\"";
    return switch (action) {
      case NAVIGATE -> "navigate to " + value;
      case GO_BACK, RELOAD -> action.label();
      case FILL -> "fill" + quoted + " into " + on;
      case SELECT_OPTION -> "select" + quoted + " in " + on;
      case PRESS -> "press " + value + (on == null ? "" : " in " + on);
      case UPLOAD_FILE -> "upload" + quoted + " to " + on;
      case WAIT_FOR -> on == null ? "wait " + value + " ms" : "wait for " + on + " to be " + value;
      case EXPECT_TEXT -> on == null ? "expect the page to contain" + quoted : "expect " + on + " to contain" + quoted;
      case EXPECT_VALUE -> "expect " + on + " to have value" + quoted;
      case EXPECT_URL -> "expect the URL to contain" + quoted;
      case EXPECT_TITLE -> "expect the title to contain" + quoted;
      case EXPECT_COUNT -> "expect " + on + " to match " + value + " elements";
      default -> action.label().toLowerCase(Locale.ROOT) + " on " + on;
    };
  }
}
