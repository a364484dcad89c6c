package dev.suture.ai.internal.steps;

import java.util.Set;

/**
 * The kind of element an instruction names with a word such as "button" or "field", and the ARIA roles and tags
 * that count as that kind. A kind narrows the candidates; it never adds any.
 */
enum ElementKind {
  BUTTON(Set.of("button"), Set.of("button")),
  LINK(Set.of("link"), Set.of("a")),
  FIELD(Set.of("textbox", "searchbox", "spinbutton", "combobox"), Set.of("textarea")),
  CHECKBOX(Set.of("checkbox", "switch", "menuitemcheckbox"), Set.of()),
  RADIO(Set.of("radio", "menuitemradio"), Set.of()),
  DROPDOWN(Set.of("combobox", "listbox"), Set.of("select")),
  TAB(Set.of("tab"), Set.of()),
  MENU_ITEM(Set.of("menuitem", "menuitemcheckbox", "menuitemradio", "link", "button"), Set.of()),
  HEADING(Set.of("heading"), Set.of()),
  IMAGE(Set.of("img"), Set.of("img", "svg", "picture")),
  ROW(Set.of("row", "listitem", "article"), Set.of("tr", "li", "article")),
  CELL(Set.of("cell", "gridcell", "columnheader", "rowheader"), Set.of("td", "th")),
  OPTION(Set.of("option", "radio", "menuitemradio"), Set.of("option")),
  DIALOG(Set.of("dialog", "alertdialog"), Set.of("dialog")),
  /** "item", "card", "entry": something in a list; also a menu's entries. */
  ITEM(Set.of("listitem", "row", "article", "menuitem", "option", "treeitem"), Set.of("li", "tr", "article")),
  /** "card", "tile": elements classed so, else list items and articles (see {@link CandidatePool#ofKind}). */
  CARD(Set.of("article", "listitem"), Set.of("article", "li")),
  FILE(Set.of(), Set.of()),
  SLIDER(Set.of("slider"), Set.of()),
  /** "text", "message", "label", "error": any element, matched by what it says. */
  TEXT(Set.of(), Set.of());

  private final Set<String> roles;
  private final Set<String> tags;

  ElementKind(Set<String> roles, Set<String> tags) {
    this.roles = roles;
    this.tags = tags;
  }

  /** Whether an element with this role, tag and input type is of this kind. */
  boolean matches(String role, String tag, String type) {
    if (this == TEXT) {
      return true;
    }
    if (this == FILE) {
      return "input".equals(tag) && "file".equalsIgnoreCase(type);
    }
    if (this == FIELD && Elements.isTextInput(tag, type)) {
      return true;
    }
    return role != null && roles.contains(role) || tag != null && tags.contains(tag);
  }
}
