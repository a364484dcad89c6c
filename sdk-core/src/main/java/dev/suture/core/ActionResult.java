package dev.suture.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;

/**
 * One browser action a test performed, as Playwright executed it.
 *
 * @param action     what was done: {@code navigate}, {@code click}, {@code fill}, {@code expect to.have.text}, ...
 * @param target     the Playwright selector acted on, or the URL navigated to; null when there is none
 * @param value      the value typed, selected or expected; null when there is none
 * @param startedAt  when the action started
 * @param durationMs how long it took
 * @param error      why it failed, or null when it succeeded
 */
@JsonPropertyOrder({"action", "target", "value", "startedAt", "durationMs", "error"})
public record ActionResult(String action, String target, String value, Instant startedAt, long durationMs,
                           String error) {
  /** Whether the action failed. */
  public boolean failed() {
    return error != null;
  }
}
