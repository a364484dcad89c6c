package dev.suture.ai.internal.steps;

import dev.suture.ai.StepAction;

/**
 * What an instruction asks for, as the grammar reads it. Most verbs are one {@link StepAction}; a few depend on the
 * element they land on and are settled by grounding ("set the quantity to 3" fills a text box but selects in a
 * dropdown).
 */
enum Verb {
  NAVIGATE(StepAction.NAVIGATE),
  GO_BACK(StepAction.GO_BACK),
  RELOAD(StepAction.RELOAD),
  CLICK(StepAction.CLICK),
  DOUBLE_CLICK(StepAction.DOUBLE_CLICK),
  FILL(StepAction.FILL),
  CLEAR(StepAction.CLEAR),
  SELECT_OPTION(StepAction.SELECT_OPTION),
  CHECK(StepAction.CHECK),
  UNCHECK(StepAction.UNCHECK),
  PRESS(StepAction.PRESS),
  /** "press Delete": a key, unless the page has a control of that name. */
  PRESS_OR_CLICK(null),
  HOVER(StepAction.HOVER),
  UPLOAD_FILE(StepAction.UPLOAD_FILE),
  SCROLL_TO(StepAction.SCROLL_TO),
  WAIT_FOR(StepAction.WAIT_FOR),
  /** "set X to V": fill a text input, select in a dropdown. */
  SET(null),
  /** "select Express": check a radio or checkbox, select an option in its dropdown, or click. */
  CHOOSE(null),
  EXPECT_VISIBLE(StepAction.EXPECT_VISIBLE),
  EXPECT_HIDDEN(StepAction.EXPECT_HIDDEN),
  EXPECT_TEXT(StepAction.EXPECT_TEXT),
  /** "the email says bob": the value of a form control, the text of anything else. */
  EXPECT_TEXT_OR_VALUE(null),
  EXPECT_VALUE(StepAction.EXPECT_VALUE),
  EXPECT_URL(StepAction.EXPECT_URL),
  EXPECT_TITLE(StepAction.EXPECT_TITLE),
  EXPECT_COUNT(StepAction.EXPECT_COUNT),
  EXPECT_ENABLED(StepAction.EXPECT_ENABLED),
  EXPECT_DISABLED(StepAction.EXPECT_DISABLED),
  EXPECT_CHECKED(StepAction.EXPECT_CHECKED),
  EXPECT_UNCHECKED(StepAction.EXPECT_UNCHECKED);

  private final StepAction action;

  Verb(StepAction action) {
    this.action = action;
  }

  /** The action, or null when the element decides it. */
  StepAction action() {
    return action;
  }

  /** Whether the verb needs an element (a navigation, a key press on the page or a page assertion does not). */
  boolean needsTarget() {
    return action == null ? this != PRESS_OR_CLICK : action.needsTarget();
  }
}
