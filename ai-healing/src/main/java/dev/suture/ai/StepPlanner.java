package dev.suture.ai;

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
   * Plans one instruction, which may hold several steps ("check Dune and Emma, then click Buy").
   *
   * @throws StepRefusedException when the instruction is not understood, nothing matches, or the match is ambiguous
   */
  List<PlannedStep> plan(String instruction, PageSnapshot snapshot);
}
