package dev.suture.samples.bookshop;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Placed orders, kept in memory for the life of the server. */
final class Orders {
  private final AtomicInteger next = new AtomicInteger(1001);
  private final Map<String, Order> orders = new ConcurrentHashMap<>();

  record Order(String number, String username, List<ShopSession.Line> lines, Map<String, String> delivery) {
    int totalPence() {
      return lines.stream().mapToInt(ShopSession.Line::totalPence).sum();
    }
  }

  Order place(String username, List<ShopSession.Line> lines, Map<String, String> delivery) {
    Order order = new Order("BK-" + next.getAndIncrement(), username, List.copyOf(lines), Map.copyOf(delivery));
    orders.put(order.number(), order);
    return order;
  }

  /** The order, only for the user who placed it. */
  Optional<Order> find(String number, String username) {
    return Optional.ofNullable(orders.get(number)).filter(o -> o.username().equals(username));
  }
}
