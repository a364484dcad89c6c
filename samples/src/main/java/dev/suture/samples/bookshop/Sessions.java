package dev.suture.samples.bookshop;

import com.sun.net.httpserver.HttpExchange;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Visitors by session cookie. Every page response already carries the cookie, so that the requests a page sends at
 * once (header, content, a quick click) all land in the same session instead of racing to create one each.
 */
final class Sessions {
  static final String COOKIE = "bookshop_session";
  private final Map<String, ShopSession> sessions = new ConcurrentHashMap<>();

  /** The visitor's session; a new one, with its Set-Cookie header, when the request has none we know. */
  ShopSession of(HttpExchange exchange) {
    String id = Exchanges.cookie(exchange, COOKIE);
    ShopSession session = id == null ? null : sessions.get(id);
    if (session != null) {
      return session;
    }
    id = UUID.randomUUID().toString();
    session = new ShopSession();
    sessions.put(id, session);
    exchange.getResponseHeaders().add("Set-Cookie", COOKIE + "=" + id + "; Path=/; HttpOnly; SameSite=Lax");
    return session;
  }
}
