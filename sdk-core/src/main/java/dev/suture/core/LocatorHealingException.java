package dev.suture.core;

/**
 * A locator broke and Suture did not heal it: no candidate convinced the engine, or healing is in {@code suggest}
 * mode. The message lists the best candidates with their scores and why each was refused.
 */
public class LocatorHealingException extends SutureException {
  public LocatorHealingException(String message) {
    super(message);
  }
}
