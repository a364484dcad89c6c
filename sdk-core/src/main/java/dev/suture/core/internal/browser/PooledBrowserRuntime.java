package dev.suture.core.internal.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import dev.suture.core.BrowserConfig;
import dev.suture.core.BrowserLease;
import dev.suture.core.BrowserRuntime;
import dev.suture.core.SutureException;

import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/** A {@link BrowserRuntime} that keeps idle browsers for the next lease and starts more on demand. */
public final class PooledBrowserRuntime implements BrowserRuntime {
  private final BrowserConfig config;
  private final ExecutableFinder finder = ExecutableFinder.fromEnvironment();
  private final Deque<BrowserSlot> idle = new ConcurrentLinkedDeque<>();
  private final Set<BrowserSlot> all = ConcurrentHashMap.newKeySet();
  private final Thread shutdownHook = new Thread(this::closeAll, "suture-browser-shutdown");
  private volatile boolean closed;

  public PooledBrowserRuntime(BrowserConfig config) {
    this.config = config;
    // A run that is aborted (Ctrl-C, a killed build) must not leave drivers and browsers behind.
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  @Override
  public BrowserLease lease() {
    if (closed) {
      throw new SutureException("This BrowserRuntime is closed; start a new one.");
    }
    BrowserSlot slot;
    while ((slot = idle.pollFirst()) != null) {
      if (slot.usable()) {
        return new Lease(slot);
      }
      discard(slot);
    }
    slot = BrowserSlot.open(config, finder);
    all.add(slot);
    return new Lease(slot);
  }

  /** How many browsers this runtime has open. */
  public int size() {
    return all.size();
  }

  private void giveBack(BrowserSlot slot) {
    slot.tap.listen(ProtocolListener.NONE);
    if (closed || !slot.usable()) {
      discard(slot);
    } else {
      idle.addFirst(slot);
    }
  }

  private void discard(BrowserSlot slot) {
    all.remove(slot);
    slot.close();
  }

  @Override
  public void close() {
    closeAll();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // the hook is running or has run: nothing left to remove
    }
  }

  private void closeAll() {
    closed = true;
    idle.clear();
    all.forEach(this::discard);
  }

  /** Exclusive use of one slot; also gives the session access to the slot's protocol tap. */
  public final class Lease implements BrowserLease {
    private final BrowserSlot slot;
    private boolean returned;

    private Lease(BrowserSlot slot) {
      this.slot = slot;
    }

    @Override
    public Playwright playwright() {
      return slot.playwright;
    }

    @Override
    public Browser browser() {
      return slot.browser;
    }

    public ProtocolTap tap() {
      return slot.tap;
    }

    @Override
    public void close() {
      if (!returned) {
        returned = true;
        giveBack(slot);
      }
    }
  }
}
