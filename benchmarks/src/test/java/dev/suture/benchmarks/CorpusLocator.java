package dev.suture.benchmarks;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import java.util.Locale;

/**
 * The locator a test author would have written for one corpus case's element on version 1 of its page, through
 * Playwright's own API, and where healing must take it on the changed version.
 *
 * @param caseId        the case's id in cases.json.gz ({@code page-version-element})
 * @param kind          which Playwright API the locator uses
 * @param role          the ARIA role for {@link Kind#ROLE}, else null
 * @param value         the id, accessible name or label text the locator looks for
 * @param expectedXpath the absolute XPath of the element healing must choose on the changed version, or null when
 *                      the element is gone and healing must refuse
 */
record CorpusLocator(String caseId, Kind kind, String role, String value, String expectedXpath) {
  enum Kind { ID, ROLE, LABEL }

  /** The page that the case's element lives on, at one path for both versions (baselines are kept per path). */
  String path() {
    return "/c/" + caseId + "/";
  }

  Locator on(Page page) {
    return switch (kind) {
      case ID -> page.locator("#" + value);
      case ROLE -> page.getByRole(AriaRole.valueOf(role.toUpperCase(Locale.ROOT)),
          new Page.GetByRoleOptions().setName(value).setExact(true));
      case LABEL -> page.getByLabel(value, new Page.GetByLabelOptions().setExact(true));
    };
  }

  /** How JUnit names the invocation: the case id first, so that results map back to cases. */
  @Override
  public String toString() {
    return caseId + " " + switch (kind) {
      case ID -> "#" + value;
      case ROLE -> "getByRole(" + role + ", \"" + value + "\")";
      case LABEL -> "getByLabel(\"" + value + "\")";
    };
  }
}
