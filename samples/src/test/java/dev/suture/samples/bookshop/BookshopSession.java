package dev.suture.samples.bookshop;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the bookshop once per test JVM, on a free port, and points Suture at it through {@code suture.base-url},
 * which {@code @WebTest} reads when a test class starts. Registered in
 * {@code META-INF/services/org.junit.platform.launcher.LauncherSessionListener}.
 *
 * <p>When {@code suture.base-url} is already set (for example {@code -Dsuture.base-url=http://127.0.0.1:8080/} to
 * test a bookshop started by hand), nothing is started and the suite runs against that URL.
 *
 * <p>{@code -Dbookshop.variant=v2} serves the redesigned pages at the shop's root instead of version 1, so that the
 * suite, written against version 1, heals on the redesign (the platform's demo runs it both ways).
 */
public final class BookshopSession implements LauncherSessionListener {
  private static final String BASE_URL = "suture.base-url";
  private static final String VARIANT = "bookshop.variant";
  private Bookshop shop;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (System.getProperty(BASE_URL) == null) {
      shop = Bookshop.start(0, variant(System.getProperty(VARIANT, "v1")));
      System.setProperty(BASE_URL, shop.url().toString());
    }
  }

  private static Bookshop.Variant variant(String name) {
    return switch (name.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "v1" -> Bookshop.Variant.V1;
      case "v2" -> Bookshop.Variant.V2;
      default -> throw new IllegalArgumentException(VARIANT + " must be v1 or v2, not '" + name + "'");
    };
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (shop != null) {
      System.clearProperty(BASE_URL);
      shop.close();
      shop = null;
    }
  }
}
