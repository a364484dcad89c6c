package dev.suture.core;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * Real Chromium and a real HTTP server for the browser tests of one test class, set up once and torn down once.
 *
 * <p>Why it exists: the browser tests of sdk-core and ai-healing each started a {@link PageServer}, a
 * {@link BrowserRuntime} and a {@link BrowserLease} in {@code @BeforeAll} and closed them in {@code @AfterAll}, the
 * same lines in every class. This is those lines once; ai-healing gets it through sdk-core's test jar. It is not a
 * mock: pages go over a socket on 127.0.0.1 to the Chromium that the default configuration finds.
 *
 * <pre>{@code
 * class LoginPageTest {
 *   @RegisterExtension
 *   static final BrowserFixture browser = new BrowserFixture();
 *
 *   @Test
 *   void signsIn() {
 *     Page page = browser.page();
 *     page.navigate(browser.server().put("/login", "<button>Sign in</button>"));
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>Lifecycle: register it on a {@code static} field, so that JUnit calls it around the whole class.
 * <ol>
 *   <li>Before all tests (before the class's own {@code @BeforeAll} methods): the page server starts on a free
 *       port, then the runtime ({@code SutureConfig.load(Map.of()).browser()}), then one lease is taken.</li>
 *   <li>In each test, {@link #page()} opens a page on first call; it is closed after the test (after the class's own
 *       {@code @AfterEach} methods). Pages from {@link #newPage()} are the caller's to close.</li>
 *   <li>After all tests (after the class's own {@code @AfterAll} methods): the lease, the runtime and the server
 *       are closed in the reverse order of their start. Each is closed even when another one's close, or the start
 *       itself, failed part way; the first failure is thrown with the others suppressed.</li>
 * </ol>
 *
 * <p>The class holds one lease, and Playwright objects are not thread-safe: the tests of a class that uses it must
 * not run concurrently.
 */
public final class BrowserFixture implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
    AfterAllCallback {
  /** What is open, the latest on top: closed from the top down. */
  private final Deque<AutoCloseable> open = new ArrayDeque<>();
  private String owner;
  private PageServer server;
  private BrowserLease lease;
  private boolean inTest;
  private Page page;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    if (owner != null) {
      return; // a @Nested class: its enclosing class's browser serves it
    }
    owner = context.getUniqueId();
    try {
      server = opened(new PageServer());
      BrowserRuntime runtime = opened(BrowserRuntime.start(SutureConfig.load(Map.of()).browser()));
      lease = opened(runtime.lease());
    } catch (Exception | Error e) {
      closeAll(e);
      throw e;
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    inTest = true;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    inTest = false;
    if (page != null) {
      Page last = page;
      page = null;
      last.close();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    if (context.getUniqueId().equals(owner)) {
      owner = null;
      closeAll(null);
    }
  }

  /** The server the pages come from; put pages into it and navigate to the URLs it returns. */
  public PageServer server() {
    return started(server);
  }

  /** The lease this class's tests share. */
  public BrowserLease lease() {
    return started(lease);
  }

  /** This test's page: opened in the lease's browser on first call, closed when the test ends. */
  public Page page() {
    started(lease);
    if (!inTest) {
      throw new IllegalStateException("BrowserFixture.page() is the current test's page and is closed when the test"
          + " ends; outside a test (in @BeforeAll, say) call newPage() and close the page yourself");
    }
    if (page == null) {
      page = lease.browser().newPage();
    }
    return page;
  }

  /** A new page in the lease's browser, for the caller to close. */
  public Page newPage() {
    return started(lease).browser().newPage();
  }

  private <T extends AutoCloseable> T opened(T resource) {
    open.push(resource);
    return resource;
  }

  private static <T> T started(T resource) {
    if (resource == null) {
      throw new IllegalStateException("BrowserFixture is not started: register it on a static field with"
          + " @RegisterExtension, so that JUnit starts it before all tests of the class");
    }
    return resource;
  }

  /** Closes everything still open, latest first, throwing the first failure (or adding to {@code failure}). */
  private void closeAll(Throwable failure) throws Exception {
    Throwable first = failure;
    while (!open.isEmpty()) {
      try {
        open.pop().close();
      } catch (Exception | Error e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    server = null;
    lease = null;
    if (failure == null && first != null) {
      if (first instanceof Exception exception) {
        throw exception;
      }
      throw (Error) first;
    }
  }
}
