package dev.suture.core;

import dev.suture.core.internal.browser.PooledBrowserRuntime;

/**
 * Starts Playwright and browsers, never downloading one, and leases them to tests.
 *
 * <p>Playwright objects are not thread-safe, so each lease is an exclusive Playwright driver with its own browser:
 * tests that run one after another reuse the same browser, and tests that run in parallel get one each. The pool
 * grows to the number of tests running at once and closes everything on {@link #close()}, or at JVM exit when a run
 * is aborted.
 *
 * <pre>{@code
 * try (BrowserRuntime runtime = BrowserRuntime.start(config.browser());
 *      BrowserLease lease = runtime.lease();
 *      TestSession session = TestSession.open(lease, SessionOptions.of(config, artifactDir))) {
 *   session.page().navigate("https://example.org");
 * }
 * }</pre>
 */
public interface BrowserRuntime extends AutoCloseable {
  /** A runtime that launches (or connects to) browsers as {@code config} says, on first lease. */
  static BrowserRuntime start(BrowserConfig config) {
    return new PooledBrowserRuntime(config);
  }

  /**
   * An idle browser, or a new one when all are in use.
   *
   * @throws BrowserLaunchException when no browser can be launched; the message lists the ways to provide one
   */
  BrowserLease lease();

  /** Closes every browser and Playwright driver this runtime started. */
  @Override
  void close();
}
