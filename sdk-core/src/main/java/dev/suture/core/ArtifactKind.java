package dev.suture.core;

/** What an artifact file holds. */
public enum ArtifactKind {
  /** A PNG screenshot of the page. */
  SCREENSHOT,
  /** A Playwright trace archive; open it with {@code npx playwright show-trace} or trace.playwright.dev. */
  TRACE
}
