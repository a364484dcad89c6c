package dev.suture.core.internal.report;

import dev.suture.core.ActionResult;
import dev.suture.core.Artifact;
import dev.suture.core.ArtifactKind;
import dev.suture.core.HealingEvent;
import dev.suture.core.RunResult;
import dev.suture.core.RunSummary;
import dev.suture.core.StepResult;
import dev.suture.core.TestResult;
import dev.suture.core.TestStatus;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * Renders a run as one self-contained HTML page: inline styles and script, no external assets; artifacts are
 * linked relative to the page, which sits in the run's output directory beside them.
 */
public final class HtmlReport {
  private static final String STYLE = """
      body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d2330;background:#f5f6f8}
      header{background:#1d2330;color:#fff;padding:16px 24px}h1{margin:0;font-size:20px}
      .sub{color:#b8c0d0;font-size:13px}main{padding:16px 24px;max-width:1200px}
      .cards{display:flex;gap:12px;flex-wrap:wrap;margin-bottom:16px}
      .card{background:#fff;border-radius:8px;padding:10px 16px;min-width:110px;box-shadow:0 1px 2px #0002}
      .card b{display:block;font-size:22px}.filters button{margin-right:6px;padding:4px 12px;border-radius:14px;
      border:1px solid #b8c0d0;background:#fff;cursor:pointer}.filters button[aria-pressed=true]{background:#1d2330;color:#fff}
      details{background:#fff;border-radius:8px;margin:8px 0;box-shadow:0 1px 2px #0002}
      summary{padding:10px 14px;cursor:pointer;display:flex;gap:10px;align-items:center}
      .badge{font-size:12px;font-weight:600;padding:2px 8px;border-radius:10px;color:#fff}
      .PASSED{background:#1a7f37}.FAILED{background:#cf222e}.SKIPPED{background:#6e7781}.ABORTED{background:#9a6700}
      .dur{margin-left:auto;color:#57606a}.body{padding:0 14px 14px}
      table{border-collapse:collapse;width:100%;font-size:13px}td,th{text-align:left;padding:4px 8px;border-top:1px solid #eaeef2;vertical-align:top}
      td.t{font-family:ui-monospace,monospace;word-break:break-all}tr.err td{background:#ffebe9}
      pre{background:#f6f8fa;padding:10px;overflow:auto;border-radius:6px;font-size:12px;max-height:320px}
      .heal{background:#fff8c5;border:1px solid #d4a72c;border-radius:6px;padding:8px 10px;margin:8px 0}
      img.shot{max-width:100%;border:1px solid #d0d7de;border-radius:6px;margin-top:8px}
      """;
  private static final String SCRIPT = """
      document.querySelectorAll('.filters button').forEach(b=>b.addEventListener('click',()=>{
        document.querySelectorAll('.filters button').forEach(o=>o.setAttribute('aria-pressed',o===b));
        const s=b.dataset.status;document.querySelectorAll('details.test').forEach(d=>{
          d.hidden=!(s==='ALL'||d.dataset.status===s);});}));
      """;

  private HtmlReport() {
  }

  public static String render(RunResult run) {
    RunSummary summary = run.summary();
    StringBuilder html = new StringBuilder(16_384);
    html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
        .append("<title>Suture report: ").append(summary.passed()).append('/').append(summary.total())
        .append(" passed</title><style>").append(STYLE).append("</style></head><body>")
        .append("<header><h1>Suture test report</h1><div class=\"sub\">Run ").append(escape(run.runId()))
        .append(" · ").append(escape(String.valueOf(run.startedAt()))).append(" · ")
        .append(duration(Duration.between(run.startedAt(), run.finishedAt()).toMillis()))
        .append("</div></header><main>");
    cards(html, summary, run.tests().stream().mapToInt(test -> test.healings().size()).sum());
    html.append("<div class=\"filters\" role=\"toolbar\" aria-label=\"Filter tests\">");
    for (String status : List.of("ALL", "FAILED", "PASSED", "SKIPPED")) {
      html.append("<button type=\"button\" data-status=\"").append(status).append("\" aria-pressed=\"")
          .append(status.equals("ALL")).append("\">").append(status.charAt(0))
          .append(status.substring(1).toLowerCase()).append("</button>");
    }
    html.append("</div>");
    run.tests().stream()
        .sorted(Comparator.comparing((TestResult t) -> t.status() != TestStatus.FAILED).thenComparing(TestResult::id))
        .forEach(test -> test(html, test));
    return html.append("</main><script>").append(SCRIPT).append("</script></body></html>").toString();
  }

  private static void cards(StringBuilder html, RunSummary summary, int healed) {
    html.append("<section class=\"cards\" aria-label=\"Summary\">");
    card(html, "Tests", summary.total());
    card(html, "Passed", summary.passed());
    card(html, "Failed", summary.failed());
    card(html, "Skipped", summary.skipped() + summary.aborted());
    card(html, "Healed locators", healed);
    html.append("</section>");
  }

  private static void card(StringBuilder html, String label, int value) {
    html.append("<div class=\"card\"><b>").append(value).append("</b>").append(label).append("</div>");
  }

  private static void test(StringBuilder html, TestResult test) {
    html.append("<details class=\"test\" data-status=\"").append(test.status()).append('"')
        .append(test.status() == TestStatus.FAILED ? " open" : "").append("><summary><span class=\"badge ")
        .append(test.status()).append("\">").append(test.status()).append("</span><span>")
        .append(escape(test.simpleClassName())).append(" › ").append(escape(test.displayName()))
        .append("</span><span class=\"dur\">").append(duration(test.durationMs())).append("</span></summary>")
        .append("<div class=\"body\">");
    if (test.error() != null) {
      html.append("<pre role=\"alert\">").append(escape(test.error().message())).append("</pre>");
    }
    healings(html, test);
    if (!test.steps().isEmpty()) {
      // Plain-English steps first: "instruction → action on locator", the failed one with its reason.
      html.append("<ol class=\"steps\">");
      for (StepResult step : test.steps()) {
        html.append(step.failed() ? "<li class=\"err\">" : "<li>").append(escape(step.describe()))
            .append(step.failed() ? "<br><b>" + escape(firstLine(step.error())) + "</b>" : "").append("</li>");
      }
      html.append("</ol>");
    }
    if (!test.actions().isEmpty()) {
      html.append("<table><thead><tr><th>#</th><th>Action</th><th>Target</th><th>Value</th><th>Time</th></tr></thead>")
          .append("<tbody>");
      int index = 1;
      for (ActionResult action : test.actions()) {
        html.append(action.failed() ? "<tr class=\"err\">" : "<tr>").append("<td>").append(index++)
            .append("</td><td>").append(escape(action.action())).append("</td><td class=\"t\">")
            .append(escape(action.target())).append("</td><td class=\"t\">").append(escape(action.value()))
            .append(action.failed() ? "<br><b>" + escape(firstLine(action.error())) + "</b>" : "")
            .append("</td><td>").append(duration(action.durationMs())).append("</td></tr>");
      }
      html.append("</tbody></table>");
    }
    for (Artifact artifact : test.artifacts()) {
      String href = escape(artifact.path());
      if (artifact.kind() == ArtifactKind.SCREENSHOT) {
        html.append("<p><a href=\"").append(href).append("\">Screenshot</a><br><img class=\"shot\" loading=\"lazy\" src=\"")
            .append(href).append("\" alt=\"Screenshot of ").append(escape(test.displayName())).append("\"></p>");
      } else {
        html.append("<p><a href=\"").append(href).append("\">Playwright trace</a> (open with <code>npx playwright")
            .append(" show-trace ").append(href).append("</code>)</p>");
      }
    }
    if (test.error() != null && test.error().stackTrace() != null) {
      html.append("<details><summary>Stack trace</summary><pre>").append(escape(test.error().stackTrace()))
          .append("</pre></details>");
    }
    html.append("</div></details>");
  }

  /** Each heal: what the test asked for, what Suture used, how sure it was, and what to paste into the source. */
  private static void healings(StringBuilder html, TestResult test) {
    for (HealingEvent heal : test.healings()) {
      html.append("<div class=\"heal\" role=\"note\"><b>Healed</b> <code>").append(escape(heal.locator()))
          .append("</code> → <code>").append(escape(heal.suggestion())).append("</code> (")
          .append(escape(heal.element())).append(String.format(java.util.Locale.ROOT, ", score %.2f", heal.score()))
          .append(heal.runnerUpScore() == null ? "" : String.format(java.util.Locale.ROOT, ", runner-up %.2f",
              heal.runnerUpScore()))
          .append(", on ").append(escape(heal.action())).append(")<br>Paste into the test: <code>")
          .append(escape(heal.suggestion())).append("</code>");
      if (heal.screenshot() != null) {
        html.append("<br><img class=\"shot\" loading=\"lazy\" src=\"").append(escape(heal.screenshot()))
            .append("\" alt=\"The element ").append(escape(heal.locator())).append(" healed to, marked\">");
      }
      html.append("</div>");
    }
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }

  static String duration(long millis) {
    return millis < 1000 ? millis + " ms" : String.format(java.util.Locale.ROOT, "%.2f s", millis / 1000.0);
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
