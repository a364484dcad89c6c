package dev.suture.ai.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Lexical measures with each distinct text prepared once per decision: a page repeats the same labels across
 * hundreds of candidates, and preparing (normalising, tokenising) is most of the cost of comparing.
 */
final class TextCache {
  private final Map<String, Prepared> prepared = new HashMap<>();
  private final Map<String, Boolean> generated = new HashMap<>();
  private final Map<String, Double> edits = new HashMap<>();
  private final Map<String, Double> guardedPairs = new HashMap<>();

  boolean looksGenerated(String identifier) {
    return generated.computeIfAbsent(identifier, Texts::looksGenerated);
  }

  double lexical(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    Prepared pa = prepare(a);
    Prepared pb = prepare(b);
    if (pa.normalized.isEmpty() || pb.normalized.isEmpty()) {
      return 0;
    }
    if (pa.normalized.equals(pb.normalized)) {
      return 1;
    }
    double tokens = Texts.jaccard(pa.tokens, pb.tokens);
    if (tokens >= 0.99) {
      return tokens;
    }
    // Edit similarity is for typos and spacing ("E-mail" / "Email"); between short different words ("Home" /
    // "Acme") it is noise, so it only counts when the strings are mostly the same.
    int longer = Math.max(pa.compact.length(), pb.compact.length());
    if (Math.abs(pa.compact.length() - pb.compact.length()) > longer / 4) {
      return tokens; // the edit similarity could not reach 0.75: skip the quadratic part
    }
    String pair = a.length() <= b.length() ? a + '\u0000' + b : b + '\u0000' + a;
    Double cached = edits.get(pair);
    double edit = cached != null ? cached : Texts.editSimilarity(pa.compact, pb.compact);
    if (cached == null) {
      edits.put(pair, edit);
    }
    return Math.max(tokens, edit >= 0.75 ? edit * edit : 0);
  }

  boolean opposite(String a, String b) {
    return Opposites.opposite(prepare(a).words, prepare(b).words);
  }

  /** Lexical similarity, or 0 for texts of opposite meaning; pages repeat their labels, so pairs are cached. */
  double guarded(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    String pair = a + '\u0001' + b;
    Double cached = guardedPairs.get(pair);
    if (cached == null) {
      cached = opposite(a, b) ? 0 : lexical(a, b);
      guardedPairs.put(pair, cached);
    }
    return cached;
  }

  private Prepared prepare(String text) {
    return prepared.computeIfAbsent(text, Prepared::new);
  }

  private static final class Prepared {
    final String normalized;
    final String compact;
    final Set<String> tokens;
    final Set<String> words;

    Prepared(String text) {
      normalized = Texts.normalize(text);
      compact = normalized.replace(" ", "");
      tokens = new HashSet<>(Texts.tokens(normalized));
      words = Opposites.words(text);
    }
  }
}
