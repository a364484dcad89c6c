package dev.suture.core.internal.healing;

import dev.suture.core.ElementFingerprint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * Replacement locators for a healed element, in Playwright's order of preference (test id, role and name, label,
 * placeholder, text, stable id, CSS), each checked to match exactly one element on the page now.
 */
final class Suggestions {
  private static final List<String> ROLES = List.of("alert", "button", "checkbox", "combobox", "dialog", "heading",
      "img", "link", "listbox", "listitem", "menuitem", "navigation", "option", "radio", "row", "cell", "searchbox",
      "slider", "spinbutton", "switch", "tab", "tabpanel", "textbox", "columnheader", "region", "table");

  private Suggestions() {
  }

  /** The first candidate that matches exactly one element, as Java source; the positional selector if none does. */
  static String best(ElementFingerprint element, ToIntFunction<String> count) {
    for (Candidate candidate : candidates(element)) {
      if (count.applyAsInt(candidate.selector()) == 1) {
        return candidate.source();
      }
    }
    return "page.locator(" + quote(element.selector()) + ")";
  }

  static List<Candidate> candidates(ElementFingerprint e) {
    List<Candidate> out = new ArrayList<>();
    if (present(e.testId())) {
      // The fingerprint does not say which test-id attribute it came from; counting finds the one that works.
      out.add(new Candidate("internal:testid=[data-testid=" + quote(e.testId()) + "s]",
          "page.getByTestId(" + quote(e.testId()) + ")"));
      for (String attribute : List.of("data-test-id", "data-test", "data-qa", "data-cy")) {
        out.add(new Candidate("[" + attribute + "=" + quote(e.testId()) + "]",
            "page.locator(\"[" + attribute + "=" + escape(quote(e.testId())) + "]\")"));
      }
    }
    if (present(e.role()) && ROLES.contains(e.role()) && present(e.accessibleName())) {
      out.add(new Candidate("internal:role=" + e.role() + "[name=" + quote(e.accessibleName()) + "i]",
          "page.getByRole(AriaRole." + e.role().toUpperCase(Locale.ROOT) + ", new Page.GetByRoleOptions().setName("
              + quote(e.accessibleName()) + "))"));
    }
    if (present(e.labelText())) {
      out.add(new Candidate("internal:label=" + quote(e.labelText()) + "i", "page.getByLabel("
          + quote(e.labelText()) + ")"));
    }
    if (present(e.placeholder())) {
      out.add(new Candidate("internal:attr=[placeholder=" + quote(e.placeholder()) + "i]", "page.getByPlaceholder("
          + quote(e.placeholder()) + ")"));
    }
    if (present(e.text()) && e.text().length() <= 60) {
      out.add(new Candidate("internal:text=" + quote(e.text()) + "i", "page.getByText(" + quote(e.text()) + ")"));
    }
    if (present(e.id()) && e.id().matches("[A-Za-z][\\w-]*") && !e.id().matches(".*\\d{3,}.*")) {
      out.add(new Candidate("#" + e.id(), "page.locator(\"#" + e.id() + "\")"));
    }
    return out;
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  /** A Java and JSON string literal. */
  static String quote(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static String escape(String literal) {
    return literal.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  /**
   * One replacement.
   *
   * @param selector the selector Playwright builds for it, to count matches
   * @param source   the Java source a user pastes
   */
  record Candidate(String selector, String source) {
  }
}
