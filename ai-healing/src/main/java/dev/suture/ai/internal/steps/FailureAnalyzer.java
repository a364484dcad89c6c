package dev.suture.ai.internal.steps;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;
import dev.suture.ai.StepRefusedException;

import java.util.ArrayList;
import java.util.List;

/**
 * Classifies a failed step with a one-line explanation, by rules: the application's own errors (HTTP 5xx answers,
 * console errors) first, because they explain the rest; then unresolved steps, broken locators, navigation and
 * timeouts, and assertion mismatches.
 */
final class FailureAnalyzer {
  static final String UNRESOLVED = "unresolved";
  static final String LOCATOR_BROKEN = "locator broken";
  static final String HEALED = "healed";
  static final String ASSERTION = "assertion mismatch";
  static final String NAVIGATION = "navigation or timeout";
  static final String APPLICATION = "application error";

  private final List<String> appErrors = new ArrayList<>();

  /** Listens to the page for server errors and console errors. */
  void watch(Page page) {
    page.onResponse(response -> {
      if (response.status() >= 500) {
        record("HTTP " + response.status() + " from " + response.url());
      }
    });
    page.onConsoleMessage(message -> {
      if ("error".equals(message.type())) {
        record("console error: " + message.text());
      }
    });
    page.onPageError(error -> record("uncaught page error: " + error));
  }

  private synchronized void record(String error) {
    if (appErrors.size() < 20) {
      appErrors.add(error);
    }
  }

  /** Forgets the errors seen so far: each step is judged by what happened while it ran. */
  synchronized void reset() {
    appErrors.clear();
  }

  /** The kind of failure and a one-line explanation. */
  synchronized String[] classify(Throwable error, boolean healed) {
    String message = firstLine(error.getMessage());
    if (!appErrors.isEmpty()) {
      return new String[]{APPLICATION, "the application failed while the step ran (" + appErrors.get(0)
          + (appErrors.size() > 1 ? ", and " + (appErrors.size() - 1) + " more" : "") + "): " + message};
    }
    if (error instanceof StepRefusedException) {
      return new String[]{UNRESOLVED, "the step could not be resolved on this page: " + message};
    }
    if (error instanceof AssertionError) {
      return new String[]{ASSERTION, "the page did not show what the step expected: " + message};
    }
    String lower = message.toLowerCase();
    if (lower.contains("net::err") || lower.contains("navigat")) {
      return new String[]{NAVIGATION, "the page could not be loaded: " + message};
    }
    if (error instanceof TimeoutError || error instanceof PlaywrightException && lower.contains("timeout")) {
      return healed
          ? new String[]{HEALED, "the step acted on a healed element and then timed out: " + message}
          : new String[]{LOCATOR_BROKEN, "the element was not found or not actionable in time: " + message};
    }
    return new String[]{LOCATOR_BROKEN, message};
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "(no message)";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).trim();
  }
}
