package dev.suture.core.internal.browser;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.suture.core.BrowserFixture;
import dev.suture.core.ElementFingerprint;
import dev.suture.core.internal.snapshot.FingerprintScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What protocol-level healing builds on, checked in real Chromium: a listener may make a nested synchronous
 * Playwright call while a message is on its way out, and may rewrite that message's selector.
 */
class ProtocolTapTest {
  @RegisterExtension
  static final BrowserFixture browser = new BrowserFixture();

  @Test
  void aListenerCanQueryThePageAndRewriteTheSelectorBeforeTheCallIsSent() {
    PooledBrowserRuntime.Lease lease = (PooledBrowserRuntime.Lease) browser.lease();
    try (Page page = lease.browser().newPage()) {
      page.navigate(browser.server().put("/p", """
          <button id="new-id" onclick="document.title='clicked new'">Sign in</button>
          <button onclick="document.title='clicked other'">Other</button>"""));
      List<List<ElementFingerprint>> seen = new ArrayList<>();
      boolean[] nested = {false};
      lease.tap().listen(new ProtocolListener() {
        @Override
        public void onSend(JsonObject message) {
          if (nested[0] || !"click".equals(message.get("method").getAsString())) {
            return;
          }
          JsonObject params = message.getAsJsonObject("params");
          Frame frame = (Frame) lease.tap().object(message.get("guid").getAsString());
          nested[0] = true;
          try {
            seen.add(FingerprintScript.parse(frame.locator(params.get("selector").getAsString())
                .evaluateAll(FingerprintScript.SOURCE)));
          } finally {
            nested[0] = false;
          }
          if (seen.get(seen.size() - 1).isEmpty()) {
            params.addProperty("selector", "#new-id");
          }
        }
      });

      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Other")).click();
      assertThat(page.title()).isEqualTo("clicked other");
      page.locator("#old-id").click();
      assertThat(page.title()).isEqualTo("clicked new");

      assertThat(seen).hasSize(2);
      assertThat(seen.get(0)).singleElement().extracting(ElementFingerprint::text).isEqualTo("Other");
      assertThat(seen.get(1)).isEmpty();
      lease.tap().listen(ProtocolListener.NONE);
    }
  }
}
