package dev.suture.ai.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
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
  /** The other side of {@link #lexicalBound}: candidate texts, each looked at once however often it is compared. */
  private final Map<String, Probe> probes = new HashMap<>();

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
    double tokens = tokenJaccard(pa, pb);
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

  /** {@link Texts#jaccard} of the two token sets, iterating an array rather than a hash table. */
  private static double tokenJaccard(Prepared a, Prepared b) {
    int common = 0;
    for (String token : a.tokenArray) {
      common += b.tokens.contains(token) ? 1 : 0;
    }
    return Texts.jaccard(a.tokens.size(), b.tokens.size(), common);
  }

  /**
   * An upper bound of {@link #lexical}{@code (a, b)} (and so of {@link #guarded}) that prepares only {@code a}, one of
   * the baseline's few texts: 0 when {@code b} shares no word with {@code a} and their lengths rule out an edit
   * match, else 1. For ASCII text, a word of {@code b}'s normalised form (stemmed: a prefix of it) is a substring of
   * {@code b} in lower case, and the normalised form without spaces has exactly {@code b}'s letters and digits.
   */
  double lexicalBound(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    Prepared pa = prepare(a);
    if (pa.normalized.isEmpty()) {
      return 0;
    }
    Probe pb = probes.computeIfAbsent(b, Probe::new);
    if (pb.otherScript) {
      return 1; // accents and other scripts normalise in ways this quick look does not follow
    }
    if (pb.letters == 0) {
      return 0;
    }
    int longer = Math.max(pa.compact.length(), pb.letters);
    if (Math.abs(pa.compact.length() - pb.letters) <= longer / 4
        && (pa.bag() == null || 1 - (double) bagDistance(pa.bag(), pb.bag) / longer >= 0.75)) {
      return 1; // the edit similarity might reach 0.75
    }
    String lower = pb.lower();
    for (String token : pa.tokenArray) {
      if (lower.contains(token)) {
        return 1;
      }
    }
    return 0;
  }

  private static final int BAG = 36;

  private static int bagIndex(char lowerLetterOrDigit) {
    return lowerLetterOrDigit <= '9' ? lowerLetterOrDigit - '0' : 10 + lowerLetterOrDigit - 'a';
  }

  /** A lower bound of the edit distance: characters one string has more of than the other, the larger side. */
  private static int bagDistance(int[] a, int[] b) {
    int more = 0;
    int fewer = 0;
    for (int i = 0; i < BAG; i++) {
      int difference = a[i] - b[i];
      if (difference > 0) {
        more += difference;
      } else {
        fewer -= difference;
      }
    }
    return Math.max(more, fewer);
  }

  boolean opposite(String a, String b) {
    return Opposites.opposite(prepare(a).words(), prepare(b).words());
  }

  /** Lexical similarity, or 0 for texts of opposite meaning; pages repeat their labels, so pairs are cached. */
  double guarded(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    String pair = a + '\u0001' + b;
    Double cached = guardedPairs.get(pair);
    if (cached == null) {
      // Texts with nothing in common score 0 either way: the (costlier) check for opposites is only for the rest.
      double lexical = lexical(a, b);
      cached = lexical == 0 || opposite(a, b) ? 0 : lexical;
      guardedPairs.put(pair, cached);
    }
    return cached;
  }

  private Prepared prepare(String text) {
    return prepared.computeIfAbsent(text, Prepared::new);
  }

  private static final class Prepared {
    final String text;
    final String normalized;
    final String compact;
    final Set<String> tokens;
    /** The same tokens for iterating: a set's iterator walks its hash table, an array does not. */
    final String[] tokenArray;
    /** The words for {@link Opposites}, made on first use: most texts never meet a text they could oppose. */
    private Set<String> words;
    private int[] bag;
    private boolean otherScript;

    Prepared(String text) {
      this.text = text;
      normalized = Texts.normalize(text);
      compact = normalized.replace(" ", "");
      tokens = new HashSet<>(Texts.tokens(normalized));
      tokenArray = tokens.toArray(new String[0]);
    }

    /** Counts of each letter and digit of {@link #compact}, for {@link #lexicalBound}; null for other scripts. */
    int[] bag() {
      if (bag == null && !otherScript) {
        int[] counts = new int[BAG];
        for (int i = 0; i < compact.length(); i++) {
          char c = compact.charAt(i);
          if (c > 127 || !Character.isLetterOrDigit(c)) {
            otherScript = true;
            return null;
          }
          counts[bagIndex(c)]++;
        }
        bag = counts;
      }
      return bag;
    }

    Set<String> words() {
      if (words == null) {
        words = Opposites.words(text);
      }
      return words;
    }
  }

  /** What {@link #lexicalBound} needs of a text it does not prepare: its letters and digits, counted in lower case. */
  private static final class Probe {
    private final String text;
    final int[] bag = new int[BAG];
    final int letters;
    /** Whether the text has a character beyond ASCII (then the bag is incomplete and unused). */
    final boolean otherScript;
    private String lower;

    Probe(String text) {
      this.text = text;
      int count = 0;
      boolean other = false;
      for (int i = 0; i < text.length() && !other; i++) {
        char c = text.charAt(i);
        if (c > 127) {
          other = true;
        } else if (Character.isLetterOrDigit(c)) {
          bag[bagIndex(Character.toLowerCase(c))]++;
          count++;
        }
      }
      letters = count;
      otherScript = other;
    }

    /** Made on first use: most texts are ruled in or out by their letters alone. */
    String lower() {
      if (lower == null) {
        lower = text.toLowerCase(Locale.ROOT);
      }
      return lower;
    }
  }
}
