package dev.suture.junit;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A tiny shop served on 127.0.0.1 from the test JVM, for the extension's own browser tests. */
final class LocalSite implements AutoCloseable {
  private static final Map<String, String> PAGES = Map.of(
      "/", """
          <!DOCTYPE html><html><head><title>Tiny shop</title></head><body>
          <h1>Tiny shop</h1>
          <button onclick="const c=document.querySelector('[data-testid=cart-count]');c.textContent=+c.textContent+1">
            Add to cart</button>
          <span data-testid="cart-count">0</span>
          <p id="visits"></p>
          <script>
            const visits = +(localStorage.getItem('visits') || 0) + 1;
            localStorage.setItem('visits', visits);
            document.getElementById('visits').textContent = 'visits: ' + visits + ', cookie: ' + document.cookie;
            document.cookie = 'seen=yes';
          </script>
          </body></html>""");

  private final HttpServer server;

  LocalSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      String page = PAGES.get(exchange.getRequestURI().getPath());
      byte[] body = (page == null ? "not found" : page).getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
