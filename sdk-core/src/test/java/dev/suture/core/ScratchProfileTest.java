package dev.suture.core;

import com.microsoft.playwright.Page;
import dev.suture.core.internal.snapshot.FingerprintScript;
import org.junit.jupiter.api.Test;

import java.util.Map;

class ScratchProfileTest {
  @Test
  void profile() throws Exception {
    try (PageServer server = new PageServer(); BrowserRuntime runtime = BrowserRuntime.start(SutureConfig.load(Map.of()).browser());
         BrowserLease lease = runtime.lease(); Page page = lease.browser().newPage()) {
      StringBuilder html = new StringBuilder("<html><body><table>");
      for (int row = 0; row < 400; row++) {
        html.append("<tr class='row'><td>Book ").append(row).append("</td><td><a href='/b/").append(row)
            .append("'>Details</a></td><td><button class='buy' data-id='").append(row).append("'>Buy</button></td></tr>");
      }
      page.navigate(server.put("/big", html.append("</table></body></html>").toString()));
      String src = FingerprintScript.SOURCE;
      Map<String, String[]> variants = Map.of(
          "full", new String[]{"", ""},
          "noVisibility", new String[]{"el.checkVisibility({visibilityProperty: true})", "true"},
          "noRect", new String[]{"const rect = el.getBoundingClientRect();", "const rect = {x:0,y:0,width:1,height:1};"},
          "noNeighbors", new String[]{"const neighborTexts = neighbors(el);", "const neighborTexts = [];"},
          "noFieldset", new String[]{" || el.closest('fieldset:disabled')", ""},
          "noText", new String[]{"const text = textOf(el);", "const text = '';"},
          "noStringify", new String[]{"return JSON.stringify(out);", "return out.length;"},
          "noCss", new String[]{"selector: scope.prefix + cssPath(el, scope.idCounts)", "selector: null"});
      for (int round = 0; round < 2; round++) {
        for (var v : variants.entrySet()) {
          String s = v.getValue()[0].isEmpty() ? src : src.replace(v.getValue()[0], v.getValue()[1]);
          if (s.equals(src) && !v.getKey().equals("full")) System.out.println("NOT REPLACED " + v.getKey());
          Object r = page.evaluate("() => { const t = performance.now(); (" + s + ")(null); return performance.now() - t; }");
          System.out.println(v.getKey() + " " + r);
        }
      }
    }
  }
}
