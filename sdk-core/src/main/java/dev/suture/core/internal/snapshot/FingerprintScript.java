package dev.suture.core.internal.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.suture.core.ElementFingerprint;
import dev.suture.core.SutureException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The one JavaScript function that collects {@link ElementFingerprint}s ({@code fingerprint.js}), and the parser of
 * its answer. The script returns a JSON string because Jackson reads 2,000 fingerprints far faster than Playwright
 * deserialises the same data as nested Java maps.
 */
public final class FingerprintScript {
  /** The function: {@code (elements) => json}; {@code null} collects the whole page. */
  public static final String SOURCE = load();

  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private static final TypeReference<List<ElementFingerprint>> LIST = new TypeReference<>() {
  };

  private FingerprintScript() {
  }

  /** Parses the script's answer. */
  public static List<ElementFingerprint> parse(Object answer) {
    if (!(answer instanceof String json)) {
      throw new SutureException("The page snapshot script returned " + answer + " instead of JSON text; the page may"
          + " have replaced JSON.stringify.");
    }
    try {
      List<ElementFingerprint> parsed = JSON.readValue(json, LIST);
      return parsed.stream().map(FingerprintScript::withSelector).toList();
    } catch (JsonProcessingException e) {
      throw new SutureException("Cannot read the page snapshot: " + e.getOriginalMessage(), e);
    }
  }

  /** The script leaves out the selector of top-document elements, whose absolute XPath already is one. */
  private static ElementFingerprint withSelector(ElementFingerprint e) {
    if (e.selector() != null || e.xpath() == null) {
      return e;
    }
    return new ElementFingerprint(e.tag(), e.id(), e.name(), e.classes(), e.type(), e.text(), e.value(),
        e.placeholder(), e.href(), e.src(), e.alt(), e.title(), e.ariaLabel(), e.role(), e.accessibleName(),
        e.testId(), e.attributes(), e.xpath(), e.idXpath(), e.x(), e.y(), e.width(), e.height(), e.visible(),
        e.enabled(), e.labelText(), e.neighborTexts(), e.parent(), "xpath=" + e.xpath());
  }

  private static String load() {
    try (InputStream in = FingerprintScript.class.getResourceAsStream("fingerprint.js")) {
      if (in == null) {
        throw new IllegalStateException("fingerprint.js is missing from the sdk-core jar");
      }
      String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // Leading comment lines document the script; Playwright wants the function expression itself.
      return source.substring(source.indexOf("(elements) =>"));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read fingerprint.js from the sdk-core jar", e);
    }
  }
}
