package dev.suture.core.internal.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Selectors;
import dev.suture.core.ElementFingerprint;
import dev.suture.core.SutureException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A selector engine that tells, in one count, whether a selector still matches exactly the element of its baseline
 * ({@code same-element.js}).
 *
 * <p>Why: fingerprinting the element a selector matches needs a main-world evaluation with element handles, for which
 * Playwright injects its 300 KB selector script into the page's main world once per document; that injection was
 * most of what recording baselines cost a test. This engine runs {@code fingerprint.js} in Playwright's utility world,
 * where Playwright's actions already resolve selectors, and answers through {@code queryCount}: when the element is
 * unchanged there is nothing new to record, and only a changed (or new) element is fingerprinted in the main world.
 */
public final class BaselineEngine {
  /** The engine's name in selectors. */
  public static final String NAME = "suture-baseline";

  private static final String SOURCE = load();
  private static final ObjectMapper JSON = new ObjectMapper();

  private BaselineEngine() {
  }

  /** Registers the engine in a fresh Playwright, before it creates any browser context. */
  public static void register(Playwright playwright) {
    playwright.selectors().register(NAME, SOURCE, new Selectors.RegisterOptions().setContentScript(true));
  }

  /**
   * A selector whose count is 1 exactly when {@code selector} matches one element and that element's fingerprint is
   * {@code baseline}.
   */
  public static String sameAs(String selector, ElementFingerprint baseline) {
    try {
      return selector + " >> " + NAME + "="
          + Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(baseline));
    } catch (JsonProcessingException e) {
      throw new SutureException("Cannot write the baseline of " + selector + " as JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static String load() {
    try (InputStream in = BaselineEngine.class.getResourceAsStream("same-element.js")) {
      if (in == null) {
        throw new IllegalStateException("same-element.js is missing from the sdk-core jar");
      }
      String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // Leading comment lines document the script; Playwright wants the expression itself.
      return source.substring(source.indexOf("(() =>")).replace("FINGERPRINT", FingerprintScript.SOURCE);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read same-element.js from the sdk-core jar", e);
    }
  }
}
