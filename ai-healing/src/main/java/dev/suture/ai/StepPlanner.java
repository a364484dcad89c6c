package dev.suture.ai;

import dev.suture.ai.internal.steps.LlmStepPlanner;
import dev.suture.ai.internal.steps.OfflineStepPlanner;
import dev.suture.core.PageSnapshot;

import java.util.List;

/**
 * Turns a plain-English instruction into concrete steps on a page, from a {@link PageSnapshot}: no browser call, so
 * planning is fast and testable, and the same planner serves tests and the platform's workers.
 *
 * <pre>{@code
 * PageSnapshot snapshot = PageSnapshot.capture(page);
 * List<PlannedStep> steps = StepPlanner.offline().plan("type 'bob' into the user name field", snapshot);
 * }</pre>
 */
public interface StepPlanner {
  /**
   * The offline planner: a grammar of imperative English grounded on the snapshot with lexical similarity and the
   * in-process embedding model. No network, no download. Thread-safe.
   */
  static StepPlanner offline() {
    return OfflineStepPlanner.shared();
  }

  /**
   * A planner that asks an OpenAI-compatible chat model (see {@link LlmSettings}); its answers are structured JSON,
   * validated against the snapshot and against the step's own words before anything runs. Use it as the fallback of
   * a {@link StepRunner} ({@link StepOptions#withFallback}) for steps the offline planner refuses.
   */
  static StepPlanner llm(LlmSettings settings) {
    if (!settings.configured()) {
      throw new dev.suture.core.ConfigurationException("No LLM is configured: set " + LlmSettings.BASE_URL
          + " (and " + LlmSettings.MODEL + ", " + LlmSettings.API_KEY + ") to use the LLM planner.");
    }
    return new LlmStepPlanner(settings);
  }

  /**
   * Plans one instruction, which may hold several steps ("check Dune and Emma, then click Buy").
   *
   * @throws StepRefusedException when the instruction is not understood, nothing matches, or the match is ambiguous
   */
  List<PlannedStep> plan(String instruction, PageSnapshot snapshot);
}
