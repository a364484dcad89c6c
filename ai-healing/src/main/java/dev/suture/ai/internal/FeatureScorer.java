package dev.suture.ai.internal;

import dev.suture.core.ElementFingerprint;

import java.util.HashMap;
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
  /** The baseline's attributes whose values do not look machine-made. */
  private final Map<String, String> baseAttributes;
  private final Set<String> baseParentClasses;
  private final XPathSteps baseXpath;
  private final TextCache texts;
  private final ToDoubleBiFunction<String, String> bound;
  /** Reused by every {@link #upperBound}: the bound pass runs once per candidate and keeps nothing but the value. */
  private final Sum boundSum = new Sum();
  /** The neighbour feature's bound in one look-up per candidate text; null for a baseline with very many. */
  private final NeighborBound neighborBound;

  FeatureScorer(ElementFingerprint base, TextCache texts) {
    this.texts = texts;
    this.bound = texts::lexicalBound;
    this.base = base;
    this.generatedId = Texts.looksGenerated(base.id());
    this.baseClasses = new HashSet<>();
    for (String name : base.classes()) {
      if (!texts.looksGenerated(name)) {
        baseClasses.add(name);
      }
    }
    this.baseAttributes = new HashMap<>();
    base.attributes().forEach((key, value) -> {
      if (!texts.looksGenerated(value)) {
        baseAttributes.put(key, value);
      }
    });
    this.baseParentClasses = base.parent() == null ? Set.of() : new HashSet<>(base.parent().classes());
    this.baseXpath = new XPathSteps(base.xpath());
    this.neighborBound = base.neighborTexts().size() <= NeighborBound.MAX_NEIGHBORS
        ? new NeighborBound(base.neighborTexts(), texts) : null;
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
    Sum sum = new Sum();
    score(c, text, texts::lexical, sum, false);
    return sum.breakdown();
  }

  /**
   * A bound that the candidate's lexical score never exceeds: every string comparison counts as a perfect match
   * unless a quick look shows that the two strings have nothing in common ({@link TextCache#lexicalBound}). It
   * prepares no candidate text, so it costs a fraction of a score; the engine scores exactly only the candidates
   * whose bound can still reach the best ones.
   */
  double upperBound(ElementFingerprint c) {
    boundSum.reset();
    score(c, bound, bound, boundSum, true);
    return boundSum.value();
  }

  private void score(ElementFingerprint c, ToDoubleBiFunction<String, String> text,
                     ToDoubleBiFunction<String, String> lexical, Sum sum, boolean bounding) {
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
      sum.add(1.0, false, overlap(baseClasses, c.classes(), true));
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
      sum.add(1.0, true, attributeOverlap(c.attributes()));
    }
    if (baseXpath.size() > 0) {
      sum.add(1.0, false, baseXpath.similarity(c.xpath()));
    }
    sum.add(0.5, true, base.idXpath(), c.idXpath(), (a, b) -> a.equals(b) ? 1 : 0);
    if (base.x() != null && base.y() != null) {
      boolean placed = c.x() != null && c.y() != null;
      sum.add(1.0, false, placed ? position(base, c) : 0);
      sum.add(0.5, false, placed ? size(base, c) : 0);
    }
    if (!base.neighborTexts().isEmpty()) {
      sum.add(1.5, true, bounding && neighborBound != null ? neighborBound.of(c.neighborTexts())
          : neighbors(base.neighborTexts(), c.neighborTexts(), lexical));
    }
    if (base.parent() != null) {
      sum.add(0.5, false, parent(base.parent(), c.parent()));
    }
  }

  private static boolean sameText(String a, String b) {
    return a != null && a.equals(b);
  }

  private static final Set<String> CLICKABLE = Set.of("a", "button", "input");
  private static final Set<String> TEXT_INPUTS = Set.of("input", "textarea", "select");

  private static double tagSimilarity(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    return CLICKABLE.contains(a) && CLICKABLE.contains(b) || TEXT_INPUTS.contains(a) && TEXT_INPUTS.contains(b)
        ? 0.5 : 0;
  }

  /**
   * The Jaccard similarity of a baseline set and a candidate's list taken as a set (without machine-made names when
   * {@code stableOnly}), counted in place: the bound pass would otherwise build a set for each of a thousand
   * candidates.
   */
  private double overlap(Set<String> base, List<String> candidate, boolean stableOnly) {
    int size = 0;
    int common = 0;
    for (int i = 0; i < candidate.size(); i++) {
      String name = candidate.get(i);
      if (candidate.indexOf(name) == i && !(stableOnly && texts.looksGenerated(name))) {
        size++;
        common += base.contains(name) ? 1 : 0;
      }
    }
    return Texts.jaccard(base.size(), size, common);
  }

  /** Like {@link #overlap} over key=value pairs; a map holds each key once, so its pairs are distinct. */
  private double attributeOverlap(Map<String, String> attributes) {
    int size = 0;
    int common = 0;
    for (Map.Entry<String, String> attribute : attributes.entrySet()) {
      if (!texts.looksGenerated(attribute.getValue())) {
        size++;
        common += attribute.getValue().equals(baseAttributes.get(attribute.getKey())) ? 1 : 0;
      }
    }
    return Texts.jaccard(baseAttributes.size(), size, common);
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
        if (best >= 1) {
          break; // no similarity exceeds 1
        }
      }
      total += best;
    }
    return total / Math.max(base.size(), candidate.size());
  }

  private double parent(ElementFingerprint.Parent a, ElementFingerprint.Parent b) {
    if (b == null) {
      return 0;
    }
    double score = a.tag() != null && a.tag().equals(b.tag()) ? 0.4 : 0;
    if (a.id() != null) {
      score += a.id().equals(b.id()) ? 0.3 : 0;
    } else {
      score += b.id() == null ? 0.3 : 0;
    }
    score += baseParentClasses.isEmpty() && b.classes().isEmpty() ? 0.3
        : 0.3 * overlap(baseParentClasses, b.classes(), false);
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

    void reset() {
      size = 0;
      weighted = 0;
      total = 0;
    }

    double value() {
      return total == 0 ? 0 : weighted / total;
    }

    Breakdown breakdown() {
      return new Breakdown(value(), weights, similarities, semantic, size);
    }
  }
}
