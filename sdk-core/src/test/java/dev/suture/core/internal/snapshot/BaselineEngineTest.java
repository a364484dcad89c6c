package dev.suture.core.internal.snapshot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.suture.core.BrowserFixture;
import dev.suture.core.ElementFingerprint;
import dev.suture.core.PageSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The baseline check in real Chromium: its count is 1 exactly when the selector matches one element whose
 * fingerprint is the baseline as it comes back from a baselines file.
 */
class BaselineEngineTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @RegisterExtension
  static final BrowserFixture browser = new BrowserFixture();

  @Test
  void anUnchangedElementIsItsBaselineAndAChangedOneIsNot() throws Exception {
    try (Page page = browser.newPage()) {
      page.navigate(browser.server().put("/form", """
          <form><label for="user">User name</label><input id="user" class="field wide" data-x="">
          <button type="submit" aria-describedby="hint">Sign in</button><p id="hint">Press it</p>
          <ul><li>One</li><li>Two</li></ul></form>"""));
      Frame frame = page.mainFrame();
      String button = "internal:role=button[name=\"Sign in\"i]";
      ElementFingerprint signIn = baselineOf(frame, button);
      ElementFingerprint user = baselineOf(frame, "#user");

      assertThat(count(frame, button, signIn)).isEqualTo(1);
      assertThat(count(frame, "#user", user)).isEqualTo(1);
      assertThat(count(frame, "#user", signIn)).as("another element's baseline").isNotEqualTo(1);

      page.fill("#user", "alice");
      assertThat(count(frame, "#user", user)).as("a new value").isNotEqualTo(1);
      page.evaluate("document.querySelector('button').textContent = 'Sign in now'");
      assertThat(count(frame, button, signIn)).as("a new text").isNotEqualTo(1);
    }
  }

  @Test
  void aSelectorThatMatchesSeveralElementsOrNoneIsNotItsBaseline() throws Exception {
    try (Page page = browser.newPage()) {
      page.navigate(browser.server().put("/list", "<ul><li>One</li><li>Two</li></ul>"));
      Frame frame = page.mainFrame();
      ElementFingerprint first = baselineOf(frame, "li >> nth=0");

      assertThat(count(frame, "li >> nth=0", first)).isEqualTo(1);
      assertThat(count(frame, "li", first)).isGreaterThan(1);
      assertThat(count(frame, "li.missing", first)).isZero();
    }
  }

  @Test
  void worksInsideShadowRootsAndFrames() throws Exception {
    try (Page page = browser.newPage()) {
      browser.server().put("/inner", "<button id=\"pay\">Pay</button>");
      page.navigate(browser.server().put("/outer", """
          <div id="host"></div><iframe src="/inner"></iframe>
          <script>document.getElementById('host').attachShadow({mode: 'open'}).innerHTML =
            '<span>before</span><button id="deep">Deep</button>';</script>"""));
      page.frameLocator("iframe").locator("#pay").waitFor();
      Frame frame = page.mainFrame();
      String inFrame = "iframe >> internal:control=enter-frame >> #pay";
      ElementFingerprint deep = baselineOf(frame, "#deep");
      ElementFingerprint pay = baselineOf(frame, inFrame);

      assertThat(count(frame, "#deep", deep)).isEqualTo(1);
      assertThat(count(frame, inFrame, pay)).isEqualTo(1);
      page.evaluate("document.getElementById('host').shadowRoot.getElementById('deep').textContent = 'Deeper'");
      assertThat(count(frame, "#deep", deep)).isEqualTo(2);
      assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deeper")).count()).isEqualTo(1);
    }
  }

  /** The fingerprint the healer records, after the round trip through a baselines file. */
  private static ElementFingerprint baselineOf(Frame frame, String selector) throws Exception {
    List<ElementFingerprint> found = PageSnapshot.fingerprints(frame.locator(selector));
    assertThat(found).hasSize(1);
    return JSON.readValue(JSON.writeValueAsString(found.get(0)), ElementFingerprint.class);
  }

  private static int count(Frame frame, String selector, ElementFingerprint baseline) {
    return frame.locator(BaselineEngine.sameAs(selector, baseline)).count();
  }
}
