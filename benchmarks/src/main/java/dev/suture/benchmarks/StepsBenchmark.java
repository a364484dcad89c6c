package dev.suture.benchmarks;

import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import dev.suture.ai.PlannedStep;
import dev.suture.ai.StepPlanner;
import dev.suture.ai.StepRefusedException;
import dev.suture.ai.TextSimilarity;
import dev.suture.core.BrowserLease;
import dev.suture.core.BrowserRuntime;
import dev.suture.core.ElementFingerprint;
import dev.suture.core.PageSnapshot;
import dev.suture.core.SutureConfig;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * {@code steps CORPUS_DIR [--verbose]}: plans every instruction of the corpus with the offline planner on a snapshot
 * of its page, taken in real Chromium from pages served over HTTP, and checks the action, the element (by the
 * expected CSS selector, evaluated in the same page) and the value. One warm-up pass over the corpus precedes the
 * measured pass; the time is the planning time per instruction (parsing and grounding on the snapshot), without the
 * snapshot capture (reported separately) or any browser action.
 */
final class StepsBenchmark implements Benchmark {
  @Override
  public String name() {
    return "steps";
  }

  @Override
  public String usage() {
    return "CORPUS_DIR [--verbose]  offline step planner accuracy, wrong actions and planning time on an instruction"
        + " corpus (benchmarks/steps)";
  }

  @Override
  public int run(List<String> args) throws Exception {
    if (args.isEmpty()) {
      System.err.println("Usage: steps " + usage().split("  ")[0]);
      return 2;
    }
    if (System.getProperty("DJL_CACHE_DIR") == null) {
      System.setProperty("DJL_CACHE_DIR", Path.of(System.getProperty("java.io.tmpdir"), "suture-djl").toString());
    }
    boolean verbose = args.contains("--verbose");
    Path pages = StepCorpus.pagesDir(Path.of(args.get(0)));
    List<StepCorpus.Case> cases = StepCorpus.load(pages);
    Map<String, List<StepCorpus.Case>> byPage = new LinkedHashMap<>();
    cases.forEach(c -> byPage.computeIfAbsent(c.page(), k -> new ArrayList<>()).add(c));
    TextSimilarity.shared().embed("warm up"); // model loading is start-up, not planning
    StepPlanner planner = StepPlanner.offline();
    HttpServer server = serve(pages);
    Tally tally = new Tally();
    List<Double> captureMs = new ArrayList<>();
    try (BrowserRuntime runtime = BrowserRuntime.start(SutureConfig.load(Map.of()).browser());
         BrowserLease lease = runtime.lease()) {
      Page page = lease.browser().newPage();
      for (int pass = 0; pass < 2; pass++) {
        boolean measured = pass == 1;
        for (Map.Entry<String, List<StepCorpus.Case>> entry : byPage.entrySet()) {
          page.navigate("http://127.0.0.1:" + server.getAddress().getPort() + "/" + entry.getKey());
          long captureStart = System.nanoTime();
          PageSnapshot snapshot = PageSnapshot.capture(page);
          if (measured) {
            captureMs.add((System.nanoTime() - captureStart) / 1e6);
          }
          for (StepCorpus.Case c : entry.getValue()) {
            List<PlannedStep> plan = null;
            String refusal = null;
            long start = System.nanoTime();
            try {
              plan = planner.plan(c.instruction(), snapshot);
            } catch (StepRefusedException e) {
              refusal = e.getMessage();
            }
            double ms = (System.nanoTime() - start) / 1e6;
            if (measured) {
              tally.add(c, plan, refusal, ms, page, verbose);
            }
          }
        }
      }
    } finally {
      server.stop(0);
    }
    Collections.sort(captureMs);
    System.out.printf(Locale.ROOT, "pages=%d snapshot_median_ms=%.1f p95_planning_ms=%.1f%n", byPage.size(),
        median(captureMs), tally.percentile(0.95));
    System.out.println(tally.line());
    return 0;
  }

  private static HttpServer serve(Path dir) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      Path file = dir.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
      boolean ok = file.startsWith(dir) && Files.isRegularFile(file);
      byte[] body = ok ? Files.readAllBytes(file) : new byte[0];
      String name = file.getFileName() == null ? "" : file.getFileName().toString();
      exchange.getResponseHeaders().set("Content-Type", name.endsWith(".css") ? "text/css"
          : name.endsWith(".html") ? "text/html; charset=utf-8" : "application/octet-stream");
      exchange.sendResponseHeaders(ok ? 200 : 404, ok ? body.length : -1);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    return server;
  }

  static double median(List<Double> sorted) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** Counts outcomes and times; prints every case that was not right, so that a regression is easy to find. */
  private static final class Tally {
    private int instructions;
    private int exact;
    private int wrong;
    private int refused;
    private int mustRefuseOk;
    private final List<Double> times = new ArrayList<>();

    void add(StepCorpus.Case c, List<PlannedStep> plan, String refusal, double ms, Page page, boolean verbose) {
      instructions++;
      times.add(ms);
      String where = c.page().replace(".html", "") + ":" + c.line() + " \"" + c.instruction() + "\"";
      if (plan == null) {
        if (c.mustRefuse()) {
          mustRefuseOk++;
        } else {
          refused++;
          System.out.println("REFUSED " + where + ": " + firstLine(refusal));
        }
        return;
      }
      String mismatch = c.mustRefuse() ? "planned although it must be refused" : compare(c.steps(), plan, page);
      if (mismatch == null) {
        exact++;
        if (verbose) {
          System.out.println("ok " + where);
        }
      } else {
        wrong++;
        System.out.println("WRONG " + where + ": " + mismatch + " (planned " + describe(plan) + ")");
      }
    }

    private static String compare(List<StepCorpus.Expected> expected, List<PlannedStep> plan, Page page) {
      if (expected.size() != plan.size()) {
        return "expected " + expected.size() + " steps";
      }
      for (int i = 0; i < expected.size(); i++) {
        StepCorpus.Expected e = expected.get(i);
        PlannedStep p = plan.get(i);
        if (!p.action().name().toLowerCase(Locale.ROOT).equals(e.action())) {
          return "expected action " + e.action();
        }
        if (!Objects.equals(blankToNull(p.value()), blankToNull(e.value()))) {
          return "expected value \"" + e.value() + "\"";
        }
        String target = compareTarget(e, p, page);
        if (target != null) {
          return target;
        }
      }
      return null;
    }

    /** The planned element must be the one element the expected CSS names (for counts: the same set). */
    private static String compareTarget(StepCorpus.Expected e, PlannedStep p, Page page) {
      if (e.target().isEmpty()) {
        return p.locator() == null ? null : "expected no target";
      }
      if (p.locator() == null) {
        return "expected target " + e.target();
      }
      List<String> want = xpaths(PageSnapshot.fingerprints(page.locator(e.target())));
      if (p.action().name().equals("EXPECT_COUNT")) {
        List<String> got = xpaths(PageSnapshot.fingerprints(page.locator(p.locator())));
        return got.equals(want) ? null : "expected the elements of " + e.target();
      }
      if (want.size() != 1) {
        throw new IllegalStateException("The corpus selector " + e.target() + " matches " + want.size()
            + " elements; it must name exactly one");
      }
      ElementFingerprint target = p.target();
      return target != null && want.get(0).equals(target.xpath()) ? null : "expected target " + e.target();
    }

    private static List<String> xpaths(List<ElementFingerprint> elements) {
      return elements.stream().map(ElementFingerprint::xpath).sorted().toList();
    }

    private static String describe(List<PlannedStep> plan) {
      List<String> parts = new ArrayList<>();
      for (PlannedStep p : plan) {
        parts.add(p.summary());
      }
      return String.join("; ", parts);
    }

    private static String blankToNull(String s) {
      return s == null || s.isEmpty() ? null : s;
    }

    private static String firstLine(String s) {
      int newline = s.indexOf('\n');
      return newline < 0 ? s : s.substring(0, newline);
    }

    double percentile(double q) {
      List<Double> sorted = new ArrayList<>(times);
      Collections.sort(sorted);
      return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }

    String line() {
      List<Double> sorted = new ArrayList<>(times);
      Collections.sort(sorted);
      double n = Math.max(1, instructions);
      return String.format(Locale.ROOT, "steps: instructions=%d exact=%d wrong=%d refused=%d must_refuse_ok=%d "
              + "accuracy=%.3f wrong_rate=%.3f median_ms=%.1f", instructions, exact, wrong, refused, mustRefuseOk,
          (exact + mustRefuseOk) / n, wrong / n, median(sorted));
    }
  }
}
