package dev.suture.ai;

import dev.suture.core.ElementFingerprint;

import java.util.List;
import java.util.Map;

/** Small fingerprints for engine tests: a button or field at a place, with optional id and classes. */
final class Fingerprints {
  private Fingerprints() {
  }

  static ElementFingerprint button(String id, String text, String xpath, double x, double y) {
    return element("button", "button", id, text, xpath, x, y, true, List.of("Email", "Password"));
  }

  static ElementFingerprint element(String tag, String role, String id, String text, String xpath, double x, double y,
                                    boolean visible, List<String> neighbors) {
    return new ElementFingerprint(tag, id, null, List.of("btn"), null, text, null, null, null, null, null, null,
        null, role, text, null, Map.of(), xpath, id == null ? null : "//*[@id=\"" + id + "\"]", x, y, 80.0, 30.0,
        visible, true, null, neighbors, new ElementFingerprint.Parent("form", "login", List.of()), null);
  }
}
