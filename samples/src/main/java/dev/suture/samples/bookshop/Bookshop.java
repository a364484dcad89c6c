package dev.suture.samples.bookshop;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * "Paper Lantern Books", a small online bookshop to run browser tests against: sign in, a catalogue with search and
 * paging, product pages, a cart, a validated checkout and an order confirmation. Plain HTML, CSS and JavaScript,
 * served with a small JSON API by the JDK's own HTTP server on 127.0.0.1.
 *
 * <p>Two versions of the pages exist: {@link Variant#V1}, and {@link Variant#V2}, the same shop after a redesign
 * (ids and classes renamed, texts reworded, elements wrapped and moved) for self-healing tests. Both are always
 * served under {@code /v1/} and {@code /v2/}; the variant given to {@link #start(int, Variant)} is also served at
 * {@code /}.
 *
 * <pre>{@code
 * try (Bookshop shop = Bookshop.start(0, Bookshop.Variant.V1)) {
 *   page.navigate(shop.url().resolve("/login.html").toString());
 * }
 * }</pre>
 *
 * <p>Users: {@code alice} / {@code wonderland} and {@code bob} / {@code builder}.
 */
public final class Bookshop implements AutoCloseable {
  /** Which version of the pages the server shows at {@code /}. */
  public enum Variant {
    /** The original pages. */
    V1,
    /** The redesigned pages: same shop and API, different markup and wording. */
    V2;

    String directory() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;

  private Bookshop(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Starts the shop on 127.0.0.1 at {@code port} (0 picks a free one), showing {@code variant} at {@code /}. */
  public static Bookshop start(int port, Variant variant) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
      Sessions sessions = new Sessions();
      server.createContext("/api/", new ShopApi(Catalogue.load(), sessions, Clock.systemDefaultZone()));
      server.createContext("/", new StaticPages(variant, sessions));
      // Tests in parallel browsers load pages at the same time: serve them from a small pool of threads.
      ExecutorService executor = Executors.newFixedThreadPool(8, r -> {
        Thread thread = new Thread(r, "bookshop-http");
        thread.setDaemon(true);
        return thread;
      });
      server.setExecutor(executor);
      server.start();
      return new Bookshop(server, executor);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the bookshop on 127.0.0.1:" + port
          + " (is the port in use? use 0 for a free one)", e);
    }
  }

  /** The shop's root URL, for example {@code http://127.0.0.1:41234/}. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** {@code java -cp samples/target/classes dev.suture.samples.bookshop.Bookshop [--port N] [--variant v1|v2]}. */
  public static void main(String[] args) throws InterruptedException {
    int port = 8080;
    Variant variant = Variant.V1;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : "";
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(value);
        case "--variant" -> variant = Variant.valueOf(value.toUpperCase(Locale.ROOT));
        default -> {
          System.err.println("Usage: Bookshop [--port N (default 8080, 0 = any free port)] [--variant v1|v2]");
          System.exit(2);
        }
      }
      i++;
    }
    Bookshop shop = start(port, variant);
    System.out.println("Bookshop (" + variant.directory() + ") at " + shop.url()
        + "  (v1: " + shop.url().resolve("/v1/") + ", v2: " + shop.url().resolve("/v2/") + "). Ctrl-C stops it.");
    Runtime.getRuntime().addShutdownHook(new Thread(shop::close));
    Thread.currentThread().join();
  }
}
