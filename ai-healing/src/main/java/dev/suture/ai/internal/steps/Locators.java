package dev.suture.ai.internal.steps;

import dev.suture.core.ElementFingerprint;

import java.util.List;
import java.util.Objects;

/**
 * Locators for grounded elements: one to act on now (a unique id, or the snapshot's exact selector), and one for
 * people to read in reports, in Playwright's order of preference (role and name, test id, label, placeholder, id).
 */
final class Locators {
  private Locators() {
  }

  /** A Playwright selector that reaches exactly this element on the page the snapshot was taken of. */
  static String exec(ElementFingerprint e, SnapshotIndex index) {
    boolean topDocument = e.selector() == null || e.selector().startsWith("xpath=");
    if (topDocument && e.id() != null && index.uniqueId(e.id()) && e.id().matches("[A-Za-z][\\w-]*")) {
      return "#" + e.id();
    }
    return e.selector();
  }

  /** The element as a reader would name it: {@code getByRole(button, "Sign in")}. */
  static String describe(ElementFingerprint e, SnapshotIndex index) {
    String name = e.accessibleName();
    if (e.role() != null && name != null && !name.isBlank()
        && count(index, o -> e.role().equals(o.role()) && name.equals(o.accessibleName())) == 1) {
      return "getByRole(" + e.role() + ", \"" + name + "\")";
    }
    if (e.testId() != null && count(index, o -> e.testId().equals(o.testId())) == 1) {
      return "getByTestId(\"" + e.testId() + "\")";
    }
    if (e.labelText() != null && !e.labelText().isBlank()
        && count(index, o -> e.labelText().equals(o.labelText())) == 1) {
      return "getByLabel(\"" + e.labelText() + "\")";
    }
    if (e.placeholder() != null && count(index, o -> e.placeholder().equals(o.placeholder())) == 1) {
      return "getByPlaceholder(\"" + e.placeholder() + "\")";
    }
    String exec = exec(e, index);
    String what = e.role() != null && name != null && !name.isBlank()
        ? e.role() + " \"" + (name.length() > 40 ? name.substring(0, 40) + "…" : name) + "\" " : "";
    return what + "at " + exec;
  }

  /**
   * One locator for a group of elements ("the Add to cart buttons"), inside the container when there is one: their
   * shared role and name, else their shared tag and class. Null when the group has nothing in common that a locator
   * can say.
   */
  static String group(List<Integer> members, Integer container, SnapshotIndex index) {
    ElementFingerprint first = index.get(members.get(0));
    String inner = null;
    if (first.role() != null && first.accessibleName() != null && members.stream().map(index::get)
        .allMatch(e -> first.role().equals(e.role()) && first.accessibleName().equals(e.accessibleName()))) {
      inner = "internal:role=" + first.role() + "[name=\"" + first.accessibleName().replace("\"", "\\\"") + "\"s]";
    } else {
      for (String cls : first.classes()) {
        if (cls.matches("[A-Za-z][\\w-]*") && members.stream().map(index::get)
            .allMatch(e -> Objects.equals(first.tag(), e.tag()) && e.classes().contains(cls))) {
          inner = "css=" + first.tag() + "." + cls;
          break;
        }
      }
    }
    if (inner == null && members.stream().map(index::get).allMatch(e -> Objects.equals(first.tag(), e.tag()))
        && first.tag().matches("[a-z][a-z0-9]*")) {
      inner = "css=" + first.tag();
    }
    if (inner == null) {
      return null;
    }
    return container == null ? inner : exec(index.get(container), index) + " >> " + inner;
  }

  private static int count(SnapshotIndex index, java.util.function.Predicate<ElementFingerprint> test) {
    int n = 0;
    for (ElementFingerprint e : index.elements) {
      if (test.test(e) && ++n > 1) {
        return n;
      }
    }
    return n;
  }
}
