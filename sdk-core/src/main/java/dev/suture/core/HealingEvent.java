package dev.suture.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;

/**
 * A locator that Suture healed while a test ran.
 *
 * @param test          the test, as {@code Class.method(...)}
 * @param action        the Playwright call that was healed ({@code click}, {@code fill}, {@code expect}, ...)
 * @param locator       the selector the test used, which no longer matched
 * @param healedTo      the selector Suture acted on instead (positional: valid on that page only)
 * @param suggestion    a replacement to paste into the test source, verified to match exactly one element
 * @param element       the element healed to, described ({@code button "Sign in"})
 * @param score         its similarity to the baseline, 0 to 1
 * @param runnerUpScore the score of the next best candidate, or null when there was none
 * @param reason        the engine's reason
 * @param pageUrl       the page it happened on
 * @param screenshot    the screenshot marking the element, relative to the output directory, or null
 * @param at            when it happened
 * @param fingerprint   the element healed to, as the engine saw it, or null; the platform keeps it, so that once a
 *                      person accepts the heal it becomes the locator's baseline on every machine
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"test", "action", "locator", "healedTo", "suggestion", "element", "score", "runnerUpScore",
    "reason", "pageUrl", "screenshot", "at", "fingerprint"})
public record HealingEvent(String test, String action, String locator, String healedTo, String suggestion,
                           String element, double score, Double runnerUpScore, String reason, String pageUrl,
                           String screenshot, Instant at, ElementFingerprint fingerprint) {
  /** A heal without the healed element's fingerprint (as recorded before it was kept). */
  public HealingEvent(String test, String action, String locator, String healedTo, String suggestion, String element,
                      double score, Double runnerUpScore, String reason, String pageUrl, String screenshot,
                      Instant at) {
    this(test, action, locator, healedTo, suggestion, element, score, runnerUpScore, reason, pageUrl, screenshot, at,
        null);
  }

  /** One line for logs and summaries. */
  public String describe() {
    return String.format(java.util.Locale.ROOT, "%s healed to %s, score %.2f%s, in %s", locator, suggestion, score,
        runnerUpScore == null ? "" : String.format(java.util.Locale.ROOT, ", runner-up %.2f", runnerUpScore), test);
  }
}
