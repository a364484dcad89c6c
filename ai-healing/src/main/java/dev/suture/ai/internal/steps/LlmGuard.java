package dev.suture.ai.internal.steps;

import dev.suture.ai.StepAction;
import dev.suture.ai.TextSimilarity;
import dev.suture.core.ElementFingerprint;

import java.util.List;
import java.util.Set;

/**
 * Checks one step an LLM proposed before anything runs: the action fits the element, a value is there when the action
 * needs one, and the element is one the step's own words point at. An element with a destructive caption (Delete,
 * Pay, Log out, ...) must be named by the step in so many words; page text that talks the model into it gets no
 * further than here.
 */
final class LlmGuard {
  private static final Set<String> DESTRUCTIVE = Set.of("delete", "remove", "destroy", "erase", "drop", "pay",
      "buy", "purchase", "transfer", "logout", "signout", "out", "unsubscribe", "deactivate", "wipe");
  private static final double RELATED = 0.5;

  private final TextSimilarity similarity;

  LlmGuard(TextSimilarity similarity) {
    this.similarity = similarity;
  }

  /** Null when the step may run; otherwise why not. */
  String check(String instruction, StepAction action, String value, ElementFingerprint e, ElementTexts texts) {
    String fit = fits(action, value, e);
    if (fit != null) {
      return fit;
    }
    List<String> said = Words.of(instruction);
    boolean mentioned = false;
    double related = 0;
    for (ElementTexts.Named name : texts.names()) {
      for (String word : name.words()) {
        if (word.length() > 2 && said.stream().anyMatch(s -> s.equals(word) || Words.oneTypoApart(s, word))) {
          mentioned = true;
        }
      }
      if (name.weight() >= 0.9 && name.words().size() <= 8) {
        related = Math.max(related, similarity.similarity(instruction, name.text()));
      }
    }
    List<String> caption = Words.of(e.accessibleName() == null ? e.text() : e.accessibleName());
    boolean destructive = caption.stream().anyMatch(DESTRUCTIVE::contains);
    if (destructive && !caption.stream().filter(DESTRUCTIVE::contains).allMatch(said::contains)) {
      return "it chose " + e.describe() + ", a destructive control the step does not name";
    }
    if (!mentioned && related < RELATED && action != StepAction.EXPECT_TEXT) {
      return "it chose " + e.describe() + ", which nothing in the step refers to";
    }
    return null;
  }

  /** Whether the element is a destructive control that the goal does not name. */
  boolean destructiveUnasked(ElementFingerprint e, String goal) {
    List<String> caption = Words.of(e.accessibleName() == null ? e.text() : e.accessibleName());
    List<String> asked = Words.of(goal);
    return caption.stream().filter(DESTRUCTIVE::contains).anyMatch(w -> !asked.contains(w));
  }

  private static String fits(StepAction action, String value, ElementFingerprint e) {
    boolean needsValue = switch (action) {
      case FILL, SELECT_OPTION, PRESS, UPLOAD_FILE, NAVIGATE, EXPECT_VALUE, EXPECT_URL, EXPECT_TITLE, EXPECT_COUNT
          -> true;
      default -> false;
    };
    if (needsValue && (value == null || value.isEmpty())) {
      return action.label() + " needs a value, and the answer gives none";
    }
    return switch (action) {
      case FILL, CLEAR -> Elements.isTextInput(e) ? null : e.describe() + " does not take typed text";
      case SELECT_OPTION -> Elements.isSelect(e) ? null : e.describe() + " is not a dropdown";
      case CHECK, UNCHECK, EXPECT_CHECKED, EXPECT_UNCHECKED -> Elements.isCheckable(e) ? null
          : e.describe() + " is not a checkbox or radio button";
      case UPLOAD_FILE -> Elements.isFileInput(e) ? null : e.describe() + " is not a file input";
      default -> null;
    };
  }
}
