package dev.suture.ai.internal.steps;

import com.microsoft.playwright.Page;
import dev.suture.ai.PlannedStep;
import dev.suture.ai.StepAction;
import dev.suture.ai.StepPlanner;
import dev.suture.ai.StepRefusedException;
import dev.suture.core.BrowserFixture;
import dev.suture.core.PageSnapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The offline planner grounding instructions on snapshots of real pages in Chromium. */
class GroundingTest {
  private static final String SHOP = """
      <html><head><title>Paper Lantern</title></head><body>
      <nav><a href="/">Home</a> <a href="/cart" id="cart-link">Cart (2)</a> <a href="/login">Log in</a></nav>
      <h1>Books</h1>
      <input type="search" placeholder="Search books" id="q">
      <ul id="books">
        <li class="book"><h3>Dune</h3><span class="price">$9.99</span><button class="add">Add to cart</button>
            <label><input type="checkbox" name="pick" value="dune"> Compare</label></li>
        <li class="book"><h3>Emma</h3><span class="price">$7.50</span><button class="add">Add to cart</button>
            <label><input type="checkbox" name="pick" value="emma"> Compare</label></li>
        <li class="book"><h3>Dune Messiah</h3><span class="price">$8.00</span><button class="add">Add to cart</button>
            <label><input type="checkbox" name="pick" value="messiah"> Compare</label></li>
      </ul>
      <form id="login">
        <label for="email">Email address</label><input id="email" type="email">
        <label for="pw">Password</label><input id="pw" type="password">
        <label><input type="checkbox" id="remember"> Remember me</label>
        <select id="country" aria-label="Country"><option>Canada</option><option>France</option></select>
        <button type="submit" id="signin">Sign in</button>
      </form>
      <div role="dialog" aria-label="Confirm"><p>Delete this?</p><button id="ok">Delete</button>
        <button id="cancel">Cancel</button></div>
      <button id="delete-all">Delete</button>
      <p class="error" style="display:none">Wrong password</p>
      <div class="summary"><span>Total</span> <span id="total">$17.49</span></div>
      </body></html>""";

  @RegisterExtension
  static final BrowserFixture browser = new BrowserFixture();
  private static Page page;
  private static PageSnapshot snapshot;

  @BeforeAll
  static void capture() {
    page = browser.newPage();
    page.setContent(SHOP);
    snapshot = PageSnapshot.capture(page);
  }

  @AfterAll
  static void close() {
    page.close();
  }

  private static PlannedStep one(String instruction) {
    List<PlannedStep> steps = StepPlanner.offline().plan(instruction, snapshot);
    assertThat(steps).hasSize(1);
    return steps.get(0);
  }

  private static String idOf(PlannedStep step) {
    return step.target() == null ? null : step.target().id();
  }

  @Test
  void fillsByLabel() {
    PlannedStep step = one("type 'bob@example.com' into the email field");
    assertThat(step.action()).isEqualTo(StepAction.FILL);
    assertThat(step.value()).isEqualTo("bob@example.com");
    assertThat(step.locator()).isEqualTo("#email");
    assertThat(idOf(one("enter s3cret as the password"))).isEqualTo("pw");
  }

  @Test
  void clicksByNameAndRefusesTies() {
    assertThat(idOf(one("click Sign in"))).isEqualTo("signin");
    assertThat(idOf(one("clik the sing in button"))).isEqualTo("signin");
    assertThat(one("go to the cart").target().id()).isEqualTo("cart-link");
    assertThatThrownBy(() -> one("click Add to cart")).isInstanceOf(StepRefusedException.class)
        .hasMessageContaining("3 elements match about equally well");
    assertThatThrownBy(() -> one("click Delete")).isInstanceOf(StepRefusedException.class)
        .hasMessageContaining("2 elements match");
  }

  @Test
  void scopesOrdinalsAndRows() {
    assertThat(idOf(one("click Delete in the dialog"))).isEqualTo("ok");
    assertThat(one("click Add to cart in the row for Emma").target().xpath()).contains("li[2]");
    assertThat(one("click the second Add to cart button").target().xpath()).contains("li[2]");
    assertThat(one("click the last Add to cart button").target().xpath()).contains("li[3]");
    assertThat(one("click Add to cart for Dune").target().xpath()).contains("li[1]");
    assertThat(one("type 'x' into the field next to Password").target().id()).isEqualTo("pw");
  }

  @Test
  void checksListsAndSelects() {
    List<PlannedStep> steps = StepPlanner.offline().plan("check Compare in the row for Dune and Remember me, then"
        + " click Sign in", snapshot);
    assertThat(steps).extracting(PlannedStep::action)
        .containsExactly(StepAction.CHECK, StepAction.CHECK, StepAction.CLICK);
    PlannedStep select = one("select France from the country dropdown");
    assertThat(select.action()).isEqualTo(StepAction.SELECT_OPTION);
    assertThat(select.value()).isEqualTo("France");
    assertThat(one("choose France").action()).isEqualTo(StepAction.SELECT_OPTION);
  }

  @Test
  void assertions() {
    assertThat(one("check that the page says Welcome").action()).isEqualTo(StepAction.EXPECT_TEXT);
    PlannedStep total = one("verify the total is $17.49");
    assertThat(total.action()).isEqualTo(StepAction.EXPECT_TEXT);
    assertThat(idOf(total)).isEqualTo("total");
    assertThat(one("the error should not be visible").action()).isEqualTo(StepAction.EXPECT_HIDDEN);
    PlannedStep count = one("there should be 3 Add to cart buttons");
    assertThat(count.action()).isEqualTo(StepAction.EXPECT_COUNT);
    assertThat(page.locator(count.locator()).count()).isEqualTo(3);
    assertThat(one("verify that the remember me box is not checked").action())
        .isEqualTo(StepAction.EXPECT_UNCHECKED);
  }

  @Test
  void refusesOpposites() {
    assertThatThrownBy(() -> one("click Log out")).isInstanceOf(StepRefusedException.class);
    assertThatThrownBy(() -> one("fly to the moon")).isInstanceOf(StepRefusedException.class);
  }
}
