package dev.suture.ai.internal.steps;

import dev.suture.core.SutureException;

/** An instruction the grammar cannot read; the message says which clause and how to write it. */
final class StepParseException extends SutureException {
  StepParseException(String message) {
    super(message);
  }
}
