package dev.suture.samples.bookshop;

import com.microsoft.playwright.Page;
import dev.suture.junit.Steps;
import dev.suture.junit.StepsFile;
import dev.suture.junit.WebTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The bookshop tested in plain English: the same journeys as {@link LoginTest} and {@link CartTest}, written as
 * steps. Resolved steps are cached under {@code samples/.suture/steps}, so reruns are deterministic and need no
 * model (a team commits that directory; this repository ignores {@code .suture/} because every run rewrites it).
 */
@WebTest
class PlainEnglishTest {

  @Test
  void signsInInPlainEnglish(Steps steps) {
    steps.run("""
        go to /login.html
        type 'alice' into the user name field
        type 'wonderland' into the password field and click the Sign in button
        check that the page says Signed in as Alice Liddell
        verify the Catalogue heading is visible""");
  }

  @Test
  void addsTwoBooksAndSeesThemInTheCart(Steps steps, Page page) {
    steps.run("go to /?q=bront");
    steps.run("click Add Jane Eyre to cart, then click Add Wuthering Heights to cart");
    steps.run("verify the cart count is 2");
    steps.run("click the Cart link");
    assertThat(page.getByTestId("cart-line")).hasCount(2);
  }

  @Test
  @StepsFile("wrong-password.steps")
  void rejectsAWrongPasswordFromAScript() {
  }
}
