package dev.suture.ai;

import dev.suture.core.SutureException;

import java.util.List;

/**
 * A step that was not resolved, because the instruction was not understood, nothing on the page matched it, or two
 * elements matched it too closely to choose. The planner never guesses: it refuses and lists what it considered.
 */
public class StepRefusedException extends SutureException {
  private final String instruction;
  private final transient List<StepCandidate> candidates;

  public StepRefusedException(String instruction, String message, List<StepCandidate> candidates) {
    super(message);
    this.instruction = instruction;
    this.candidates = List.copyOf(candidates);
  }

  /** The instruction as written. */
  public String instruction() {
    return instruction;
  }

  /** The candidates considered, best first; empty when the instruction itself was not understood. */
  public List<StepCandidate> candidates() {
    return candidates;
  }
}
