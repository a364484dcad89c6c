package dev.suture.core.internal.browser;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.impl.Connection;
import com.microsoft.playwright.impl.Transport;
import dev.suture.core.LocatorHealingException;
import dev.suture.core.SutureException;
import dev.suture.core.internal.snapshot.BaselineEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.lang.reflect.Field;
import java.time.Duration;

/**
 * Sits between Playwright's client and its driver and shows every message to a {@link ProtocolListener}.
 *
 * <p>Why the protocol and not proxies: tests must get Playwright's own {@code Page} and {@code Locator} objects,
 * because {@code PlaywrightAssertions.assertThat} casts to Playwright's implementation classes. Every Playwright
 * call, whatever API built its selector, reaches the driver as one message, so this is the one place that sees all
 * of them unchanged.
 */
public final class ProtocolTap implements Transport {
  private static final Logger LOG = LoggerFactory.getLogger(ProtocolTap.class);

  private final Transport delegate;
  private final Connection connection;
  private volatile ProtocolListener listener = ProtocolListener.NONE;

  private ProtocolTap(Transport delegate, Connection connection) {
    this.delegate = delegate;
    this.connection = connection;
  }

  /**
   * Installs a tap into a freshly created Playwright, before anything else uses it, and registers the selector engine
   * that the healer checks baselines with ({@link BaselineEngine}), which must be known before any browser context.
   */
  public static ProtocolTap install(Playwright playwright) {
    try {
      BaselineEngine.register(playwright);
      Field connectionField = field(playwright.getClass(), "connection");
      Object connection = connectionField.get(playwright);
      Field transportField = field(connection.getClass(), "transport");
      ProtocolTap tap = new ProtocolTap((Transport) transportField.get(connection), (Connection) connection);
      transportField.set(connection, tap);
      return tap;
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new SutureException("Cannot attach to this Playwright version (" + playwright.getClass().getName()
          + "); Suture supports com.microsoft.playwright:playwright 1.62.x.", e);
    }
  }

  private static Field field(Class<?> type, String name) throws NoSuchFieldException {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        Field field = c.getDeclaredField(name);
        field.setAccessible(true);
        return field;
      } catch (NoSuchFieldException ignored) {
        // look in the superclass
      }
    }
    throw new NoSuchFieldException(type.getName() + "." + name);
  }

  /**
   * The client-side object behind a protocol guid ({@code frame@...} is a {@link com.microsoft.playwright.Frame}),
   * or null when the client does not know it. A listener may make synchronous Playwright calls on it from
   * {@link ProtocolListener#onSend}: the connection is re-entrant, and the message being sent waits until they are
   * done (see ProtocolTapTest).
   */
  public Object object(String guid) {
    try {
      return connection.getExistingObject(guid);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Sets who sees the messages from now on; {@link ProtocolListener#NONE} to stop. */
  public void listen(ProtocolListener listener) {
    this.listener = listener;
  }

  @Override
  public void send(JsonObject message) {
    try {
      listener.onSend(message);
    } catch (LocatorHealingException e) {
      throw e; // a broken locator that was not healed fails its call at once, with the candidates
    } catch (RuntimeException e) {
      LOG.warn("Suture's protocol listener failed on a sent message; the test goes on", e);
    }
    delegate.send(message);
  }

  @Override
  public JsonObject poll(Duration timeout) {
    JsonObject message = delegate.poll(timeout);
    if (message != null) {
      try {
        listener.onReceive(message);
      } catch (RuntimeException e) {
        LOG.warn("Suture's protocol listener failed on a received message; the test goes on", e);
      }
    }
    return message;
  }

  @Override
  public void close() throws IOException {
    delegate.close();
  }
}
