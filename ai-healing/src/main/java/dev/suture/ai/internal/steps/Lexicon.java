package dev.suture.ai.internal.steps;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The words of the step language that are not verbs: element words, ordinals, number words and key names. */
final class Lexicon {
  /** Element words, longest first, so that "radio button" wins over "button". */
  static final Map<String, ElementKind> ELEMENT_WORDS = new LinkedHashMap<>();
  static final Map<String, Integer> ORDINALS = Map.ofEntries(
      Map.entry("first", 1), Map.entry("1st", 1), Map.entry("second", 2), Map.entry("2nd", 2),
      Map.entry("third", 3), Map.entry("3rd", 3), Map.entry("fourth", 4), Map.entry("4th", 4),
      Map.entry("fifth", 5), Map.entry("5th", 5), Map.entry("sixth", 6), Map.entry("6th", 6),
      Map.entry("seventh", 7), Map.entry("7th", 7), Map.entry("eighth", 8), Map.entry("8th", 8),
      Map.entry("ninth", 9), Map.entry("9th", 9), Map.entry("tenth", 10), Map.entry("10th", 10),
      Map.entry("last", Intent.LAST), Map.entry("final", Intent.LAST));
  static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("no", 0), Map.entry("zero", 0),
      Map.entry("one", 1), Map.entry("a single", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12));
  /** Key names people write, and Playwright's name for each. */
  static final Map<String, String> KEYS = Map.ofEntries(Map.entry("enter", "Enter"),
      Map.entry("return", "Enter"), Map.entry("tab", "Tab"), Map.entry("escape", "Escape"),
      Map.entry("esc", "Escape"), Map.entry("space", "Space"), Map.entry("spacebar", "Space"),
      Map.entry("space bar", "Space"), Map.entry("backspace", "Backspace"), Map.entry("delete", "Delete"),
      Map.entry("del", "Delete"), Map.entry("home", "Home"), Map.entry("end", "End"),
      Map.entry("page up", "PageUp"), Map.entry("pageup", "PageUp"), Map.entry("page down", "PageDown"),
      Map.entry("pagedown", "PageDown"), Map.entry("arrow up", "ArrowUp"), Map.entry("up arrow", "ArrowUp"),
      Map.entry("arrow down", "ArrowDown"), Map.entry("down arrow", "ArrowDown"),
      Map.entry("arrow left", "ArrowLeft"), Map.entry("left arrow", "ArrowLeft"),
      Map.entry("arrow right", "ArrowRight"), Map.entry("right arrow", "ArrowRight"),
      Map.entry("arrowup", "ArrowUp"), Map.entry("arrowdown", "ArrowDown"), Map.entry("arrowleft", "ArrowLeft"),
      Map.entry("arrowright", "ArrowRight"));
  /** Keys that are also common captions of buttons and links ("Delete", "Home"): a control of that name wins. */
  static final Set<String> KEYS_THAT_ARE_CAPTIONS = Set.of("delete", "del", "home", "end", "tab", "space");
  static final Map<String, String> MODIFIERS = Map.of("ctrl", "Control", "control", "Control", "shift", "Shift",
      "alt", "Alt", "option", "Alt", "meta", "Meta", "cmd", "Meta", "command", "Meta");
  /** Containers named in scopes ("in the dialog"), with what to look for. */
  static final List<String> CONTAINER_WORDS = List.of("dialog", "modal", "popup", "pop-up", "pop up", "window",
      "form", "section", "panel", "header", "footer", "sidebar", "side bar", "navigation", "nav bar", "navbar",
      "nav", "menu", "toolbar", "table", "list", "card", "box", "area", "region", "fieldset", "group", "banner",
      "drawer", "tabpanel", "tab panel", "grid", "breadcrumbs", "breadcrumb", "sidebar menu");
  static final List<String> ROW_WORDS = List.of("row", "line", "entry", "item", "card", "listing", "record", "tile",
      "review", "comment", "post", "result", "task", "todo");

  static {
    Object[][] words = {
        {"radio button", ElementKind.RADIO}, {"radio option", ElementKind.RADIO}, {"check box", ElementKind.CHECKBOX},
        {"tick box", ElementKind.CHECKBOX}, {"text field", ElementKind.FIELD}, {"text box", ElementKind.FIELD},
        {"text input", ElementKind.FIELD}, {"input field", ElementKind.FIELD}, {"input box", ElementKind.FIELD},
        {"text area", ElementKind.FIELD}, {"search box", ElementKind.TEXT}, {"search field", ElementKind.FIELD},
        {"drop down menu", ElementKind.DROPDOWN}, {"dropdown menu", ElementKind.DROPDOWN},
        {"drop-down menu", ElementKind.DROPDOWN}, {"drop down list", ElementKind.DROPDOWN},
        {"dropdown list", ElementKind.DROPDOWN}, {"drop down", ElementKind.DROPDOWN},
        {"drop-down", ElementKind.DROPDOWN}, {"select box", ElementKind.DROPDOWN},
        {"select list", ElementKind.DROPDOWN}, {"combo box", ElementKind.DROPDOWN},
        {"menu item", ElementKind.MENU_ITEM}, {"menu entry", ElementKind.MENU_ITEM},
        {"menu option", ElementKind.MENU_ITEM}, {"list item", ElementKind.ITEM}, {"file input", ElementKind.FILE},
        {"file field", ElementKind.FILE}, {"file picker", ElementKind.FILE}, {"upload field", ElementKind.FILE},
        {"button", ElementKind.BUTTON}, {"btn", ElementKind.BUTTON}, {"link", ElementKind.LINK},
        {"hyperlink", ElementKind.LINK}, {"field", ElementKind.FIELD}, {"input", ElementKind.FIELD},
        {"textbox", ElementKind.FIELD}, {"textarea", ElementKind.FIELD}, {"box", ElementKind.TEXT},
        {"checkbox", ElementKind.CHECKBOX}, {"tickbox", ElementKind.CHECKBOX}, {"toggle", ElementKind.CHECKBOX},
        {"switch", ElementKind.CHECKBOX}, {"radio", ElementKind.RADIO}, {"dropdown", ElementKind.DROPDOWN},
        {"select", ElementKind.DROPDOWN}, {"combobox", ElementKind.DROPDOWN}, {"picker", ElementKind.DROPDOWN},
        {"tab", ElementKind.TAB}, {"heading", ElementKind.HEADING}, {"headline", ElementKind.HEADING},
        {"image", ElementKind.IMAGE}, {"picture", ElementKind.IMAGE}, {"photo", ElementKind.IMAGE},
        {"row", ElementKind.ROW}, {"cell", ElementKind.CELL}, {"option", ElementKind.OPTION},
        {"dialog", ElementKind.DIALOG}, {"modal", ElementKind.DIALOG}, {"item", ElementKind.ITEM},
        {"items", ElementKind.ITEM}, {"entry", ElementKind.ITEM}, {"card", ElementKind.CARD}, {"tile", ElementKind.CARD}, {"tiles", ElementKind.CARD},
        {"slider", ElementKind.SLIDER}, {"menu", ElementKind.TEXT}, {"list", ElementKind.TEXT},
        {"filter", ElementKind.TEXT}, {"indicator", ElementKind.TEXT}, {"icon", ElementKind.TEXT}, {"text", ElementKind.TEXT}, {"message", ElementKind.TEXT},
        {"label", ElementKind.TEXT}, {"caption", ElementKind.TEXT}, {"notice", ElementKind.TEXT},
        {"buttons", ElementKind.BUTTON}, {"links", ElementKind.LINK}, {"fields", ElementKind.FIELD},
        {"checkboxes", ElementKind.CHECKBOX}, {"rows", ElementKind.ROW}, {"tabs", ElementKind.TAB},
        {"images", ElementKind.IMAGE}, {"options", ElementKind.OPTION}, {"headings", ElementKind.HEADING},
        {"cards", ElementKind.CARD}, {"entries", ElementKind.ITEM}, {"radios", ElementKind.RADIO},
        {"radio buttons", ElementKind.RADIO}, {"menu items", ElementKind.MENU_ITEM}};
    for (Object[] word : words) {
      ELEMENT_WORDS.put((String) word[0], (ElementKind) word[1]);
    }
  }

  private Lexicon() {
  }

  /** Playwright's name of a key or combination ("ctrl+a" → "Control+a"), or null when it is not one. */
  static String key(String words) {
    String text = words.trim();
    if (KEYS.containsKey(text)) {
      return KEYS.get(text);
    }
    if (text.matches("f([1-9]|1[0-2])")) {
      return text.toUpperCase();
    }
    String[] parts = text.split("\\s*[+-]\\s*");
    if (parts.length < 2) {
      return null;
    }
    StringBuilder combo = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      String name = i < parts.length - 1 ? MODIFIERS.get(part) : MODIFIERS.getOrDefault(part,
          KEYS.getOrDefault(part, part.length() == 1 ? part : null));
      if (name == null) {
        return null;
      }
      combo.append(i == 0 ? "" : "+").append(name);
    }
    return combo.toString();
  }

  /** A count written as digits or a word, or null. */
  static Integer number(String word) {
    if (word.matches("\\d{1,6}")) {
      return Integer.parseInt(word);
    }
    return NUMBERS.get(word);
  }
}
