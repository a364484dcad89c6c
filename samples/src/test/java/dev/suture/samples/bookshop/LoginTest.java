package dev.suture.samples.bookshop;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.suture.junit.WebTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@WebTest
class LoginTest {

  @Test
  void signsInAndGreetsTheUser(Page page) {
    page.navigate("/login.html");
    page.getByLabel("User name").fill("alice");
    page.getByLabel("Password").fill("wonderland");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

    assertThat(page.getByText("Signed in as Alice Liddell")).isVisible();
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Catalogue"))).isVisible();
  }

  @Test
  void rejectsAWrongPassword(Page page) {
    page.navigate("/login.html");
    page.getByLabel("User name").fill("alice");
    page.getByLabel("Password").fill("looking-glass");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

    assertThat(page.getByRole(AriaRole.ALERT)).hasText("The user name or password is not correct.");
    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
  }

  @Test
  void asksForBothFieldsBeforeSending(Page page) {
    page.navigate("/login.html");
    page.getByLabel("User name").fill("bob");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

    assertThat(page.getByRole(AriaRole.ALERT)).hasText("Enter your user name and password.");
  }

  @Test
  void signsOut(Page page) {
    Shopper.signIn(page, "bob", "builder");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
    assertThat(page.getByText("Signed in as")).hasCount(0);
  }
}
