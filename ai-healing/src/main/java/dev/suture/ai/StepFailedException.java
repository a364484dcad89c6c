package dev.suture.ai;

import dev.suture.core.StepResult;
import dev.suture.core.SutureException;

/** A plain-English step that could not be resolved, or whose action or assertion failed. */
public class StepFailedException extends SutureException {
  private final transient StepResult result;

  public StepFailedException(StepResult result, Throwable cause) {
    super(result.error(), cause);
    this.result = result;
  }

  /** The failed step, with its failure kind and explanation. */
  public StepResult result() {
    return result;
  }
}
