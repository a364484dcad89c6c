package dev.suture.core;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.suture.core.internal.snapshot.FingerprintScript;

import java.util.List;

/**
 * Every element of a page at one moment, as {@link ElementFingerprint}s collected in one JavaScript pass over the
 * document, its open shadow roots and its same-origin iframes. The healing engine scores these against a locator's
 * baseline; a step planner grounds instructions on them.
 *
 * <pre>{@code
 * PageSnapshot snapshot = PageSnapshot.capture(page);
 * List<ElementFingerprint> buttons = snapshot.elements().stream()
 *     .filter(e -> "button".equals(e.role())).toList();
 * }</pre>
 *
 * @param url       the URL of the frame that was captured
 * @param elements  the elements in document order (a shadow root's or iframe's elements follow their host)
 * @param captureMs how long capturing took, in milliseconds, in the browser and in Java
 */
public record PageSnapshot(String url, List<ElementFingerprint> elements, long captureMs) {
  public PageSnapshot {
    elements = List.copyOf(elements);
  }

  /** Captures the main frame of a page (with its same-origin iframes). */
  public static PageSnapshot capture(Page page) {
    return capture(page.mainFrame());
  }

  /** Captures one frame (with its same-origin iframes); selectors in the result are relative to that frame. */
  public static PageSnapshot capture(Frame frame) {
    long start = System.nanoTime();
    List<ElementFingerprint> elements = FingerprintScript.parse(frame.evaluate(FingerprintScript.SOURCE));
    return new PageSnapshot(frame.url(), elements, (System.nanoTime() - start) / 1_000_000);
  }

  /** The fingerprints of the elements a locator matches now, without waiting; empty when none match. */
  public static List<ElementFingerprint> fingerprints(Locator locator) {
    return FingerprintScript.parse(locator.evaluateAll(FingerprintScript.SOURCE));
  }
}
