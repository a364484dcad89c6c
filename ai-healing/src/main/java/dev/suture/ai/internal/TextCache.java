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
    double edit = Texts.editSimilarity(pa.compact, pb.compact);
    return Math.max(tokens, edit >= 0.75 ? edit * edit : 0);
  }

  boolean opposite(String a, String b) {
    return Opposites.opposite(prepare(a).words, prepare(b).words);
  }

  /** Lexical similarity, or 0 for texts of opposite meaning. */
  double guarded(String a, String b) {
    return opposite(a, b) ? 0 : lexical(a, b);
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
