package dev.suture.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;
import java.util.List;

/**
 * The result of one test.
 *
 * @param id          a stable identifier: the class name, {@code #}, the method name and its parameter types
 * @param className   the test class
 * @param methodName  the test method
 * @param displayName the name the test framework shows
 * @param status      how it ended
 * @param startedAt   when it started
 * @param durationMs  how long it took
 * @param actions     the browser actions it performed, in order
 * @param error       why it failed, or null
 * @param artifacts   the files it left behind
 * @param steps       the plain-English steps it ran, in order (empty when it ran none)
 * @param healings    the locators Suture healed while it ran, in order (empty when none broke)
 */
@JsonPropertyOrder({"id", "className", "methodName", "displayName", "status", "startedAt", "durationMs", "actions",
    "error", "artifacts", "steps", "healings"})
public record TestResult(String id, String className, String methodName, String displayName, TestStatus status,
                         Instant startedAt, long durationMs, List<ActionResult> actions, ErrorInfo error,
                         List<Artifact> artifacts, List<StepResult> steps, List<HealingEvent> healings) {
  public TestResult {
    actions = List.copyOf(actions);
    artifacts = List.copyOf(artifacts);
    steps = steps == null ? List.of() : List.copyOf(steps);
    healings = healings == null ? List.of() : List.copyOf(healings);
  }

  /** A result with no heals. */
  public TestResult(String id, String className, String methodName, String displayName, TestStatus status,
                    Instant startedAt, long durationMs, List<ActionResult> actions, ErrorInfo error,
                    List<Artifact> artifacts, List<StepResult> steps) {
    this(id, className, methodName, displayName, status, startedAt, durationMs, actions, error, artifacts, steps,
        List.of());
  }

  /** A result with no plain-English steps. */
  public TestResult(String id, String className, String methodName, String displayName, TestStatus status,
                    Instant startedAt, long durationMs, List<ActionResult> actions, ErrorInfo error,
                    List<Artifact> artifacts) {
    this(id, className, methodName, displayName, status, startedAt, durationMs, actions, error, artifacts,
        List.of(), List.of());
  }

  /** The class name without its package. */
  @JsonIgnore
  public String simpleClassName() {
    return className.substring(className.lastIndexOf('.') + 1);
  }
}
