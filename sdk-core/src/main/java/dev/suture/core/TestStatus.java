package dev.suture.core;

/** How a test ended. */
public enum TestStatus {
  PASSED, FAILED, SKIPPED, ABORTED
}
