package dev.suture.ai.internal.steps;

import dev.suture.ai.StepCandidate;
import dev.suture.core.ElementFingerprint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Narrows the page to the part an instruction names: the container ("in the dialog", "in the Shipping section"), the
 * row or card that shows a text ("in the row for Dune"), or the surroundings of an anchor ("next to Password").
 */
final class ScopeResolver {
  /** Where to look: the indexes of elements allowed, and for NEAR scopes the anchor to measure distance from. */
  record Region(List<Integer> allowed, int container, int anchor, String direction, String description) {
  }

  private static final Set<String> ANY_CONTAINER_TAGS = Set.of("div", "section", "ul", "ol", "table", "tbody",
      "form", "aside", "nav", "main", "article", "fieldset", "dialog", "header", "footer", "dl", "select");
  private static final Set<String> GENERIC_CONTAINERS = Set.of("section", "panel", "card", "box", "area", "region");
  private static final Set<String> ROW_TAGS = Set.of("tr", "li", "article");
  private static final Set<String> ROW_ROLES = Set.of("row", "listitem", "article");
  private static final List<String> ROW_CLASSES = List.of("card", "item", "row", "product", "entry", "result",
      "tile", "book", "listing", "record");

  private final TextMatcher matcher;

  ScopeResolver(TextMatcher matcher) {
    this.matcher = matcher;
  }

  Region resolve(Intent.Scope scope, SnapshotIndex index, String instruction) {
    return switch (scope.type()) {
      case CONTAINER -> container(scope, index, instruction);
      case ROW -> row(scope, index, instruction);
      case NEAR -> near(scope, index, instruction);
    };
  }

  private Region container(Intent.Scope scope, SnapshotIndex index, String instruction) {
    List<Integer> containers = new ArrayList<>();
    for (int i = 0; i < index.size(); i++) {
      ElementFingerprint e = index.get(i);
      if (e.countsAsVisible() && isContainer(scope.container(), e)) {
        containers.add(i);
      }
    }
    String what = (scope.text().isEmpty() ? "" : "\"" + scope.text() + "\" ") + scope.container();
    int chosen = pick(containers, scope.text(), index, instruction, "the " + what, true);
    return new Region(index.descendants(chosen), chosen, -1, null, "in the " + what);
  }

  private Region row(Intent.Scope scope, SnapshotIndex index, String instruction) {
    List<String> words = Words.of(scope.text());
    String joined = String.join("", words);
    List<Integer> rows = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    for (int i = 0; i < index.size(); i++) {
      ElementFingerprint e = index.get(i);
      if (!e.countsAsVisible() || !isRow(e)) {
        continue;
      }
      // The row's own text counts too (a list item whose text is a text node, not an element), a little less.
      double best = e.text() != null ? 0.9 * matcher.lexical(words, joined, index.texts(i)).score() : 0;
      for (int d : index.descendants(i)) {
        ElementFingerprint inner = index.get(d);
        if (inner.text() != null && inner.text().length() <= 80) {
          best = Math.max(best, matcher.lexical(words, joined, index.texts(d)).score());
        }
      }
      if (best >= Grounder.ACCEPT) {
        rows.add(i);
        scores.add(best);
      }
    }
    // A row that contains another matching row (a table that contains its rows) is not the row meant.
    List<Integer> innermost = new ArrayList<>();
    List<Double> innerScores = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      int row = rows.get(r);
      boolean hasInner = rows.stream().anyMatch(other -> index.contains(row, other));
      if (!hasInner) {
        innermost.add(row);
        innerScores.add(scores.get(r));
      }
    }
    if (innermost.isEmpty()) {
      throw new Refusal("no row, list item or card on the page shows \"" + scope.text() + "\"", List.of());
    }
    double top = innerScores.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    List<Integer> best = new ArrayList<>();
    for (int r = 0; r < innermost.size(); r++) {
      if (innerScores.get(r) >= top - Grounder.MARGIN) {
        best.add(innermost.get(r));
      }
    }
    if (best.size() > 1) {
      throw new Refusal(best.size() + " rows show \"" + scope.text() + "\" about equally well", candidates(best, index,
          innerScores.stream().filter(s -> s >= top - Grounder.MARGIN).toList()));
    }
    return new Region(index.descendants(best.get(0)), best.get(0), -1, null,
        "in the row for \"" + scope.text() + "\"");
  }

  private Region near(Intent.Scope scope, SnapshotIndex index, String instruction) {
    List<String> words = Words.of(scope.text());
    String joined = String.join("", words);
    List<Integer> anchors = new ArrayList<>();
    double top = 0;
    double[] scores = new double[index.size()];
    for (int i = 0; i < index.size(); i++) {
      if (!index.get(i).countsAsVisible()) {
        continue;
      }
      scores[i] = matcher.lexical(words, joined, index.texts(i)).score();
      top = Math.max(top, scores[i]);
    }
    if (top < Grounder.ACCEPT) {
      throw new Refusal("nothing on the page says \"" + scope.text() + "\" to look next to", List.of());
    }
    for (int i = 0; i < index.size(); i++) {
      if (scores[i] >= top - 0.001) {
        anchors.add(i);
      }
    }
    // Nested elements with the same text are one anchor: keep the innermost. A control named by the anchor's text
    // (the input labelled "Password") is what is looked for, not the anchor.
    List<Integer> shown = anchors.stream().filter(a -> !isControl(index.get(a))).toList();
    List<Integer> pool = shown.isEmpty() ? anchors : shown;
    List<Integer> innermost = pool.stream().filter(a -> pool.stream().noneMatch(o -> index.contains(a, o)))
        .toList();
    if (innermost.size() > 1) {
      throw new Refusal(innermost.size() + " elements say \"" + scope.text() + "\"; say which one",
          candidates(innermost, index, innermost.stream().map(i -> scores[i]).toList()));
    }
    int anchor = innermost.get(0);
    List<Integer> allowed = new ArrayList<>();
    for (int i = 0; i < index.size(); i++) {
      if (i != anchor && !index.contains(i, anchor)) {
        allowed.add(i);
      }
    }
    return new Region(allowed, -1, anchor, scope.container(), scope.container() + " \"" + scope.text() + "\"");
  }

  /** One container: by name when one is given, else the only one (or, for dialogs, the last opened). */
  private int pick(List<Integer> containers, String name, SnapshotIndex index, String instruction, String what,
                   boolean lastWins) {
    if (containers.isEmpty()) {
      throw new Refusal("the page has no visible " + what.replaceFirst("^the ", ""), List.of());
    }
    if (name.isEmpty()) {
      List<Integer> outermost = containers.stream()
          .filter(c -> containers.stream().noneMatch(o -> index.contains(o, c))).toList();
      if (outermost.size() == 1 || lastWins && "dialog".equals(index.get(outermost.get(0)).role())) {
        return outermost.get(outermost.size() - 1);
      }
      if (outermost.size() > 1) {
        throw new Refusal(outermost.size() + " elements could be " + what + "; name the one meant",
            candidates(outermost, index, outermost.stream().map(c -> 1.0).toList()));
      }
      return outermost.get(0);
    }
    List<String> words = Words.of(name);
    String joined = String.join("", words);
    double[] scores = new double[containers.size()];
    double top = 0;
    for (int c = 0; c < containers.size(); c++) {
      int i = containers.get(c);
      double score = matcher.lexical(words, joined, index.texts(i)).score();
      // A container's name is often its first heading or legend.
      for (int d : index.descendants(i)) {
        ElementFingerprint inner = index.get(d);
        if ("heading".equals(inner.role()) || "legend".equals(inner.tag()) || "caption".equals(inner.tag())) {
          score = Math.max(score, matcher.lexical(words, joined, index.texts(d)).score());
          break;
        }
      }
      scores[c] = score;
      top = Math.max(top, score);
    }
    if (top < Grounder.ACCEPT) {
      throw new Refusal("no " + what.replaceFirst("^the ", "") + " on the page", List.of());
    }
    List<Integer> best = new ArrayList<>();
    for (int c = 0; c < containers.size(); c++) {
      if (scores[c] >= top - Grounder.MARGIN) {
        best.add(containers.get(c));
      }
    }
    // Nested matches (a section inside a section with the same heading): the innermost is meant.
    List<Integer> innermost = best.stream().filter(b -> best.stream().noneMatch(o -> index.contains(b, o))).toList();
    if (innermost.size() > 1) {
      throw new Refusal(innermost.size() + " elements could be " + what, candidates(innermost, index,
          innermost.stream().map(c -> scores[containers.indexOf(c)]).toList()));
    }
    return innermost.get(0);
  }

  static boolean isContainer(String word, ElementFingerprint e) {
    String tag = e.tag();
    String role = e.role() == null ? "" : e.role();
    return switch (word) {
      case "any", "loose" -> ANY_CONTAINER_TAGS.contains(tag);
      case "dialog" -> role.equals("dialog") || role.equals("alertdialog") || tag.equals("dialog")
          || hasClass(e, "modal", "dialog", "popup", "overlay", "lightbox", "drawer");
      case "form" -> tag.equals("form") || role.equals("form") || role.equals("search");
      case "nav" -> tag.equals("nav") || role.equals("navigation") || role.equals("menubar") || role.equals("menu")
          || hasClass(e, "nav", "navbar", "menu", "navigation");
      case "header" -> tag.equals("header") || role.equals("banner") || hasClass(e, "header");
      case "banner" -> tag.equals("header") || role.equals("banner") || hasClass(e, "banner");
      case "footer" -> tag.equals("footer") || role.equals("contentinfo") || hasClass(e, "footer");
      case "sidebar" -> tag.equals("aside") || role.equals("complementary") || hasClass(e, "sidebar", "aside");
      case "table", "grid" -> tag.equals("table") || role.equals("table") || role.equals("grid");
      case "list" -> tag.equals("ul") || tag.equals("ol") || role.equals("list") || role.equals("listbox");
      case "toolbar" -> role.equals("toolbar") || hasClass(e, "toolbar");
      case "tabpanel" -> role.equals("tabpanel");
      case "fieldset", "group" -> tag.equals("fieldset") || role.equals("group") || role.equals("radiogroup");
      default -> hasClass(e, word) || Words.normalized(e.ariaLabel()).equals(Words.normalized(word))
          || GENERIC_CONTAINERS.contains(word) && (tag.equals("section") || tag.equals("fieldset")
          || tag.equals("article") || tag.equals("aside") || tag.equals("form") || role.equals("region")
          || role.equals("group") || hasClass(e, "section", "panel", "card", "box"));
    };
  }

  private static boolean isControl(ElementFingerprint e) {
    return Elements.isTextInput(e) || Elements.isSelect(e) || Elements.isCheckable(e);
  }

  static boolean isRow(ElementFingerprint e) {
    if (ROW_TAGS.contains(e.tag()) || e.role() != null && ROW_ROLES.contains(e.role())) {
      return true;
    }
    for (String cls : e.classes()) {
      for (String word : Words.of(cls)) {
        if (ROW_CLASSES.contains(word)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasClass(ElementFingerprint e, String... words) {
    for (String cls : e.classes()) {
      for (String word : Words.of(cls)) {
        for (String w : words) {
          if (word.equals(w)) {
            return true;
          }
        }
      }
    }
    String id = e.id() == null ? "" : e.id().toLowerCase();
    for (String w : words) {
      if (id.equals(w) || id.startsWith(w + "-") || id.endsWith("-" + w)) {
        return true;
      }
    }
    return false;
  }

  static List<StepCandidate> candidates(List<Integer> elements, SnapshotIndex index, List<Double> scores) {
    List<StepCandidate> out = new ArrayList<>();
    for (int i = 0; i < elements.size(); i++) {
      out.add(new StepCandidate(index.get(elements.get(i)), scores.get(i), "matches equally well"));
    }
    out.sort(Comparator.comparingDouble(StepCandidate::score).reversed());
    return out;
  }

  /** Why a scope cannot be found; the grounder turns it into a refusal of the whole step. */
  static final class Refusal extends RuntimeException {
    final transient List<StepCandidate> candidates;

    Refusal(String message, List<StepCandidate> candidates) {
      super(message, null, false, false);
      this.candidates = candidates;
    }
  }
}
