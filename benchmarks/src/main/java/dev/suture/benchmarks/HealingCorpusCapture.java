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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the healing corpus from real pages in Chromium:
 * {@code java -cp suture-benchmarks.jar dev.suture.benchmarks.HealingCorpusCapture PAGES_DIR OUT.json.gz}.
 *
 * <p>{@code PAGES_DIR} holds one directory per page with {@code v1.html} (the version tests were written against)
 * and changed versions {@code v2.html ...}. Elements a test would target carry {@code data-case="NAME"}; the marker
 * is removed in the browser before anything is fingerprinted, so it never reaches the engine. For each changed
 * version and each marked element of v1, one case: the v1 fingerprint as baseline, every element of the changed
 * version as candidates, and the index of the element with the same marker as expected (null when it is gone).
 * Elements that did not change in id, classes, text and position are left out: their locators would not break.
 */
public final class HealingCorpusCapture {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Removes the markers and remembers their elements, then fingerprints them with sdk-core's own script. */
  private static final String MARKED = "(source) => { const fingerprint = eval(source); const marks = {};"
      + " for (const e of document.querySelectorAll('[data-case]')) {"
      + "   marks[e.getAttribute('data-case')] = e; e.removeAttribute('data-case'); }"
      + " const out = {}; for (const [k, e] of Object.entries(marks)) out[k] = JSON.parse(fingerprint([e]))[0];"
      + " return JSON.stringify(out); }";

  private HealingCorpusCapture() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("Usage: HealingCorpusCapture PAGES_DIR OUT.json[.gz]");
      System.exit(2);
    }
    Path pages = Path.of(args[0]).toAbsolutePath().normalize();
    Path out = Path.of(args[1]);
    HttpServer server = serve(pages);
    int cases = 0;
    try (BrowserRuntime runtime = BrowserRuntime.start(SutureConfig.load(Map.of()).browser());
         BrowserLease lease = runtime.lease();
         Page page = lease.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
             .setViewportSize(1280, 800)).newPage();
         OutputStream file = open(out);
         JsonGenerator json = JSON.getFactory().createGenerator(file, JsonEncoding.UTF8)) {
      String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
      json.writeStartObject();
      json.writeArrayFieldStart("cases");
      for (Path dir : directories(pages)) {
        String name = dir.getFileName().toString();
        page.navigate(base + name + "/v1.html");
        Map<String, ElementFingerprint> baselines = marked(page);
        for (Path version : versions(dir)) {
          String v = version.getFileName().toString().replace(".html", "");
          page.navigate(base + name + "/" + v + ".html");
          Map<String, ElementFingerprint> targets = marked(page);
          List<ElementFingerprint> candidates = PageSnapshot.capture(page).elements();
          for (Map.Entry<String, ElementFingerprint> entry : baselines.entrySet()) {
            ElementFingerprint target = targets.get(entry.getKey());
            Integer expected = target == null ? null : indexOf(candidates, target);
            if (target != null && expected == null) {
              throw new IllegalStateException(name + "/" + v + ": marked element " + entry.getKey()
                  + " is missing from the snapshot");
            }
            if (target != null && unchanged(entry.getValue(), target)) {
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
    System.out.println("captured " + cases + " cases into " + out);
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
