package dev.suture.samples.bookshop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The books on sale, read once from {@code bookshop/books.tsv}, sorted by title. */
final class Catalogue {
  static final int PAGE_SIZE = 10;
  /** The book on the home page's "Book of the week" panel. */
  static final String FEATURED_ID = "the-count-of-monte-cristo";

  private final List<Book> books;

  private Catalogue(List<Book> books) {
    this.books = List.copyOf(books);
  }

  static Catalogue load() {
    try (InputStream in = Catalogue.class.getResourceAsStream("/bookshop/books.tsv")) {
      if (in == null) {
        throw new IllegalStateException("bookshop/books.tsv is missing from the classpath");
      }
      List<Book> books = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        books.add(new Book(f[0], f[1], f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4]), f[5]));
      }
      books.sort(Comparator.comparing(b -> b.title().toLowerCase(Locale.ROOT)));
      return new Catalogue(books);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Optional<Book> find(String id) {
    return books.stream().filter(b -> b.id().equals(id)).findFirst();
  }

  /** Books whose title or author contains {@code query} (all when blank). */
  List<Book> search(String query) {
    if (query == null || query.isBlank()) {
      return books;
    }
    return books.stream().filter(b -> b.matches(query.strip())).toList();
  }

  /** One page (1-based, clamped to the existing pages) of {@code results}. */
  static List<Book> page(List<Book> results, int page) {
    int from = Math.min((clampPage(results, page) - 1) * PAGE_SIZE, results.size());
    return results.subList(from, Math.min(from + PAGE_SIZE, results.size()));
  }

  static int pages(List<Book> results) {
    return Math.max(1, (results.size() + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  static int clampPage(List<Book> results, int page) {
    return Math.max(1, Math.min(page, pages(results)));
  }
}
