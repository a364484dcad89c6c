package dev.suture.core;

/** The root of every exception Suture throws. Its message says what failed, where, and what to do. */
public class SutureException extends RuntimeException {
  public SutureException(String message) {
    super(message);
  }

  public SutureException(String message, Throwable cause) {
    super(message, cause);
  }
}
