package dev.suture.ai;

import com.microsoft.playwright.Page;
import dev.suture.ai.internal.steps.DefaultStepRunner;
import dev.suture.core.StepResult;

import java.util.List;

/**
 * Runs plain-English steps on a Playwright page: each instruction is resolved (from the cache, else by the planner
 * on a fresh snapshot), run with Playwright, and recorded. Usable without JUnit; the {@code @WebTest} extension
 * injects one as a {@code Steps} parameter.
 *
 * <pre>{@code
 * StepRunner steps = StepRunner.create(page);
 * steps.run("go to /login");
 * steps.run("""
 *     type 'bob@example.com' into the email field
 *     type 'secret' into the password field and click Sign in
 *     check that the page says Welcome, Bob""");
 * }</pre>
 *
 * <p>Not thread-safe, like the page it drives.
 */
public interface StepRunner {
  static StepRunner create(Page page) {
    return create(page, StepOptions.defaults());
  }

  static StepRunner create(Page page, StepOptions options) {
    return new DefaultStepRunner(page, options);
  }

  /**
   * Runs the instructions, one per line (blank lines and lines starting with {@code #} are skipped), each possibly
   * several clauses. Stops at the first failure.
   *
   * @return the steps run by this call
   * @throws StepFailedException when a step cannot be resolved or fails; its message says which and why
   */
  List<StepResult> run(String instructions);

  /**
   * Runs one step that is already resolved (a stored step: an action, a Playwright locator and a value), recorded and
   * reported like a resolved instruction. The page's locators heal as its session allows.
   *
   * @throws StepFailedException when the step fails; its message says which and why
   */
  StepResult run(PlannedStep step);

  /** Every step run so far, in order. */
  List<StepResult> results();

  /** The resolved steps run so far (for export as JUnit source or JSON). */
  List<PlannedStep> planned();
}
