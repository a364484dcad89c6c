package dev.suture.samples.bookshop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One visitor (one browser context): who is signed in and what is in the cart. Guarded by its own lock. */
final class ShopSession {
  static final int MAX_QUANTITY = 10;

  private final Map<String, Integer> cart = new LinkedHashMap<>();
  private User user;

  record User(String username, String displayName) {
  }

  /** One cart line, priced at the current catalogue price. */
  record Line(Book book, int quantity) {
    int totalPence() {
      return book.pricePence() * quantity;
    }
  }

  synchronized User user() {
    return user;
  }

  synchronized void signIn(User user) {
    this.user = user;
  }

  synchronized void signOut() {
    user = null;
    cart.clear();
  }

  /** Adds to a line, capped at {@link #MAX_QUANTITY} copies of one book. */
  synchronized void add(String bookId, int quantity) {
    cart.merge(bookId, quantity, (a, b) -> Math.min(MAX_QUANTITY, a + b));
  }

  /** Sets a line's quantity; zero removes it. */
  synchronized void set(String bookId, int quantity) {
    if (quantity <= 0) {
      cart.remove(bookId);
    } else {
      cart.put(bookId, Math.min(MAX_QUANTITY, quantity));
    }
  }

  synchronized List<Line> lines(Catalogue catalogue) {
    List<Line> lines = new ArrayList<>();
    cart.forEach((id, quantity) -> catalogue.find(id).ifPresent(book -> lines.add(new Line(book, quantity))));
    return lines;
  }

  synchronized void clearCart() {
    cart.clear();
  }
}
