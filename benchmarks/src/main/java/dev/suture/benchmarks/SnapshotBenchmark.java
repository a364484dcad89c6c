package dev.suture.benchmarks;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import dev.suture.core.BrowserLease;
import dev.suture.core.BrowserRuntime;
import dev.suture.core.PageSnapshot;
import dev.suture.core.SutureConfig;
import dev.suture.core.internal.snapshot.FingerprintScript;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code snapshot [PAGES_DIR] [--elements N] [--rounds R]}: how long the one JavaScript pass that fingerprints a
 * whole page takes on big pages. Each healing-corpus page ({@code v1.html}) is loaded in Chromium and grown in the
 * browser by repeating its own body until it holds at least N elements (default 2,000, the size); then the
 * pass is timed inside the browser (the target: at most 50 ms), and the whole capture (pass, transfer
 * through Playwright's driver, parsing) is timed against a baseline in the same run: Playwright's own
 * {@code page.content()}, which walks and serialises the same DOM.
 */
final class SnapshotBenchmark implements Benchmark {
  private static final String GROW = "(target) => { const body = document.body;"
      + " const originals = Array.from(body.children).map(c => c.cloneNode(true)); let i = 0;"
      + " while (document.getElementsByTagName('*').length < target) {"
      + "   body.appendChild(originals[i++ % originals.length].cloneNode(true)); }"
      + " return document.getElementsByTagName('*').length; }";
  private static final String TIMED_PASS = "(source) => { const pass = eval(source); const start = performance.now();"
      + " pass(null); return performance.now() - start; }";

  @Override
  public String name() {
    return "snapshot";
  }

  @Override
  public String usage() {
    return "[PAGES_DIR] [--elements N] [--rounds R]  time of the fingerprinting pass on corpus pages grown to N elements";
  }

  @Override
  public int run(List<String> args) throws Exception {
    Path pages = Path.of(args.isEmpty() || args.get(0).startsWith("--") ? "benchmarks/healing/pages" : args.get(0))
        .toAbsolutePath().normalize();
    if (!Files.isDirectory(pages)) {
      System.err.println("No page directory at " + pages + ": run from the repository root or pass PAGES_DIR"
          + " (the healing corpus, benchmarks/healing/pages).");
      return 2;
    }
    int elements = intOption(args, "--elements", 2000);
    int rounds = intOption(args, "--rounds", 15);
    List<Double> passes = new ArrayList<>();
    List<Double> captures = new ArrayList<>();
    List<Double> contents = new ArrayList<>();
    int smallest = Integer.MAX_VALUE;
    List<Path> dirs = pageDirectories(pages);
    HttpServer server = HealingCorpusCapture.serve(pages);
    try (BrowserRuntime runtime = BrowserRuntime.start(SutureConfig.load(Map.of()).browser());
         BrowserLease lease = runtime.lease();
         Page page = lease.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)).newPage()) {
      String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
      for (Path dir : dirs) {
        page.navigate(base + dir.getFileName() + "/v1.html");
        smallest = Math.min(smallest, ((Number) page.evaluate(GROW, elements)).intValue());
        PageSnapshot.capture(page); // warm-up: the first pass compiles the script
        page.content();
        for (int round = 0; round < rounds; round++) {
          // Alternate the two sides so that a burst of load on a shared machine hits both alike.
          passes.add(((Number) page.evaluate(TIMED_PASS, FingerprintScript.SOURCE)).doubleValue());
          long start = System.nanoTime();
          PageSnapshot.capture(page);
          captures.add((System.nanoTime() - start) / 1e6);
          start = System.nanoTime();
          page.content();
          contents.add((System.nanoTime() - start) / 1e6);
        }
      }
    } finally {
      server.stop(0);
    }
    double captureMedian = PlatformDataBenchmark.percentile(captures, 50);
    double contentMedian = PlatformDataBenchmark.percentile(contents, 50);
    System.out.printf(Locale.ROOT, "snapshot: pages=%d elements_min=%d pass_median_ms=%.1f pass_p95_ms=%.1f"
            + " capture_median_ms=%.1f content_median_ms=%.1f capture_to_content=%.2f%n",
        dirs.size(), smallest, PlatformDataBenchmark.percentile(passes, 50), PlatformDataBenchmark.percentile(passes, 95), captureMedian, contentMedian,
        captureMedian / contentMedian);
    return 0;
  }

  private static List<Path> pageDirectories(Path pages) throws java.io.IOException {
    try (Stream<Path> list = Files.list(pages)) {
      return list.filter(dir -> Files.isRegularFile(dir.resolve("v1.html"))).sorted().toList();
    }
  }

  private static int intOption(List<String> args, String name, int defaultValue) {
    int at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? Integer.parseInt(args.get(at + 1)) : defaultValue;
  }
}
