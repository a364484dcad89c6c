package dev.suture.ai.internal.steps;

import dev.suture.ai.internal.Texts;
import dev.suture.core.ElementFingerprint;

import java.util.ArrayList;
import java.util.List;

/**
 * The texts that name one element, each with a weight for how directly it names it: its accessible name and label
 * fully, its placeholder and title nearly, its id and classes less, and the texts beside it least.
 */
final class ElementTexts {
  /** One naming text, tokenised once per snapshot. */
  record Named(String source, String text, List<String> words, String joined, double weight, List<String> bare) {
  }

  private static final java.util.Set<String> LANDMARK_TAGS = java.util.Set.of("footer", "header", "nav", "main",
      "aside", "form", "table", "dialog");

  private final List<Named> names = new ArrayList<>();
  private final boolean dropNumbers;

  ElementTexts(ElementFingerprint e) {
    // Counts on controls ("Cart (2)", "Reviews (3)") are not part of their name: "the cart" is "Cart (2)".
    this.dropNumbers = Elements.isInteractive(e);
    add("name", e.accessibleName(), 1.0);
    if (LANDMARK_TAGS.contains(e.tag())) {
      add("tag", e.tag(), 0.9); // "the footer", "the table", "the form"
    }
    add("label", e.labelText(), 1.0);
    add("aria-label", e.ariaLabel(), 1.0);
    add("placeholder", e.placeholder(), 0.95);
    add("alt", e.alt(), 0.95);
    add("title", e.title(), 0.9);
    if (e.text() != null && e.text().length() <= 80) {
      add("text", e.text(), 1.0);
    }
    if (Elements.isTextInput(e) || Elements.isSelect(e) || Elements.isCheckable(e)) {
      for (String neighbor : e.neighborTexts()) {
        add("nearby text", neighbor, 0.8);
      }
    } else if (e.value() != null) {
      add("value", e.value(), 1.0);
    }
    add("test id", e.testId(), 0.85);
    if (!Texts.looksGenerated(e.id())) {
      add("id", e.id(), 0.8);
    }
    add("name attribute", e.name(), 0.8);
    if ("submit".equalsIgnoreCase(e.type())) {
      add("type", "submit", 0.7);
    }
    for (String cls : e.classes()) {
      if (!Texts.looksGenerated(cls)) {
        add("class", cls, 0.6);
      }
    }
  }

  private void add(String source, String text, double weight) {
    if (text == null || text.isBlank()) {
      return;
    }
    List<String> words = Words.of(text);
    List<String> bare = words;
    if (dropNumbers && words.size() > 1 && !isNumber(words.get(0))) {
      bare = new ArrayList<>(words);
      bare.removeIf(ElementTexts::isNumber);
    }
    if (!words.isEmpty()) {
      names.add(new Named(source, text, words, String.join("", words), weight, bare));
    }
  }

  private static boolean isNumber(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isDigit(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  List<Named> names() {
    return names;
  }
}
