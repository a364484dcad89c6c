package dev.suture.samples.bookshop;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.suture.junit.WebTest;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@WebTest
class CheckoutTest {

  @Test
  void asksToSignInFirstAndComesBack(Page page) {
    Shopper.addToCart(page, "frankenstein", 1);
    page.navigate("/checkout.html");
    assertThat(page).hasURL(Pattern.compile("login\\.html\\?next=checkout\\.html$"));

    page.getByLabel("User name").fill("alice");
    page.getByLabel("Password").fill("wonderland");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Checkout"))).isVisible();
    assertThat(page.getByTestId("checkout-total")).hasText("£7.99");
  }

  @Test
  void showsEveryClientSideErrorBeforeSending(Page page) {
    Shopper.openCheckoutWith(page, "emma");
    page.getByLabel("Full name").clear();
    Shopper.placeOrder(page);

    assertThat(page.getByRole(AriaRole.ALERT)).containsText("There is a problem");
    assertThat(page.getByRole(AriaRole.ALERT).getByRole(AriaRole.LISTITEM)).hasCount(8);
    assertThat(page.getByLabel("Full name")).hasAccessibleDescription("Enter your full name");
    assertThat(page.getByLabel("Email")).hasAttribute("aria-invalid", "true");
    assertThat(page.getByLabel("Card number")).hasAccessibleDescription("Enter the 16 digits of your card number");
  }

  @Test
  void fixingAFieldClearsItsError(Page page) {
    Shopper.openCheckoutWith(page, "emma");
    Shopper.fillDelivery(page);
    page.getByLabel("Email").fill("alice.example.org");
    Shopper.fillPayment(page, Shopper.CARD, "12/39");
    Shopper.placeOrder(page);
    assertThat(page.getByLabel("Email")).hasAccessibleDescription("Enter an email address like name@example.com");
    assertThat(page.getByRole(AriaRole.ALERT).getByRole(AriaRole.LISTITEM)).hasCount(1);

    page.getByLabel("Email").fill("alice@example.org");
    page.getByLabel("Expiry date").fill("01/20");
    Shopper.placeOrder(page);
    assertThat(page.getByLabel("Email")).hasAttribute("aria-invalid", "false");
    assertThat(page.getByLabel("Expiry date")).hasAccessibleDescription("This card has expired");
  }

  @Test
  void serverRejectsACardWithAWrongCheckDigit(Page page) {
    Shopper.openCheckoutWith(page, "persuasion");
    Shopper.fillDelivery(page);
    // 16 digits pass the page's own check; only the server tests the Luhn check digit.
    Shopper.fillPayment(page, "4111 1111 1111 1112", "12/39");
    Shopper.placeOrder(page);

    assertThat(page.getByLabel("Card number"))
        .hasAccessibleDescription("This card number is not valid: check it and try again");
    assertThat(page.getByRole(AriaRole.ALERT)).containsText("This card number is not valid");
    assertThat(page).hasURL(Pattern.compile("checkout\\.html$"));
  }
}
