package dev.suture.ai.internal.steps;

import dev.suture.core.ElementFingerprint;
import dev.suture.core.PageSnapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A snapshot prepared for grounding: each element's naming texts tokenised once, and its place in the tree (its
 * path, with the frame it lives in) so that scopes ("in the dialog") are prefix tests.
 */
final class SnapshotIndex {
  private static final String ENTER_FRAME = "internal:control=enter-frame >> ";

  final PageSnapshot snapshot;
  final List<ElementFingerprint> elements;
  private final String[] paths;
  private final ElementTexts[] texts;
  private final Map<String, Integer> idCounts = new HashMap<>();

  SnapshotIndex(PageSnapshot snapshot) {
    this.snapshot = snapshot;
    this.elements = snapshot.elements();
    this.paths = new String[elements.size()];
    this.texts = new ElementTexts[elements.size()];
    for (int i = 0; i < elements.size(); i++) {
      ElementFingerprint e = elements.get(i);
      String selector = e.selector() == null ? "" : e.selector();
      int frame = selector.lastIndexOf(ENTER_FRAME);
      paths[i] = (frame < 0 ? "" : selector.substring(0, frame + ENTER_FRAME.length())) + e.xpath();
      if (e.id() != null) {
        idCounts.merge(e.id(), 1, Integer::sum);
      }
    }
  }

  int size() {
    return elements.size();
  }

  ElementFingerprint get(int i) {
    return elements.get(i);
  }

  ElementTexts texts(int i) {
    ElementTexts t = texts[i];
    if (t == null) {
      t = new ElementTexts(elements.get(i));
      texts[i] = t;
    }
    return t;
  }

  /** Whether element {@code inner} lies inside element {@code outer}. */
  boolean contains(int outer, int inner) {
    return outer != inner && paths[inner].startsWith(paths[outer]) && paths[inner].length() > paths[outer].length()
        && paths[inner].charAt(paths[outer].length()) == '/';
  }

  /** The elements inside {@code container}, in document order. */
  List<Integer> descendants(int container) {
    List<Integer> out = new ArrayList<>();
    // Descendants follow their container in document order, so the scan can stop at the first one that is not.
    for (int i = container + 1; i < elements.size() && contains(container, i); i++) {
      out.add(i);
    }
    return out;
  }

  /** The nearest enclosing element with the given tag, or -1. */
  int ancestorWithTag(int element, String tag) {
    for (int i = element - 1; i >= 0; i--) {
      if (contains(i, element) && tag.equals(elements.get(i).tag())) {
        return i;
      }
    }
    return -1;
  }

  boolean uniqueId(String id) {
    return id != null && idCounts.getOrDefault(id, 0) == 1;
  }
}
