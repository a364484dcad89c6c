package dev.suture.samples.bookshop;

import java.util.Locale;
import java.util.Map;

/** One book of the catalogue; prices are in pence so that totals never round. */
record Book(String id, String title, String author, int year, int pricePence, String description) {

  boolean matches(String query) {
    String q = query.toLowerCase(Locale.ROOT);
    return title.toLowerCase(Locale.ROOT).contains(q) || author.toLowerCase(Locale.ROOT).contains(q);
  }

  Map<String, Object> toJson() {
    return Map.of("id", id, "title", title, "author", author, "year", year, "price", pricePence,
        "description", description);
  }
}
