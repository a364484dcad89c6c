package dev.suture.ai.internal.steps;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import dev.suture.ai.PlannedStep;

import java.net.URI;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Runs a {@link PlannedStep} with Playwright; assertions use Playwright's retrying assertions. */
final class StepExecutor {
  private final Path filesDir;

  StepExecutor(Path filesDir) {
    this.filesDir = filesDir;
  }

  void execute(Page page, PlannedStep step) {
    Locator target = step.locator() == null ? null : page.locator(step.locator());
    String value = step.value();
    switch (step.action()) {
      case NAVIGATE -> page.navigate(resolveUrl(page, value));
      case GO_BACK -> page.goBack();
      case RELOAD -> page.reload();
      case CLICK -> target.click();
      case DOUBLE_CLICK -> target.dblclick();
      case FILL -> target.fill(value);
      case CLEAR -> target.clear();
      case SELECT_OPTION -> target.selectOption(value);
      case CHECK -> target.check();
      case UNCHECK -> target.uncheck();
      case PRESS -> {
        if (target == null) {
          page.keyboard().press(value);
        } else {
          target.press(value);
        }
      }
      case HOVER -> target.hover();
      case UPLOAD_FILE -> target.setInputFiles(filesDir.resolve(value));
      case SCROLL_TO -> target.scrollIntoViewIfNeeded();
      case WAIT_FOR -> {
        if (target == null) {
          page.waitForTimeout(Double.parseDouble(value));
        } else {
          target.waitFor(new Locator.WaitForOptions().setState("hidden".equals(value)
              ? WaitForSelectorState.HIDDEN : WaitForSelectorState.VISIBLE));
        }
      }
      case EXPECT_VISIBLE -> assertThat(target).isVisible();
      case EXPECT_HIDDEN -> assertThat(target).isHidden();
      case EXPECT_TEXT -> assertThat(target == null ? page.locator("body") : target).containsText(value);
      case EXPECT_VALUE -> assertThat(target).hasValue(value);
      case EXPECT_URL -> assertThat(page).hasURL(contains(value));
      case EXPECT_TITLE -> assertThat(page).hasTitle(contains(value));
      case EXPECT_COUNT -> assertThat(target).hasCount(Integer.parseInt(value));
      case EXPECT_ENABLED -> assertThat(target).isEnabled();
      case EXPECT_DISABLED -> assertThat(target).isDisabled();
      case EXPECT_CHECKED -> assertThat(target).isChecked();
      case EXPECT_UNCHECKED -> assertThat(target).not().isChecked();
      default -> throw new IllegalStateException("No executor for " + step.action());
    }
  }

  /**
   * "Contains" as a pattern. Playwright hands the pattern's source to the browser as a JavaScript regular expression,
   * which has no {@code \\Q...\\E}, so each special character is escaped instead of using {@link Pattern#quote}.
   */
  static Pattern contains(String value) {
    return Pattern.compile(value.replaceAll("[\\\\^$.|?*+()\\[\\]{}/-]", "\\\\$0"));
  }

  /** A path ("/login") is resolved against the current page when the context has no base URL to do it. */
  private static String resolveUrl(Page page, String value) {
    if (value.matches("(?i)[a-z][a-z0-9+.-]*://.*")) {
      return value;
    }
    if (value.matches("(?i)(www\\.|localhost).*") || value.matches("[\\w.-]+\\.[a-z]{2,}(/.*)?")) {
      return "http://" + value;
    }
    String current = page.url();
    if (current != null && current.matches("(?i)https?://.*")) {
      return URI.create(current).resolve(value).toString();
    }
    return value; // the context's base URL, if any, resolves it
  }
}
