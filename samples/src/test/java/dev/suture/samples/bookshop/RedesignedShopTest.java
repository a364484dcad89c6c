package dev.suture.samples.bookshop;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.suture.junit.WebTest;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The redesigned shop under {@code /v2/} works end to end, written against its own markup. The other tests, written
 * against version 1, are what self-healing has to carry over to this version.
 */
@WebTest
class RedesignedShopTest {

  @Test
  void addsTheStaffPickToTheBasket(Page page) {
    page.navigate("/v2/");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to basket").setExact(true)).click();

    assertThat(page.getByTestId("basket-count")).hasText("1");
    assertThat(page.getByText("Showing 34 titles")).isVisible();
    assertThat(page.getByTestId("product-tile")).hasCount(10);
  }

  @Test
  void buysABookOnTheRedesignedPages(Page page) {
    page.navigate("/v2/login.html");
    page.getByLabel("Username").fill("bob");
    page.getByLabel("Password").fill("builder");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    assertThat(page.getByText("Hello, Bob Builder")).isVisible();

    page.navigate("/v2/book.html?id=dracula");
    page.getByLabel("How many?").fill("2");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to basket")).click();
    assertThat(page.getByTestId("basket-count")).hasText("2");

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Basket")).click();
    assertThat(page.getByTestId("basket-total")).hasText("£17.98");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to checkout")).click();

    page.getByLabel("Email address").fill("bob@example.org");
    page.getByLabel("Address line").fill("1 Site Road");
    page.getByLabel("City").fill("Leeds");
    page.getByLabel("Post code").fill("LS1 4AP");
    page.getByLabel("Country / region").selectOption("United Kingdom");
    page.getByLabel("Card").fill("4111111111111111");
    page.getByLabel("Expires (MM/YY)").fill("12/39");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay now")).click();

    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Order confirmed"))).isVisible();
    assertThat(page.getByTestId("confirmation-number")).hasText(Pattern.compile("BK-\\d{4,}"));
    assertThat(page.getByTestId("amount-charged")).hasText("£17.98");
    assertThat(page.getByTestId("basket-count")).hasText("0");
  }
}
