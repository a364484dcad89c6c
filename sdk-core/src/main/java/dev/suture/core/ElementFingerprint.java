package dev.suture.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/**
 * What identifies one element on a page, as one JavaScript pass collects it (see {@link PageSnapshot}): the last
 * good state of a locator's element (its baseline), and every candidate when that locator breaks.
 *
 * <p>Every field is optional (null when absent), so the same record reads fingerprints of any origin; its JSON form
 * is the exchange format of the healing benchmark, and unknown fields are ignored.
 *
 * @param tag            lower-case tag name
 * @param id             the {@code id} attribute
 * @param name           the {@code name} attribute
 * @param classes        the class names
 * @param type           the {@code type} attribute
 * @param text           visible text, whitespace collapsed, at most 120 characters
 * @param value          the current value of a form control (never of a password field)
 * @param placeholder    the {@code placeholder} attribute
 * @param href           the {@code href} attribute as written
 * @param src            the {@code src} attribute as written
 * @param alt            the {@code alt} attribute
 * @param title          the {@code title} attribute
 * @param ariaLabel      the {@code aria-label} attribute
 * @param role           the explicit or implicit ARIA role
 * @param accessibleName the accessible name, computed as browsers do for the common cases
 * @param testId         the first of {@code data-testid}, {@code data-test-id}, {@code data-test}, {@code data-qa},
 *                       {@code data-cy}
 * @param attributes     other attributes that tend to be stable ({@code data-*}, {@code aria-*}, {@code for},
 *                       {@code action}, ...)
 * @param xpath          absolute XPath inside its document (shadow roots marked {@code /#shadow-root})
 * @param idXpath        XPath relative to the nearest ancestor with an id
 * @param x              left edge in CSS pixels, relative to the top-level viewport
 * @param y              top edge
 * @param width          width
 * @param height         height
 * @param visible        whether it is rendered with a non-empty box and not hidden
 * @param enabled        false for disabled form controls and {@code aria-disabled="true"}
 * @param labelText      the text of its {@code <label>}s or {@code aria-labelledby} elements
 * @param neighborTexts  texts of its nearest siblings and, in a table row, of the row's first cell
 * @param parent         a summary of its parent element
 * @param selector       a Playwright selector that reaches exactly this element from the top frame when the
 *                       snapshot was taken (crossing shadow roots and iframes); positional, so for acting at once,
 *                       not for source code
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"tag", "id", "name", "classes", "type", "text", "value", "placeholder", "href", "src", "alt",
    "title", "ariaLabel", "role", "accessibleName", "testId", "attributes", "xpath", "idXpath", "x", "y", "width",
    "height", "visible", "enabled", "labelText", "neighborTexts", "parent", "selector"})
public record ElementFingerprint(String tag, String id, String name, List<String> classes, String type, String text,
                                 String value, String placeholder, String href, String src, String alt, String title,
                                 String ariaLabel, String role, String accessibleName, String testId,
                                 Map<String, String> attributes, String xpath, String idXpath, Double x, Double y,
                                 Double width, Double height, Boolean visible, Boolean enabled, String labelText,
                                 List<String> neighborTexts, Parent parent, String selector) {
  public ElementFingerprint {
    classes = classes == null ? List.of() : List.copyOf(classes);
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    neighborTexts = neighborTexts == null ? List.of() : List.copyOf(neighborTexts);
  }

  /**
   * Whether it is visible; a fingerprint that does not say counts as visible. Not named {@code isVisible}: Jackson
   * 2.19 (a Micronaut 4.10 application's; a test project may bring its own) ignored the {@code visible} component
   * together with an ignored {@code isVisible()}, and so lost it in every fingerprint it read or wrote.
   */
  public boolean countsAsVisible() {
    return visible == null || visible;
  }

  /** Whether it is enabled; a fingerprint that does not say counts as enabled (named as {@link #countsAsVisible}). */
  public boolean countsAsEnabled() {
    return enabled == null || enabled;
  }

  /** A short human description, for logs and messages: {@code button "Sign in" #signin}. */
  @JsonIgnore
  public String describe() {
    StringBuilder out = new StringBuilder(role != null ? role : String.valueOf(tag));
    String label = accessibleName != null && !accessibleName.isBlank() ? accessibleName : text;
    if (label != null && !label.isBlank()) {
      out.append(" \"").append(label.length() > 40 ? label.substring(0, 40) + "…" : label).append('"');
    }
    if (id != null && !id.isBlank()) {
      out.append(" #").append(id);
    }
    if (testId != null) {
      out.append(" [test-id=").append(testId).append(']');
    }
    return out.toString();
  }

  /**
   * The parent element, summarised.
   *
   * @param tag     lower-case tag name
   * @param id      the {@code id} attribute
   * @param classes the class names
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Parent(String tag, String id, List<String> classes) {
    public Parent {
      classes = classes == null ? List.of() : List.copyOf(classes);
    }
  }
}
