package dev.suture.core;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real HTTP server on 127.0.0.1 that serves HTML pages put into it, for browser tests. A path can be changed
 * between runs, and can be made to answer with another status (an application error, say).
 */
public final class PageServer implements AutoCloseable {
  private final HttpServer server;
  private final Map<String, String> pages = new ConcurrentHashMap<>();
  private final Map<String, Integer> statuses = new ConcurrentHashMap<>();

  public PageServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      String html = pages.get(path);
      byte[] body = (html == null ? "not found" : html).getBytes(StandardCharsets.UTF_8);
      int status = statuses.getOrDefault(path, html == null ? 404 : 200);
      exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(status, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  /** Serves {@code html} at {@code path} and returns its absolute URL. */
  public String put(String path, String html) {
    pages.put(path, html);
    return url(path);
  }

  /** Answers {@code path} with {@code status} from now on, whatever it serves. */
  public void status(String path, int status) {
    statuses.put(path, status);
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
