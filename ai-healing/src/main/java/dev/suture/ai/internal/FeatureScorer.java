package dev.suture.ai.internal;

import dev.suture.core.ElementFingerprint;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleBiFunction;

/**
 * Scores how much a candidate looks like one baseline element: a weighted mean of per-attribute similarities, over
 * the attributes the baseline has. An attribute the baseline has and the candidate lacks counts as 0; one the
 * baseline lacks says nothing. Text attributes are compared by a pluggable measure (lexical first, semantic later).
 */
final class FeatureScorer {
  private final ElementFingerprint base;
  private final boolean generatedId;
  private final Set<String> baseClasses;
  private final Set<String> baseAttributes;
  private final String[] baseXpath;
  private final TextCache texts;
  private final ToDoubleBiFunction<String, String> bound;

  FeatureScorer(ElementFingerprint base, TextCache texts) {
    this.texts = texts;
    this.bound = texts::lexicalBound;
    this.base = base;
    this.generatedId = Texts.looksGenerated(base.id());
    this.baseClasses = stableClasses(base.classes());
    this.baseAttributes = attributePairs(base.attributes());
    this.baseXpath = steps(base.xpath());
  }

  /** The label a person reads: the accessible name, else the visible text, else other naming attributes. */
  static String label(ElementFingerprint e) {
    for (String text : new String[]{e.accessibleName(), e.text(), e.ariaLabel(), e.labelText(), e.placeholder(),
        e.title(), e.alt(), e.value()}) {
      if (text != null && !text.isBlank()) {
        return text;
      }
    }
    return null;
  }

  /** The score, with texts compared by {@code text} (other strings, such as ids and links, lexically). */
  Breakdown score(ElementFingerprint c, ToDoubleBiFunction<String, String> text) {
    return score(c, text, texts::lexical);
  }

  /**
   * A bound that the candidate's lexical score never exceeds: every string comparison counts as a perfect match
   * unless a quick look shows that the two strings have nothing in common ({@link TextCache#lexicalBound}). It
   * prepares no candidate text, so it costs a fraction of a score; the engine scores exactly only the candidates
   * whose bound can still reach the best ones.
   */
  double upperBound(ElementFingerprint c) {
    return score(c, bound, bound).score();
  }

  private Breakdown score(ElementFingerprint c, ToDoubleBiFunction<String, String> text,
                          ToDoubleBiFunction<String, String> lexical) {
    Sum sum = new Sum();
    ToDoubleBiFunction<String, String> identifier = (a, b) -> identifierSimilarity(a, b, lexical);
    sum.add(1.5, false, base.tag(), c.tag(), FeatureScorer::tagSimilarity);
    sum.add(1.0, false, base.role(), c.role(), (a, b) -> a.equals(b) ? 1 : 0);
    if (base.id() != null) {
      sum.add(generatedId ? 0.3 : 2.0, true, base.id(), c.id(), identifier);
    }
    sum.add(3.0, true, base.testId(), c.testId(), identifier);
    sum.add(1.5, true, base.name(), c.name(), identifier);
    sum.add(0.5, false, base.type(), c.type(), (a, b) -> a.equalsIgnoreCase(b) ? 1 : 0);
    if (!baseClasses.isEmpty()) {
      sum.add(1.0, false, Texts.jaccard(baseClasses, stableClasses(c.classes())));
    }
    // The accessible name is often the text or the label again: the same evidence must not count twice.
    sum.add(sameText(base.text(), base.accessibleName()) ? 1.0 : 2.5, true, base.text(), c.text(), text);
    sum.add(2.5, true, base.accessibleName(), c.accessibleName(), text);
    sum.add(sameText(base.labelText(), base.accessibleName()) ? 0.5 : 1.0, true, base.labelText(), c.labelText(),
        text);
    sum.add(1.0, true, base.placeholder(), c.placeholder(), text);
    sum.add(1.0, true, base.ariaLabel(), c.ariaLabel(), text);
    sum.add(0.7, true, base.title(), c.title(), text);
    sum.add(0.7, true, base.alt(), c.alt(), text);
    sum.add(0.5, true, base.value(), c.value(), (a, b) -> a.equals(b) ? 1 : lexical.applyAsDouble(a, b));
    sum.add(1.5, true, base.href(), c.href(), (a, b) -> a.equals(b) ? 1 : 0.8 * lexical.applyAsDouble(a, b));
    sum.add(1.0, true, base.src(), c.src(), (a, b) -> a.equals(b) ? 1 : 0.8 * lexical.applyAsDouble(a, b));
    if (!baseAttributes.isEmpty()) {
      sum.add(1.0, true, Texts.jaccard(baseAttributes, attributePairs(c.attributes())));
    }
    if (baseXpath.length > 0) {
      sum.add(1.0, false, xpathSimilarity(baseXpath, steps(c.xpath())));
    }
    sum.add(0.5, true, base.idXpath(), c.idXpath(), (a, b) -> a.equals(b) ? 1 : 0);
    if (base.x() != null && base.y() != null) {
      boolean placed = c.x() != null && c.y() != null;
      sum.add(1.0, false, placed ? position(base, c) : 0);
      sum.add(0.5, false, placed ? size(base, c) : 0);
    }
    if (!base.neighborTexts().isEmpty()) {
      sum.add(1.5, true, neighbors(base.neighborTexts(), c.neighborTexts(), lexical));
    }
    if (base.parent() != null) {
      sum.add(0.5, false, parent(base.parent(), c.parent()));
    }
    return sum.breakdown();
  }

  private static boolean sameText(String a, String b) {
    return a != null && a.equals(b);
  }

  private static double tagSimilarity(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    Set<String> clickable = Set.of("a", "button", "input");
    Set<String> text = Set.of("input", "textarea", "select");
    return clickable.contains(a) && clickable.contains(b) || text.contains(a) && text.contains(b) ? 0.5 : 0;
  }

  private Set<String> stableClasses(List<String> classes) {
    Set<String> out = new HashSet<>();
    for (String name : classes) {
      if (!texts.looksGenerated(name)) {
        out.add(name);
      }
    }
    return out;
  }

  private Set<String> attributePairs(Map<String, String> attributes) {
    Set<String> out = new HashSet<>();
    attributes.forEach((key, value) -> {
      if (!texts.looksGenerated(value)) {
        out.add(key + "=" + value);
      }
    });
    return out;
  }

  private static String[] steps(String xpath) {
    return xpath == null || xpath.isEmpty() ? new String[0] : xpath.substring(1).split("/");
  }

  /** Shared leading and trailing steps over the longer path: wrapping an element keeps both ends. */
  private static double xpathSimilarity(String[] a, String[] b) {
    if (b.length == 0) {
      return 0;
    }
    int max = Math.max(a.length, b.length);
    int prefix = 0;
    while (prefix < a.length && prefix < b.length && a[prefix].equals(b[prefix])) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.length - prefix && suffix < b.length - prefix
        && a[a.length - 1 - suffix].equals(b[b.length - 1 - suffix])) {
      suffix++;
    }
    return (double) (prefix + suffix) / max;
  }

  private static double position(ElementFingerprint a, ElementFingerprint b) {
    double ax = a.x() + orZero(a.width()) / 2;
    double ay = a.y() + orZero(a.height()) / 2;
    double bx = b.x() + orZero(b.width()) / 2;
    double by = b.y() + orZero(b.height()) / 2;
    double dx = ax - bx;
    double dy = ay - by;
    // Math.hypot guards against overflow at a cost that shows with a thousand candidates; pixels cannot overflow.
    return 1 / (1 + Math.sqrt(dx * dx + dy * dy) / 100);
  }

  private static double size(ElementFingerprint a, ElementFingerprint b) {
    return ratio(orZero(a.width()), orZero(b.width())) * ratio(orZero(a.height()), orZero(b.height()));
  }

  private static double ratio(double a, double b) {
    double max = Math.max(a, b);
    return max == 0 ? 1 : Math.min(a, b) / max;
  }

  private static double orZero(Double value) {
    return value == null ? 0 : value;
  }

  private static double neighbors(List<String> base, List<String> candidate,
                                  ToDoubleBiFunction<String, String> lexical) {
    if (candidate.isEmpty()) {
      return 0;
    }
    double total = 0;
    for (String text : base) {
      double best = 0;
      for (String other : candidate) {
        best = Math.max(best, lexical.applyAsDouble(text, other));
      }
      total += best;
    }
    return total / Math.max(base.size(), candidate.size());
  }

  private static double parent(ElementFingerprint.Parent a, ElementFingerprint.Parent b) {
    if (b == null) {
      return 0;
    }
    double score = a.tag() != null && a.tag().equals(b.tag()) ? 0.4 : 0;
    if (a.id() != null) {
      score += a.id().equals(b.id()) ? 0.3 : 0;
    } else {
      score += b.id() == null ? 0.3 : 0;
    }
    Set<String> classesA = new HashSet<>(a.classes());
    Set<String> classesB = new HashSet<>(b.classes());
    score += classesA.isEmpty() && classesB.isEmpty() ? 0.3 : 0.3 * Texts.jaccard(classesA, classesB);
    return score;
  }

  /** Ids, names and test ids: equal, equal once build hashes are dropped ("email-3fa9c1"), or alike as words. */
  private static double identifierSimilarity(String a, String b, ToDoubleBiFunction<String, String> lexical) {
    if (a.equals(b)) {
      return 1;
    }
    String stableA = Texts.withoutHashes(a);
    String stableB = Texts.withoutHashes(b);
    if (!stableA.isEmpty() && stableA.equals(stableB)) {
      return 0.9;
    }
    return 0.8 * lexical.applyAsDouble(stableA.isEmpty() ? a : stableA, stableB.isEmpty() ? b : stableB);
  }

  /**
   * The score and what it is made of: per feature its weight, its similarity and whether it is about what the
   * element is (semantic: texts, names, ids, neighbours) rather than where it is (position, path, size, styling).
   */
  record Breakdown(double score, double[] weights, double[] similarities, boolean[] semantic, int size) {
  }

  /** A weighted mean that only counts what the baseline has. */
  private static final class Sum {
    private static final int MAX = 32;
    private final double[] weights = new double[MAX];
    private final double[] similarities = new double[MAX];
    private final boolean[] semantic = new boolean[MAX];
    private int size;
    private double weighted;
    private double total;

    void add(double weight, boolean isSemantic, double similarity) {
      weights[size] = weight;
      similarities[size] = similarity;
      semantic[size] = isSemantic;
      size++;
      weighted += weight * similarity;
      total += weight;
    }

    void add(double weight, boolean isSemantic, String base, String candidate,
             ToDoubleBiFunction<String, String> similarity) {
      if (base == null || base.isBlank()) {
        return;
      }
      add(weight, isSemantic, candidate == null || candidate.isBlank() ? 0 : similarity.applyAsDouble(base, candidate));
    }

    Breakdown breakdown() {
      return new Breakdown(total == 0 ? 0 : weighted / total, weights, similarities, semantic, size);
    }
  }
}
