package dev.suture.benchmarks;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import dev.suture.core.BrowserLease;
import dev.suture.core.BrowserRuntime;
import dev.suture.core.ElementFingerprint;
import dev.suture.core.PageSnapshot;
import dev.suture.core.SutureConfig;
import dev.suture.core.internal.snapshot.FingerprintScript;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the healing corpus from real pages in Chromium:
 * {@code java -cp suture-benchmarks.jar dev.suture.benchmarks.HealingCorpusCapture [--pad N] PAGES_DIR OUT.json.gz}.
 *
 * <p>{@code PAGES_DIR} holds one directory per page with {@code v1.html} (the version tests were written against)
 * and changed versions {@code v2.html ...}. Elements a test would target carry {@code data-case="NAME"}; the marker
 * is removed in the browser before anything is fingerprinted, so it never reaches the engine. For each changed
 * version and each marked element of v1, one case: the v1 fingerprint as baseline, every element of the changed
 * version as candidates, and the index of the element with the same marker as expected (null when it is gone).
 * Elements that did not change in id, classes, text and position are left out: their locators would not break.
 *
 * <p>{@code --pad N} makes big pages out of the same cases, to measure the engine at up to N candidates: before
 * anything is fingerprinted, every version of a page (v1 and the changed ones alike) gets the other corpus pages
 * (their v1 in name order starting after its own, then their v2, and so on), appended as embedded widgets (each in an open shadow
 * root with its own styles, as web components embed them, so ids and styles do not clash), every one that keeps the
 * page at or under N elements. The padding is real page structure laid out by Chromium, identical around the
 * baseline and the changed version, and it brings real look-alikes (another page's "Sign in" link, its tables and
 * buttons) into the candidates. {@code --every N} keeps every Nth case only (the first, the N+1st, ...), for a file
 * small enough to commit.
 */
public final class HealingCorpusCapture {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Removes the markers and remembers their elements, then fingerprints them with sdk-core's own script. */
  private static final String MARKED = "(source) => { const fingerprint = eval(source); const marks = {};"
      + " for (const e of document.querySelectorAll('[data-case]')) {"
      + "   marks[e.getAttribute('data-case')] = e; e.removeAttribute('data-case'); }"
      + " const out = {}; for (const [k, e] of Object.entries(marks)) out[k] = JSON.parse(fingerprint([e]))[0];"
      + " return JSON.stringify(out); }";
  /**
   * Appends pages (HTML texts) as open shadow roots, each that still fits under the limit of elements (counted as
   * the snapshot script counts them: shadow roots included, skipped tags and SVG internals not); returns the count.
   */
  private static final String PAD = """
      ([pages, limit]) => {
        const SKIP = new Set(['script', 'style', 'noscript', 'template', 'meta', 'link', 'head', 'title', 'base',
          'br', 'wbr', 'param', 'source', 'track']);
        const count = root => { let n = 0; for (const e of root.querySelectorAll('*')) {
          if (!SKIP.has(e.localName) && !e.ownerSVGElement) n++; if (e.shadowRoot) n += count(e.shadowRoot); }
          return n; };
        let total = count(document);
        for (const html of pages) {
          const source = new DOMParser().parseFromString(html, 'text/html');
          source.querySelectorAll('[data-case]').forEach(e => e.removeAttribute('data-case'));
          const host = document.createElement('section');
          host.className = 'embedded-page';
          const shadow = host.attachShadow({mode: 'open'});
          source.head.querySelectorAll('style').forEach(style => shadow.appendChild(document.importNode(style, true)));
          const body = document.createElement('div');
          body.className = 'page-body';
          for (const child of Array.from(source.body.childNodes)) body.appendChild(document.importNode(child, true));
          shadow.appendChild(body);
          document.body.appendChild(host);
          const now = count(document);
          if (now > limit) { host.remove(); continue; }
          total = now;
        }
        return total;
      }""";

  private HealingCorpusCapture() {
  }

  public static void main(String[] args) throws Exception {
    int pad = 0;
    int every = 1;
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--pad" -> pad = Integer.parseInt(args[++i]);
        case "--every" -> every = Integer.parseInt(args[++i]);
        default -> paths.add(args[i]);
      }
    }
    if (paths.size() != 2 || every < 1) {
      System.err.println("Usage: HealingCorpusCapture [--pad N] [--every N] PAGES_DIR OUT.json[.gz]");
      System.exit(2);
    }
    Path pages = Path.of(paths.get(0)).toAbsolutePath().normalize();
    Path out = Path.of(paths.get(1));
    int seen = 0;
    HttpServer server = serve(pages);
    int cases = 0;
    int largest = 0;
    try (BrowserRuntime runtime = BrowserRuntime.start(SutureConfig.load(Map.of()).browser());
         BrowserLease lease = runtime.lease();
         Page page = lease.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
             .setViewportSize(1280, 800)).newPage();
         OutputStream file = open(out);
         JsonGenerator json = JSON.getFactory().createGenerator(file, JsonEncoding.UTF8)) {
      String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
      json.writeStartObject();
      json.writeArrayFieldStart("cases");
      List<Path> dirs = directories(pages);
      for (int d = 0; d < dirs.size(); d++) {
        Path dir = dirs.get(d);
        String name = dir.getFileName().toString();
        List<String> padding = pad == 0 ? List.of() : padding(dirs, d);
        page.navigate(base + name + "/v1.html");
        pad(page, padding, pad);
        Map<String, ElementFingerprint> baselines = marked(page);
        for (Path version : versions(dir)) {
          String v = version.getFileName().toString().replace(".html", "");
          page.navigate(base + name + "/" + v + ".html");
          pad(page, padding, pad);
          Map<String, ElementFingerprint> targets = marked(page);
          List<ElementFingerprint> candidates = PageSnapshot.capture(page).elements();
          largest = Math.max(largest, candidates.size());
          for (Map.Entry<String, ElementFingerprint> entry : baselines.entrySet()) {
            ElementFingerprint target = targets.get(entry.getKey());
            Integer expected = target == null ? null : indexOf(candidates, target);
            if (target != null && expected == null) {
              throw new IllegalStateException(name + "/" + v + ": marked element " + entry.getKey()
                  + " is missing from the snapshot");
            }
            if (target != null && unchanged(entry.getValue(), target) || seen++ % every != 0) {
              continue;
            }
            json.writeStartObject();
            json.writeStringField("id", name + "-" + v + "-" + entry.getKey());
            json.writeObjectField("baseline", entry.getValue());
            json.writeObjectField("candidates", candidates);
            if (expected == null) {
              json.writeNullField("expected");
            } else {
              json.writeNumberField("expected", expected);
            }
            json.writeEndObject();
            cases++;
          }
        }
      }
      json.writeEndArray();
      json.writeEndObject();
    } finally {
      server.stop(0);
    }
    System.out.println("captured " + cases + " cases into " + out + " (at most " + largest + " candidates)");
  }

  /**
   * The HTML of every other page, in name order starting after page {@code self}: all their v1 first, then their
   * v2, and so on, so that the padding can fill a page close to its limit.
   */
  private static List<String> padding(List<Path> dirs, int self) throws IOException {
    List<String> pages = new ArrayList<>();
    for (int version = 1; Files.exists(dirs.get(0).resolve("v" + version + ".html")); version++) {
      for (int i = 1; i < dirs.size(); i++) {
        Path page = dirs.get((self + i) % dirs.size()).resolve("v" + version + ".html");
        if (Files.exists(page)) {
          pages.add(Files.readString(page));
        }
      }
    }
    return pages;
  }

  private static void pad(Page page, List<String> padding, int limit) {
    if (limit > 0) {
      page.evaluate(PAD, List.of(padding, limit));
    }
  }

  private static Map<String, ElementFingerprint> marked(Page page) throws IOException {
    String answer = (String) page.evaluate(MARKED, FingerprintScript.SOURCE);
    return JSON.readValue(answer, new TypeReference<LinkedHashMap<String, ElementFingerprint>>() {
    });
  }

  private static Integer indexOf(List<ElementFingerprint> candidates, ElementFingerprint target) {
    for (int i = 0; i < candidates.size(); i++) {
      if (Objects.equals(candidates.get(i).xpath(), target.xpath())) {
        return i;
      }
    }
    return null;
  }

  /** Whether a locator written against the baseline (by id, classes, text or path) would still find the element. */
  private static boolean unchanged(ElementFingerprint a, ElementFingerprint b) {
    return Objects.equals(a.id(), b.id()) && a.classes().equals(b.classes()) && Objects.equals(a.text(), b.text())
        && Objects.equals(a.xpath(), b.xpath()) && Objects.equals(a.accessibleName(), b.accessibleName());
  }

  private static List<Path> directories(Path pages) throws IOException {
    try (Stream<Path> list = Files.list(pages)) {
      return list.filter(Files::isDirectory).sorted().toList();
    }
  }

  private static List<Path> versions(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> p.getFileName().toString().matches("v\\d+\\.html"))
          .filter(p -> !p.getFileName().toString().equals("v1.html")).sorted().toList();
    }
  }

  private static OutputStream open(Path out) throws IOException {
    OutputStream stream = Files.newOutputStream(out);
    return out.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(stream, 1 << 16) : stream;
  }

  static HttpServer serve(Path root) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
      boolean found = file.startsWith(root) && Files.isRegularFile(file);
      byte[] body = found ? Files.readAllBytes(file) : new byte[0];
      exchange.getResponseHeaders().add("Content-Type", file.toString().endsWith(".html")
          ? "text/html; charset=utf-8" : "application/octet-stream");
      exchange.sendResponseHeaders(found ? 200 : 404, found ? body.length : -1);
      try (OutputStream response = exchange.getResponseBody()) {
        response.write(body);
      }
    });
    server.start();
    return server;
  }
}
