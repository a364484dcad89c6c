package dev.suture.core;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The snapshot script in real Chromium, against pages served over HTTP. */
class PageSnapshotTest {
  @RegisterExtension
  static final BrowserFixture browser = new BrowserFixture();

  @Test
  void collectsAttributesRoleNameLabelAndNeighbours() {
    String url = browser.server().put("/login", """
        <html><body><main id="app"><form class="login card">
          <label for="email">Email address</label><input id="email" name="email" type="email" placeholder="you@example.com">
          <button type="submit" data-testid="signin" class="btn btn-primary">Sign in</button>
          <a href="/forgot" title="Reset it">Forgot password?</a>
          <button disabled style="visibility:hidden">Ghost</button>
        </form></main></body></html>""");
    try (Page page = browser.newPage()) {
      page.navigate(url);
      List<ElementFingerprint> elements = PageSnapshot.capture(page).elements();

      ElementFingerprint email = only(elements, e -> "email".equals(e.id()));
      assertThat(email.role()).isEqualTo("textbox");
      assertThat(email.accessibleName()).isEqualTo("Email address");
      assertThat(email.labelText()).isEqualTo("Email address");
      assertThat(email.placeholder()).isEqualTo("you@example.com");
      assertThat(email.xpath()).isEqualTo("/html[1]/body[1]/main[1]/form[1]/input[1]");
      assertThat(email.idXpath()).isEqualTo("//*[@id=\"email\"]");
      assertThat(email.parent().tag()).isEqualTo("form");
      assertThat(email.parent().classes()).containsExactly("login", "card");

      ElementFingerprint signIn = only(elements, e -> "signin".equals(e.testId()));
      assertThat(signIn.role()).isEqualTo("button");
      assertThat(signIn.accessibleName()).isEqualTo("Sign in");
      assertThat(signIn.classes()).containsExactly("btn", "btn-primary");
      assertThat(signIn.neighborTexts()).contains("Email address", "Forgot password?");
      assertThat(signIn.idXpath()).isEqualTo("//*[@id=\"app\"]/form[1]/button[1]");
      assertThat(signIn.visible()).isTrue();
      assertThat(signIn.width()).isPositive();
      assertThat(page.locator(signIn.selector()).count()).isEqualTo(1);
      assertThat(page.locator(signIn.selector()).textContent()).isEqualTo("Sign in");

      ElementFingerprint link = only(elements, e -> "a".equals(e.tag()));
      assertThat(link.role()).isEqualTo("link");
      assertThat(link.href()).isEqualTo("/forgot");
      assertThat(link.title()).isEqualTo("Reset it");

      ElementFingerprint ghost = only(elements, e -> "Ghost".equals(e.text()));
      assertThat(ghost.visible()).isFalse();
      assertThat(ghost.enabled()).isFalse();
    }
  }

  @Test
  void entersOpenShadowRootsAndSameOriginIframes() {
    String inner = browser.server().put("/inner", "<html><body><button id='pay'>Pay now</button></body></html>");
    String url = browser.server().put("/outer", """
        <html><body><div id="host"></div><iframe id="frame" src="%s" style="position:absolute;top:100px;left:50px"></iframe>
        <script>
          const root = document.getElementById('host').attachShadow({mode: 'open'});
          root.innerHTML = '<div><span>in shadow</span><button class="x">Shadow button</button></div>';
        </script></body></html>""".formatted(inner));
    try (Page page = browser.newPage()) {
      page.navigate(url);
      page.frameLocator("#frame").locator("#pay").waitFor();
      List<ElementFingerprint> elements = PageSnapshot.capture(page).elements();

      ElementFingerprint shadow = only(elements, e -> "Shadow button".equals(e.text()));
      assertThat(shadow.xpath()).contains("/#shadow-root/");
      assertThat(page.locator(shadow.selector()).count()).isEqualTo(1);
      assertThat(page.locator(shadow.selector()).textContent()).isEqualTo("Shadow button");

      ElementFingerprint pay = only(elements, e -> "pay".equals(e.id()));
      assertThat(pay.y()).isGreaterThanOrEqualTo(100.0);
      assertThat(page.locator(pay.selector()).textContent()).isEqualTo("Pay now");
    }
  }

  @Test
  void fingerprintsWhatALocatorMatches() {
    String url = browser.server().put("/list", "<ul><li>One</li><li>Two</li><li>Three</li></ul>");
    try (Page page = browser.newPage()) {
      page.navigate(url);
      assertThat(PageSnapshot.fingerprints(page.getByRole(com.microsoft.playwright.options.AriaRole.LISTITEM)))
          .extracting(ElementFingerprint::text).containsExactly("One", "Two", "Three");
      assertThat(PageSnapshot.fingerprints(page.locator("#missing"))).isEmpty();
    }
  }

  /**
   * A big page is collected whole, every row's cells and controls included. How fast the pass is (the issue's
   * target: 2,000 elements in at most 50 ms) is measured by the {@code snapshot} benchmark, not here: a timed
   * assertion in a unit test fails on a busy machine and proves nothing on a quiet one.
   */
  @Test
  void aPassCollectsEveryElementOfABigPage() {
    StringBuilder html = new StringBuilder("<html><body><table>");
    for (int row = 0; row < 333; row++) {
      html.append("<tr class='row'><td>Book ").append(row).append("</td><td><a href='/b/").append(row)
          .append("'>Details</a></td><td><button class='buy' data-id='").append(row).append("'>Buy</button></td></tr>");
    }
    html.append("</table></body></html>");
    try (Page page = browser.newPage()) {
      page.navigate(browser.server().put("/big", html.toString()));
      List<ElementFingerprint> elements = PageSnapshot.capture(page).elements();
      assertThat(elements).hasSizeGreaterThanOrEqualTo(2000);
      assertThat(elements).filteredOn(e -> "button".equals(e.tag())).hasSize(333);
      assertThat(elements).filteredOn(e -> "Book 332".equals(e.text())).hasSize(1);
    }
  }

  private static ElementFingerprint only(List<ElementFingerprint> elements,
                                         java.util.function.Predicate<ElementFingerprint> filter) {
    List<ElementFingerprint> found = elements.stream().filter(filter).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }
}
