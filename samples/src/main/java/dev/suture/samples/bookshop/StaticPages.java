package dev.suture.samples.bookshop;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Serves the pages from the classpath: {@code /v1/...} and {@code /v2/...} always, {@code /common/...} (shared
 * scripts), and everything else from the variant that the server was started with.
 */
final class StaticPages implements HttpHandler {
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "svg", "image/svg+xml");

  private final Bookshop.Variant rootVariant;
  private final Sessions sessions;

  StaticPages(Bookshop.Variant rootVariant, Sessions sessions) {
    this.rootVariant = rootVariant;
    this.sessions = sessions;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (path.equals("/v1") || path.equals("/v2")) {
        exchange.getResponseHeaders().set("Location", path + "/");
        Exchanges.send(exchange, 301, "text/plain", new byte[0]);
        return;
      }
      String resource = resource(path);
      InputStream in = resource == null || !(exchange.getRequestMethod().equals("GET") || exchange.getRequestMethod().equals("HEAD"))
          ? null : StaticPages.class.getResourceAsStream(resource);
      if (in == null) {
        Exchanges.send(exchange, 404, TYPES.get("html"),
            "<!doctype html><title>Not found</title><h1>Page not found</h1>".getBytes(StandardCharsets.UTF_8));
        return;
      }
      try (in) {
        String extension = resource.substring(resource.lastIndexOf('.') + 1);
        if (extension.equals("html")) {
          sessions.of(exchange);
        }
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        Exchanges.send(exchange, 200, TYPES.getOrDefault(extension, "application/octet-stream"), in.readAllBytes());
      }
    }
  }

  /** The classpath resource for a request path, or null for paths that try to leave the site. */
  private String resource(String path) {
    if (path.contains("..") || path.contains("//")) {
      return null;
    }
    String file = path.endsWith("/") ? path + "index.html" : path;
    if (file.startsWith("/v1/") || file.startsWith("/v2/") || file.startsWith("/common/")) {
      return "/bookshop" + file;
    }
    return "/bookshop/" + rootVariant.directory() + file;
  }
}
