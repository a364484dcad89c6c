package dev.suture.samples.bookshop;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.suture.junit.WebTest;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@WebTest
class OrderConfirmationTest {

  @Test
  void placesAnOrderAndConfirmsIt(Page page) {
    Shopper.openCheckoutWith(page, "pride-and-prejudice");
    Shopper.fillDelivery(page);
    Shopper.fillPayment(page, Shopper.CARD, "12/39");
    Shopper.placeOrder(page);

    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Thank you for your order")))
        .isVisible();
    assertThat(page.getByTestId("order-number")).hasText(Pattern.compile("BK-\\d{4,}"));
    assertThat(page.getByTestId("order-total")).hasText("£8.99");
    assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Ordered books")))
        .hasText("1 × Pride and Prejudice — £8.99");
    assertThat(page.getByText("7 Rabbit Hole Lane, Oxford OX1 1DP, United Kingdom")).isVisible();
  }

  @Test
  void emptiesTheCartOnceOrdered(Page page) {
    Shopper.openCheckoutWith(page, "treasure-island");
    Shopper.fillDelivery(page);
    Shopper.fillPayment(page, Shopper.CARD, "12/39");
    Shopper.placeOrder(page);
    assertThat(page.getByTestId("order-number")).isVisible();

    assertThat(page.getByTestId("cart-count")).hasText("0");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cart")).click();
    assertThat(page.getByText("Your cart is empty.")).isVisible();
  }
}
