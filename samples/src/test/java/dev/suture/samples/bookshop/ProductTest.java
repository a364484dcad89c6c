package dev.suture.samples.bookshop;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.suture.junit.WebTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@WebTest
class ProductTest {

  @Test
  void opensABookFromTheCatalogue(Page page) {
    page.navigate("/?q=melville");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Moby-Dick")).click();

    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Moby-Dick").setLevel(1)))
        .isVisible();
    assertThat(page.getByText("by Herman Melville, 1851")).isVisible();
    assertThat(page.getByTestId("book-price")).hasText("£11.99");
    assertThat(page).hasTitle("Moby-Dick · Paper Lantern Books");
  }

  @Test
  void addsSeveralCopiesToTheCart(Page page) {
    page.navigate("/book.html?id=emma");
    page.getByLabel("Quantity").fill("3");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to cart")).click();

    assertThat(page.getByRole(AriaRole.STATUS)).hasText("Added 3 × Emma to your cart.");
    assertThat(page.getByTestId("cart-count")).hasText("3");
  }

  @Test
  void refusesMoreThanTenCopies(Page page) {
    page.navigate("/book.html?id=dracula");
    page.getByLabel("Quantity").fill("11");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to cart")).click();

    assertThat(page.getByRole(AriaRole.ALERT)).hasText("Choose a quantity from 1 to 10.");
    assertThat(page.getByTestId("cart-count")).hasText("0");
  }

  @Test
  void unknownBookSaysNotFound(Page page) {
    page.navigate("/book.html?id=no-such-book");

    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Book not found"))).isVisible();
  }
}
