package dev.suture.ai.internal.steps;

import dev.suture.core.ElementFingerprint;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which elements a verb can act on: text inputs for "type", dropdowns for "select", checkboxes for "check",
 * controls and links for "click", anything for assertions. An element word ("button") narrows this further.
 */
final class CandidatePool {
  private CandidatePool() {
  }

  /** The elements of {@code region} (null: the whole page) that the verb can act on. */
  static List<Integer> forVerb(Verb verb, SnapshotIndex index, List<Integer> region) {
    Predicate<ElementFingerprint> accepts = switch (verb) {
      case FILL -> e -> e.countsAsVisible() && (Elements.isTextInput(e) || Elements.isSelect(e));
      case CLEAR -> e -> e.countsAsVisible() && (Elements.isTextInput(e) || Elements.isCheckable(e));
      case SET -> e -> e.countsAsVisible()
          && (Elements.isTextInput(e) || Elements.isSelect(e) || Elements.isCheckable(e));
      case SELECT_OPTION -> e -> e.countsAsVisible() && Elements.isSelect(e);
      case CHECK, UNCHECK, EXPECT_CHECKED, EXPECT_UNCHECKED -> e -> Elements.isCheckable(e)
          && (e.countsAsVisible() || hasVisibleLabel(e))
          || e.countsAsVisible() && e.attributes().containsKey("aria-checked");
      case CHOOSE -> e -> Elements.isCheckable(e) && (e.countsAsVisible() || hasVisibleLabel(e))
          || "option".equals(e.tag()) || e.countsAsVisible() && Elements.isInteractive(e);
      case CLICK, DOUBLE_CLICK, PRESS_OR_CLICK -> e -> e.countsAsVisible() && Elements.isInteractive(e);
      case PRESS -> e -> e.countsAsVisible() && (Elements.isTextInput(e) || Elements.isInteractive(e));
      case UPLOAD_FILE -> Elements::isFileInput;
      case EXPECT_ENABLED, EXPECT_DISABLED -> e -> e.countsAsVisible() && Elements.isInteractive(e);
      case EXPECT_VALUE -> e -> e.countsAsVisible() && (Elements.isTextInput(e) || Elements.isSelect(e));
      case EXPECT_VISIBLE, EXPECT_HIDDEN, WAIT_FOR -> e -> true;
      default -> ElementFingerprint::countsAsVisible;
    };
    List<Integer> out = new ArrayList<>();
    if (region == null) {
      for (int i = 0; i < index.size(); i++) {
        if (accepts.test(index.get(i))) {
          out.add(i);
        }
      }
    } else {
      for (int i : region) {
        if (accepts.test(index.get(i))) {
          out.add(i);
        }
      }
    }
    return out;
  }

  /** The visible ones. */
  static List<Integer> visible(List<Integer> pool, SnapshotIndex index) {
    return pool.stream().filter(i -> index.get(i).countsAsVisible()).toList();
  }

  /** Clicking falls back to any visible element with text when no control matches ("click Dune" on a card title). */
  static List<Integer> anyVisible(SnapshotIndex index, List<Integer> region) {
    return forVerb(Verb.EXPECT_TEXT, index, region);
  }

  /** Keeps the elements of the kind; with no kind, all. */
  static List<Integer> ofKind(List<Integer> pool, ElementKind kind, SnapshotIndex index) {
    if (kind == null || kind == ElementKind.TEXT) {
      return pool;
    }
    List<Integer> out = new ArrayList<>();
    if (kind == ElementKind.CARD) {
      for (int i : pool) {
        if (index.get(i).classes().stream().flatMap(c -> Words.of(c).stream())
            .anyMatch(w -> w.equals("card") || w.equals("tile"))) {
          out.add(i);
        }
      }
      if (!out.isEmpty()) {
        return out; // the page calls these cards
      }
    }
    for (int i : pool) {
      ElementFingerprint e = index.get(i);
      if (kind.matches(e.role(), e.tag(), e.type())) {
        out.add(i);
      }
    }
    return out;
  }

  /** Kinds people mix up ("the Cart button" for a link): tried, at a small discount, when the named kind fails. */
  static ElementKind[] relatedKinds(ElementKind kind) {
    return switch (kind) {
      case BUTTON -> new ElementKind[]{ElementKind.LINK, ElementKind.TAB, ElementKind.MENU_ITEM};
      case LINK -> new ElementKind[]{ElementKind.BUTTON, ElementKind.TAB, ElementKind.MENU_ITEM};
      case TAB -> new ElementKind[]{ElementKind.BUTTON, ElementKind.LINK};
      case FIELD -> new ElementKind[]{ElementKind.DROPDOWN, ElementKind.FILE};
      case DROPDOWN -> new ElementKind[]{ElementKind.FIELD};
      case CHECKBOX -> new ElementKind[]{ElementKind.RADIO};
      case RADIO, OPTION -> new ElementKind[]{ElementKind.CHECKBOX};
      default -> new ElementKind[0];
    };
  }

  private static boolean hasVisibleLabel(ElementFingerprint e) {
    return e.labelText() != null && !e.labelText().isBlank();
  }
}
