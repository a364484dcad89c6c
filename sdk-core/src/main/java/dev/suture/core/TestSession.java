package dev.suture.core;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.suture.core.internal.session.DefaultTestSession;

import java.util.List;

/**
 * One test's time in the browser: a fresh {@link BrowserContext} (so cookies and storage never leak between tests)
 * and its {@link Page}, both created on first use, with every action the test performs recorded.
 *
 * <p>The objects handed out are Playwright's own, so existing Playwright code and assertions work unchanged.
 * Call {@link #captureArtifacts(boolean)} once the outcome is known, then {@link #close()}.
 */
public interface TestSession extends AutoCloseable {
  /** Opens a session on a leased browser. The lease stays the caller's to close, after the session. */
  static TestSession open(BrowserLease lease, SessionOptions options) {
    return new DefaultTestSession(lease, options);
  }

  Playwright playwright();

  Browser browser();

  /** This test's context, created (and traced, as configured) on first call. */
  BrowserContext context();

  /** This test's page, created on first call. */
  Page page();

  /**
   * Opens a session whose broken locators heal as {@code healing} says (the other {@link #open(BrowserLease,
   * SessionOptions)} reads {@code suture.healing.*} from the environment). Healing needs the {@code ai-healing}
   * module on the class path.
   */
  static TestSession open(BrowserLease lease, SessionOptions options, HealingOptions healing) {
    return new DefaultTestSession(lease, options, healing);
  }

  /** The locators healed so far, in order. */
  default List<HealingEvent> healings() {
    return List.of();
  }

  /** The actions performed so far, in order. */
  List<ActionResult> actions();

  /**
   * Saves what the configuration keeps for a test that ended so: a full-page screenshot and the Playwright trace.
   * Call at most once, before {@link #close()}; nothing is captured when no page was ever opened. For a passed
   * test, this also saves the locator baselines (and heals) it recorded under {@code .suture/}.
   */
  List<Artifact> captureArtifacts(boolean failed);

  /** Closes the context and its pages; safe to call more than once. */
  @Override
  void close();
}
