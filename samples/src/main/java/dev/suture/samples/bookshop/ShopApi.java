package dev.suture.samples.bookshop;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bookshop's JSON API under {@code /api/}. Requests send url-encoded forms; every answer is JSON, errors as
 * {@code {"error": "..."}} or, for the checkout, {@code {"errors": {"field": "message"}}}.
 */
final class ShopApi implements HttpHandler {
  private static final Map<String, String> PASSWORDS = Map.of("alice", "wonderland", "bob", "builder");
  private static final Map<String, String> NAMES = Map.of("alice", "Alice Liddell", "bob", "Bob Builder");

  private final Catalogue catalogue;
  private final Orders orders = new Orders();
  private final Sessions sessions;
  private final Clock clock;

  ShopApi(Catalogue catalogue, Sessions sessions, Clock clock) {
    this.catalogue = catalogue;
    this.sessions = sessions;
    this.clock = clock;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      ShopSession session = sessions.of(exchange);
      Map<String, String> params = Exchanges.params(exchange);
      String route = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
      switch (route) {
        case "GET /api/books" -> books(exchange, params);
        case "GET /api/book" -> book(exchange, params);
        case "GET /api/featured" -> Exchanges.sendJson(exchange, 200,
            catalogue.find(Catalogue.FEATURED_ID).orElseThrow().toJson());
        case "GET /api/me" -> Exchanges.sendJson(exchange, 200, me(session));
        case "POST /api/login" -> login(exchange, params, session);
        case "POST /api/logout" -> {
          session.signOut();
          Exchanges.sendJson(exchange, 200, me(session));
        }
        case "GET /api/cart" -> Exchanges.sendJson(exchange, 200, cart(session));
        case "POST /api/cart/add" -> changeCart(exchange, params, session, true);
        case "POST /api/cart/set" -> changeCart(exchange, params, session, false);
        case "POST /api/orders" -> placeOrder(exchange, params, session);
        case "GET /api/order" -> order(exchange, params, session);
        default -> Exchanges.sendJson(exchange, 404, Map.of("error", "No such API route: " + route));
      }
    }
  }

  private void books(HttpExchange exchange, Map<String, String> params) throws IOException {
    String query = params.getOrDefault("q", "").strip();
    List<Book> results = catalogue.search(query);
    int page = Catalogue.clampPage(results, Exchanges.intParam(params, "page", 1));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", query);
    body.put("total", results.size());
    body.put("page", page);
    body.put("pages", Catalogue.pages(results));
    body.put("items", Catalogue.page(results, page).stream().map(Book::toJson).toList());
    Exchanges.sendJson(exchange, 200, body);
  }

  private void book(HttpExchange exchange, Map<String, String> params) throws IOException {
    var book = catalogue.find(params.getOrDefault("id", ""));
    if (book.isPresent()) {
      Exchanges.sendJson(exchange, 200, book.get().toJson());
    } else {
      Exchanges.sendJson(exchange, 404, Map.of("error", "We have no book with the id '" + params.get("id") + "'."));
    }
  }

  /** Who is signed in, and the cart's size for the header's badge: one request per page for both. */
  private Map<String, Object> me(ShopSession session) {
    ShopSession.User user = session.user();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("signedIn", user != null);
    body.put("username", user == null ? null : user.username());
    body.put("displayName", user == null ? null : user.displayName());
    body.put("cartCount", session.lines(catalogue).stream().mapToInt(ShopSession.Line::quantity).sum());
    return body;
  }

  private void login(HttpExchange exchange, Map<String, String> params, ShopSession session) throws IOException {
    String username = params.getOrDefault("username", "").strip();
    String password = params.getOrDefault("password", "");
    if (!password.isEmpty() && password.equals(PASSWORDS.get(username))) {
      session.signIn(new ShopSession.User(username, NAMES.get(username)));
      Exchanges.sendJson(exchange, 200, me(session));
    } else {
      Exchanges.sendJson(exchange, 401, Map.of("error", "The user name or password is not correct."));
    }
  }

  private Map<String, Object> cart(ShopSession session) {
    List<ShopSession.Line> lines = session.lines(catalogue);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("items", lines.stream().map(ShopApi::line).toList());
    body.put("count", lines.stream().mapToInt(ShopSession.Line::quantity).sum());
    body.put("total", lines.stream().mapToInt(ShopSession.Line::totalPence).sum());
    return body;
  }

  private static Map<String, Object> line(ShopSession.Line line) {
    return Map.of("id", line.book().id(), "title", line.book().title(), "price", line.book().pricePence(),
        "quantity", line.quantity(), "lineTotal", line.totalPence());
  }

  private void changeCart(HttpExchange exchange, Map<String, String> params, ShopSession session, boolean add)
      throws IOException {
    String id = params.getOrDefault("id", "");
    int quantity = Exchanges.intParam(params, "quantity", add ? 1 : -1);
    if (catalogue.find(id).isEmpty()) {
      Exchanges.sendJson(exchange, 404, Map.of("error", "We have no book with the id '" + id + "'."));
    } else if (quantity < (add ? 1 : 0) || quantity > ShopSession.MAX_QUANTITY) {
      Exchanges.sendJson(exchange, 400,
          Map.of("error", "Choose a quantity from " + (add ? 1 : 0) + " to " + ShopSession.MAX_QUANTITY + "."));
    } else {
      if (add) {
        session.add(id, quantity);
      } else {
        session.set(id, quantity);
      }
      Exchanges.sendJson(exchange, 200, cart(session));
    }
  }

  private void placeOrder(HttpExchange exchange, Map<String, String> params, ShopSession session)
      throws IOException {
    ShopSession.User user = session.user();
    List<ShopSession.Line> lines = session.lines(catalogue);
    if (user == null) {
      Exchanges.sendJson(exchange, 401, Map.of("error", "Sign in to place an order."));
      return;
    }
    if (lines.isEmpty()) {
      Exchanges.sendJson(exchange, 409, Map.of("error", "Your cart is empty."));
      return;
    }
    Map<String, String> errors = CheckoutForm.errors(params, YearMonth.now(clock));
    if (!errors.isEmpty()) {
      Exchanges.sendJson(exchange, 422, Map.of("errors", errors));
      return;
    }
    Map<String, String> delivery = new LinkedHashMap<>();
    for (String field : List.of("name", "address", "city", "postcode", "country")) {
      delivery.put(field, CheckoutForm.value(params, field));
    }
    Orders.Order order = orders.place(user.username(), lines, delivery);
    session.clearCart();
    Exchanges.sendJson(exchange, 201, Map.of("number", order.number()));
  }

  private void order(HttpExchange exchange, Map<String, String> params, ShopSession session) throws IOException {
    ShopSession.User user = session.user();
    Optional<Orders.Order> order = user == null ? Optional.empty()
        : orders.find(params.getOrDefault("number", ""), user.username());
    if (order.isEmpty()) {
      Exchanges.sendJson(exchange, 404, Map.of("error", "No order " + params.get("number") + " for you."));
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("number", order.get().number());
    body.put("items", order.get().lines().stream().map(ShopApi::line).toList());
    body.put("total", order.get().totalPence());
    body.put("delivery", order.get().delivery());
    Exchanges.sendJson(exchange, 200, body);
  }
}
