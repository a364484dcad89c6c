package dev.suture.samples.bookshop;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.suture.junit.WebTest;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@WebTest
class CatalogueTest {

  @Test
  void firstPageListsTenBooksInTitleOrder(Page page) {
    page.navigate("/");

    Locator books = page.getByTestId("book-card");
    assertThat(books).hasCount(10);
    assertThat(books.first()).containsText("A Tale of Two Cities");
    assertThat(page.getByText("34 books")).isVisible();
    assertThat(page.getByText("Page 1 of 4")).isVisible();
  }

  @Test
  void nextAndPreviousMoveThroughThePages(Page page) {
    page.navigate("/");
    Locator next = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next"));
    for (int pageNumber = 2; pageNumber <= 4; pageNumber++) {
      next.click();
      assertThat(page.getByText("Page " + pageNumber + " of 4")).isVisible();
    }
    assertThat(page).hasURL(Pattern.compile("page=4"));
    assertThat(page.getByTestId("book-card")).hasCount(4);
    assertThat(next).hasCount(0);

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Previous")).click();
    assertThat(page.getByText("Page 3 of 4")).isVisible();
  }

  @Test
  void searchFindsBooksByAuthor(Page page) {
    page.navigate("/");
    page.getByLabel("Search books").fill("dickens");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();

    assertThat(page.getByText("3 books found for “dickens”.")).isVisible();
    assertThat(page.getByTestId("book-card")).hasCount(3);
    assertThat(page.getByTestId("book-card")).containsText(
        new String[] {"A Tale of Two Cities", "Bleak House", "Great Expectations"});
  }

  @Test
  void searchWithoutMatchesSaysSo(Page page) {
    page.navigate("/?q=zebra");

    assertThat(page.getByText("No books match “zebra”.")).isVisible();
    assertThat(page.getByTestId("book-card")).hasCount(0);
    assertThat(page.getByLabel("Search books")).hasValue("zebra");
  }
}
