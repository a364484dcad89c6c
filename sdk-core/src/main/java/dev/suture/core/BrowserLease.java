package dev.suture.core;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;

/** Exclusive use of one Playwright driver and its browser until {@link #close()} hands them back. */
public interface BrowserLease extends AutoCloseable {
  Playwright playwright();

  Browser browser();

  /** Returns the browser to its runtime; a browser that crashed is discarded instead. */
  @Override
  void close();
}
