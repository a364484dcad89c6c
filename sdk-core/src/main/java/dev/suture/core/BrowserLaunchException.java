package dev.suture.core;

/** No browser could be launched or connected to; the message lists the ways to provide one. */
public class BrowserLaunchException extends SutureException {
  public BrowserLaunchException(String message, Throwable cause) {
    super(message, cause);
  }
}
