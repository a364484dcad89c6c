package dev.suture.ai;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.suture.ai.internal.steps.TestExport;

import java.util.List;

/**
 * A test produced from a description and validated by running it: the start URL, the description, and the resolved
 * steps (actions and assertions) in order. Exported as JUnit source for a {@code @WebTest} class, or as JSON steps
 * that the platform stores and its workers run.
 *
 * @param startUrl    where the test starts
 * @param description what it was generated from
 * @param steps       the resolved steps, each with its instruction
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"startUrl", "description", "steps"})
public record GeneratedTest(String startUrl, String description, List<PlannedStep> steps) {
  public GeneratedTest {
    steps = List.copyOf(steps);
  }

  /** The test as JSON: start URL, description and steps (reviewable, and what the platform stores). */
  public String toJson() {
    return TestExport.json(this);
  }

  /**
   * The test as the source of a JUnit 5 {@code @WebTest} class with one test method: each step is the concrete
   * Playwright call it resolved to, with its instruction as a comment, so the test runs without any planning.
   */
  public String toJUnitSource(String packageName, String className) {
    return TestExport.junit(this, packageName, className);
  }
}
