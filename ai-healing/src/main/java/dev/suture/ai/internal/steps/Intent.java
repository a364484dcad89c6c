package dev.suture.ai.internal.steps;

import java.util.List;

/**
 * One instruction as the grammar understood it, before it meets a page.
 *
 * @param clause the clause of the instruction this came from, as written
 * @param verb   what to do
 * @param value  the text to type, option to select, key, URL, expected text or count; null when none
 * @param target the element described, or null for page-level steps
 */
record Intent(String clause, Verb verb, String value, Target target) {
  /** A description of an element: "the second Add to cart button in the row for Dune". */
  record Target(String text, ElementKind kind, int ordinal, Scope scope, String phrase, List<String> parts,
                String spoken) {
    Target {
      text = text == null ? "" : text;
      parts = parts == null ? List.of() : List.copyOf(parts);
      spoken = spoken == null ? text : spoken;
    }

    Target(String text, ElementKind kind, int ordinal, Scope scope, String phrase, List<String> parts) {
      this(text, kind, ordinal, scope, phrase, parts, null);
    }

    /**
     * For a vague element word ("message", "menu", "list") the name with the word kept: "Send message" is a button's
     * name, not "Send" plus a kind.
     */
    String spokenOrText() {
      return spoken;
    }

    /** The same description read without its loose scope: "Log in to your account" is one name. */
    Target unscoped() {
      Target whole = TargetParser.parse(phrase.toLowerCase(java.util.Locale.ROOT), s -> s, false);
      return new Target(whole.text(), whole.kind(), whole.ordinal(), whole.scope(), phrase, List.of());
    }

    /** The same description with another text. */
    Target withText(String other) {
      return new Target(other, kind, ordinal, scope, phrase, List.of());
    }

    /** No text, no kind, no ordinal: nothing to go on. */
    boolean isEmpty() {
      return text.isBlank() && kind == null && ordinal == 0 && scope == null;
    }

    /**
     * One part of a list ("Dune and Emma"), read as a description of its own; an element word or scope given only
     * once applies to every part ("the Dune and Emma checkboxes").
     */
    Target part(String part) {
      Target own = TargetParser.parse(part, s -> s);
      return new Target(own.text(), own.kind() != null ? own.kind() : kind, own.ordinal(),
          own.scope() != null ? own.scope() : null, part, List.of());
    }
  }

  /**
   * Where to look: inside a container ("in the dialog", "in the Shipping section"), in the row or card that shows a
   * text ("in the row for Dune"), or beside an element ("next to Password").
   *
   * @param type      which of the three
   * @param container for {@link Type#CONTAINER}: the container word (dialog, form, nav, ...); for {@link Type#NEAR}:
   *                  the direction (near, right, left, below, above)
   * @param text      the container's name, the row's text or the anchor's text; may be empty for containers
   */
  record Scope(Type type, String container, String text) {
    enum Type { CONTAINER, ROW, NEAR }

    /** A scope read from a bare "in the X" (no container word): tried first, dropped if X names no container. */
    boolean loose() {
      return type == Type.CONTAINER && "loose".equals(container);
    }
  }

  /** Ordinal for "the last ...". */
  static final int LAST = -1;
}
