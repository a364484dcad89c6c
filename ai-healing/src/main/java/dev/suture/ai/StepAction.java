package dev.suture.ai;

/**
 * What a plain-English step does, once resolved. Each constant names the Playwright call it becomes; the step
 * language documented in the module README lists the phrasings that lead to each.
 */
public enum StepAction {
  /** {@code page.navigate(value)}: value is an absolute URL or a path resolved against the current page. */
  NAVIGATE("navigate", false),
  /** {@code page.goBack()}. */
  GO_BACK("go back", false),
  /** {@code page.reload()}. */
  RELOAD("reload", false),
  CLICK("click", true),
  DOUBLE_CLICK("double-click", true),
  /** {@code locator.fill(value)}. */
  FILL("fill", true),
  CLEAR("clear", true),
  /** {@code locator.selectOption(label)}: value is the option's label (or value). */
  SELECT_OPTION("select option", true),
  CHECK("check", true),
  UNCHECK("uncheck", true),
  /** {@code locator.press(key)} or, with no target, {@code page.keyboard().press(key)}. */
  PRESS("press", false),
  HOVER("hover", true),
  /** {@code locator.setInputFiles(path)}: value is the file path. */
  UPLOAD_FILE("upload file", true),
  SCROLL_TO("scroll to", true),
  /** With a target: wait until it is visible (value {@code visible}) or hidden ({@code hidden}); without one: value
   * is a pause in milliseconds. */
  WAIT_FOR("wait for", false),
  EXPECT_VISIBLE("expect visible", true),
  EXPECT_HIDDEN("expect hidden", true),
  /** With a target: the element contains the text; without one: the page does. */
  EXPECT_TEXT("expect text", false),
  EXPECT_VALUE("expect value", true),
  /** The URL contains value. */
  EXPECT_URL("expect URL", false),
  /** The title contains value. */
  EXPECT_TITLE("expect title", false),
  /** The target locator matches value elements. */
  EXPECT_COUNT("expect count", true),
  EXPECT_ENABLED("expect enabled", true),
  EXPECT_DISABLED("expect disabled", true),
  EXPECT_CHECKED("expect checked", true),
  EXPECT_UNCHECKED("expect unchecked", true);

  private final String label;
  private final boolean needsTarget;

  StepAction(String label, boolean needsTarget) {
    this.label = label;
    this.needsTarget = needsTarget;
  }

  /** The human name used in reports: {@code select option}, {@code expect text}. */
  public String label() {
    return label;
  }

  /** Whether the action always acts on an element. */
  public boolean needsTarget() {
    return needsTarget;
  }

  /** Whether this is an assertion rather than an action. */
  public boolean isAssertion() {
    return name().startsWith("EXPECT_");
  }
}
