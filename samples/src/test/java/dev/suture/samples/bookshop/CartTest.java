package dev.suture.samples.bookshop;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.suture.junit.WebTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@WebTest
class CartTest {

  /** The example from Suture's README, word for word. */
  @Test
  void buysABook(Page page) {
    page.navigate("/");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to cart")).click();
    assertThat(page.getByTestId("cart-count")).hasText("1");
  }

  @Test
  void addsBooksFromTheCatalogueList(Page page) {
    page.navigate("/?q=bront");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add Jane Eyre to cart")).click();
    assertThat(page.getByTestId("cart-count")).hasText("1");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add Wuthering Heights to cart")).click();
    assertThat(page.getByTestId("cart-count")).hasText("2");

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cart")).click();
    assertThat(page.getByTestId("cart-line")).hasCount(2);
    assertThat(page.getByTestId("cart-total")).hasText("£18.98");
  }

  @Test
  void updatesAQuantityAndTheTotal(Page page) {
    Shopper.addToCart(page, "emma", 1);
    Shopper.addToCart(page, "dracula", 1);
    page.navigate("/cart.html");

    page.getByRole(AriaRole.SPINBUTTON, new Page.GetByRoleOptions().setName("Quantity of Emma")).fill("2");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Update quantity of Emma")).click();

    assertThat(page.getByTestId("cart-total")).hasText("£24.97");
    assertThat(page.getByTestId("cart-count")).hasText("3");
  }

  @Test
  void removingTheLastBookEmptiesTheCart(Page page) {
    Shopper.addToCart(page, "the-time-machine", 2);
    page.navigate("/cart.html");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove The Time Machine")).click();

    assertThat(page.getByText("Your cart is empty.")).isVisible();
    assertThat(page.getByTestId("cart-count")).hasText("0");
  }
}
