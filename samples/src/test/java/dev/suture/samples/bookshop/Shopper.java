package dev.suture.samples.bookshop;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Steps that several sample tests share, written the way a test author would write them. */
final class Shopper {
  static final String CARD = "4111 1111 1111 1111";

  private Shopper() {
  }

  static void signIn(Page page, String username, String password) {
    page.navigate("/login.html");
    page.getByLabel("User name").fill(username);
    page.getByLabel("Password").fill(password);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    assertThat(page.getByText("Signed in as")).isVisible();
  }

  static void signInAsAlice(Page page) {
    signIn(page, "alice", "wonderland");
  }

  /** Adds copies of a book from its product page and waits until the cart has taken them. */
  static void addToCart(Page page, String bookId, int quantity) {
    page.navigate("/book.html?id=" + bookId);
    page.getByLabel("Quantity").fill(String.valueOf(quantity));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to cart")).click();
    assertThat(page.getByRole(AriaRole.STATUS)).containsText("to your cart");
  }

  /** Signs in, puts one book in the cart and opens the checkout form. */
  static void openCheckoutWith(Page page, String bookId) {
    signInAsAlice(page);
    addToCart(page, bookId, 1);
    page.navigate("/checkout.html");
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Checkout"))).isVisible();
  }

  static void fillDelivery(Page page) {
    page.getByLabel("Full name").fill("Alice Liddell");
    page.getByLabel("Email").fill("alice@example.org");
    page.getByLabel("Street address").fill("7 Rabbit Hole Lane");
    page.getByLabel("Town or city").fill("Oxford");
    page.getByLabel("Postcode").fill("OX1 1DP");
    page.getByLabel("Country").selectOption("United Kingdom");
  }

  static void fillPayment(Page page, String card, String expiry) {
    page.getByLabel("Card number").fill(card);
    page.getByLabel("Expiry date").fill(expiry);
  }

  static void placeOrder(Page page) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place order")).click();
  }
}
