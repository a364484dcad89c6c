package dev.suture.ai.internal.steps;

import dev.suture.core.ElementFingerprint;

import java.util.Set;

/** Facts about fingerprinted elements that grounding and execution both need. */
final class Elements {
  private static final Set<String> NOT_TEXT_INPUTS = Set.of("button", "submit", "reset", "image", "checkbox",
      "radio", "hidden", "file", "range", "color");
  private static final Set<String> INTERACTIVE_ROLES = Set.of("button", "link", "checkbox", "radio", "tab",
      "menuitem", "menuitemcheckbox", "menuitemradio", "option", "switch", "treeitem", "textbox", "searchbox",
      "combobox", "listbox", "spinbutton", "slider");
  private static final Set<String> INTERACTIVE_TAGS = Set.of("a", "button", "input", "select", "textarea",
      "summary", "option");

  private Elements() {
  }

  /** A control that takes typed text: text-like inputs (password, date and number included), textareas. */
  static boolean isTextInput(String tag, String type) {
    if ("textarea".equals(tag)) {
      return true;
    }
    return "input".equals(tag) && (type == null || !NOT_TEXT_INPUTS.contains(type.toLowerCase()));
  }

  static boolean isTextInput(ElementFingerprint e) {
    return isTextInput(e.tag(), e.type()) || "true".equals(e.attributes().get("contenteditable"));
  }

  static boolean isSelect(ElementFingerprint e) {
    return "select".equals(e.tag()) || "listbox".equals(e.role()) || "combobox".equals(e.role())
        && !isTextInput(e);
  }

  static boolean isCheckable(ElementFingerprint e) {
    return "checkbox".equals(e.role()) || "radio".equals(e.role()) || "switch".equals(e.role())
        || "menuitemcheckbox".equals(e.role()) || "menuitemradio".equals(e.role());
  }

  static boolean isFileInput(ElementFingerprint e) {
    return "input".equals(e.tag()) && "file".equalsIgnoreCase(e.type());
  }

  /** Something a user clicks: a control, a link, or anything with an interactive role or tabindex. */
  static boolean isInteractive(ElementFingerprint e) {
    return e.role() != null && INTERACTIVE_ROLES.contains(e.role()) || INTERACTIVE_TAGS.contains(e.tag())
        || e.attributes().containsKey("tabindex");
  }

  /** Whether {@code inner} lies inside {@code outer} (by their absolute XPaths in the same document). */
  static boolean contains(ElementFingerprint outer, ElementFingerprint inner) {
    return outer.xpath() != null && inner.xpath() != null && inner.xpath().startsWith(outer.xpath() + "/");
  }
}
