package dev.suture.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One plain-English step as it ran: the instruction, the concrete action it resolved to, and how it went. Reports show
 * it as "instruction → action on locator".
 *
 * @param instruction the instruction as written
 * @param action      the action it resolved to ({@code click}, {@code fill}, {@code expect text}, ...), or null when
 *                    it could not be resolved
 * @param locator     the element acted on, as a reader would name it ({@code getByRole(button, "Sign in")}), or null
 * @param value       the value typed, selected or expected, or null
 * @param source      who resolved it: {@code offline}, {@code cache}, {@code healed}, {@code llm}
 * @param planningMs  how long resolving took
 * @param durationMs  how long the browser action took
 * @param error       why it failed (with the candidates considered when it could not be resolved), or null
 * @param failureKind for a failure, its class: {@code unresolved}, {@code locator broken}, {@code assertion mismatch},
 *                    {@code navigation or timeout}, {@code application error}; null when it passed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"instruction", "action", "locator", "value", "source", "planningMs", "durationMs", "error",
    "failureKind"})
public record StepResult(String instruction, String action, String locator, String value, String source,
                         long planningMs, long durationMs, String error, String failureKind) {
  /** Whether the step failed. */
  public boolean failed() {
    return error != null;
  }

  /** "click Sign in → click on getByRole(button, "Sign in")". */
  public String describe() {
    if (action == null) {
      return instruction + " → not resolved";
    }
    String on = locator == null ? "" : " on " + locator;
    String with = value == null ? "" : " \"" + value + "\"";
    return instruction + " → " + action + with + on;
  }
}
