package dev.suture.junit;

/**
 * A failed test's error with the paths of its artifacts added to the message. The original error is the cause, and
 * its stack trace is kept, so the failure still points at the test's own line.
 */
final class SutureTestFailure extends AssertionError {
  SutureTestFailure(String message, Throwable original) {
    super(message, original);
    setStackTrace(original.getStackTrace());
  }
}
