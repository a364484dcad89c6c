package dev.suture.junit;

import dev.suture.core.StepResult;

import java.util.List;

/**
 * Plain-English steps on the test's page: declare a {@code Steps} parameter in a {@link WebTest} method and call
 * {@link #run}. Each instruction is resolved (from the {@code .suture/steps} cache, else by the offline planner, else
 * by an LLM when {@code suture.ai.base-url} is set) and run with Playwright; the report shows every step as
 * "instruction → action on locator". The step language is documented in the ai-healing README.
 *
 * <pre>{@code
 * @WebTest
 * class LoginTest {
 *   @Test
 *   void logsIn(Steps steps) {
 *     steps.run("go to /login");
 *     steps.run("type 'bob@example.com' into the email field");
 *     steps.run("type 'secret' into the password field and click Sign in");
 *     steps.run("check that the page says Welcome, Bob");
 *   }
 * }
 * }</pre>
 *
 * <p>{@code Steps} and {@code Page} may be declared together; they drive the same page.
 */
public interface Steps {
  /**
   * Runs instructions, one per line (blank lines and {@code #} comments skipped), each possibly several clauses.
   *
   * @return the steps this call ran
   * @throws dev.suture.ai.StepFailedException when a step cannot be resolved or fails
   */
  List<StepResult> run(String instructions);

  /** Every step run in this test so far. */
  List<StepResult> results();
}
