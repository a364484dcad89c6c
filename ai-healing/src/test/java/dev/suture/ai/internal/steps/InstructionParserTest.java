package dev.suture.ai.internal.steps;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstructionParserTest {
  /** verb | value | target text | kind | ordinal | scope type:container:text */
  static String describe(Intent intent) {
    Intent.Target t = intent.target();
    String target = t == null ? "-" : t.text() + "|" + (t.kind() == null ? "" : t.kind()) + "|" + t.ordinal() + "|"
        + (t.scope() == null ? "" : t.scope().type() + ":" + t.scope().container() + ":" + t.scope().text());
    return intent.verb() + "|" + (intent.value() == null ? "" : intent.value()) + "|" + target;
  }

  static String parse(String instruction) {
    return InstructionParser.parse(instruction).stream().map(InstructionParserTest::describe)
        .collect(Collectors.joining(" ;; "));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "type 'bob@example.com' into the email field # FILL|bob@example.com|email|FIELD|0|",
      "Type bob@example.com in the Email field # FILL|bob@example.com|email|FIELD|0|",
      "enter \"Bob Smith\" as the full name # FILL|Bob Smith|full name||0|",
      "fill the password with 's3cret!' # FILL|s3cret!|password||0|",
      "Fill in the user name field with Bob # FILL|Bob|user name|FIELD|0|",
      "set the quantity to 3 # SET|3|quantity||0|",
      "click Sign in # CLICK||sign in||0|",
      "Click on the 'Sign in' button # CLICK||Sign in|BUTTON|0|",
      "clik the login button # CLICK||login|BUTTON|0|",
      "The user clicks Checkout # CLICK||checkout||0|",
      "press Enter # PRESS|Enter|-",
      "hit the Enter key in the search box # PRESS|Enter|search|FIELD|0|",
      "press ctrl+a # PRESS|Control+a|-",
      "press Delete # PRESS_OR_CLICK|Delete|delete||0|",
      "press the Delete button # CLICK||delete|BUTTON|0|",
      "select 'Express' from the shipping dropdown # SELECT_OPTION|Express|shipping|DROPDOWN|0|",
      "choose Canada in the Country select # SELECT_OPTION|Canada|country|DROPDOWN|0|",
      "choose Express shipping # CHOOSE||express shipping||0|",
      "check the remember me checkbox # CHECK||remember me|CHECKBOX|0|",
      "tick 'I agree to the terms' # CHECK||I agree to the terms||0|",
      "uncheck newsletter # UNCHECK||newsletter||0|",
      "double-click the title # DOUBLE_CLICK||title||0|",
      "hover over the Account menu # HOVER||account|TEXT|0|",
      "upload cover.png to the cover image field # UPLOAD_FILE|cover.png|cover image|FIELD|0|",
      "attach the file 'report.pdf' # UPLOAD_FILE|report.pdf|-",
      "scroll to the footer # SCROLL_TO||footer||0|",
      "wait for the spinner to disappear # WAIT_FOR|hidden|spinner||0|",
      "wait until the results appear # WAIT_FOR|visible|results||0|",
      "wait 2 seconds # WAIT_FOR|2000|-",
      "go to /login # NAVIGATE|/login|-",
      "open https://example.com/shop?q=a # NAVIGATE|https://example.com/shop?q=a|-",
      "navigate to the cart # CLICK||cart||0|",
      "go back # GO_BACK||-",
      "refresh the page # RELOAD||-",
      "clear the search field # CLEAR||search|FIELD|0|",
      "click the second link # CLICK|||LINK|2|",
      "click the 3rd Add to cart button # CLICK||add to cart|BUTTON|3|",
      "click the last row # CLICK|||ROW|-1|",
      "click Delete in the dialog # CLICK||delete||0|CONTAINER:dialog:",
      "click Save in the Edit profile dialog # CLICK||save||0|CONTAINER:dialog:edit profile",
      "click Add to cart in the row for Dune # CLICK||add to cart||0|ROW:row:dune",
      "click the Add to cart button for Emma # CLICK||add to cart|BUTTON|0|ROW:row:emma",
      "click Edit in Dune's row # CLICK||edit||0|ROW:row:dune",
      "type 5 into the field next to Password # FILL|5||FIELD|0|NEAR:near:password",
      "click the checkbox for Dune # CLICK||dune|CHECKBOX|0|",
      "close the dialog # CLICK||close||0|CONTAINER:dialog:",
      "submit the form # CLICK||submit|BUTTON|0|",
      "search for dune # FILL|dune|search|FIELD|0|",
  })
  void parsesActions(String instruction, String expected) {
    assertThat(parse(instruction)).isEqualTo(expected.trim());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "check that the page says Welcome, Bob # EXPECT_TEXT|Welcome, Bob|-",
      "check that the page says The password is wrong # EXPECT_TEXT|The password is wrong|-",
      "verify the page shows the text 'Saved' # EXPECT_TEXT|Saved|-",
      "verify the page shows 'Order placed' # EXPECT_TEXT|Order placed|-",
      "I should see 'Welcome back' # EXPECT_TEXT|Welcome back|-",
      "the Sign in button should be visible # EXPECT_VISIBLE||sign in|BUTTON|0|",
      "verify that the error message is not visible # EXPECT_HIDDEN||error|TEXT|0|",
      "make sure the Submit button is disabled # EXPECT_DISABLED||submit|BUTTON|0|",
      "assert the Buy button is enabled # EXPECT_ENABLED||buy|BUTTON|0|",
      "check that remember me is checked # EXPECT_CHECKED||remember me||0|",
      "ensure newsletter is not checked # EXPECT_UNCHECKED||newsletter||0|",
      "the url should contain /cart # EXPECT_URL|/cart|-",
      "verify I am on the checkout page # EXPECT_URL|checkout|-",
      "the title should be 'Bookshop' # EXPECT_TITLE|Bookshop|-",
      "there should be 3 items in the cart # EXPECT_COUNT|3||ITEM|0|CONTAINER:loose:cart",
      "verify that the email field has value bob@example.com # EXPECT_VALUE|bob@example.com|email|FIELD|0|",
      "the total should say $12.50 # EXPECT_TEXT_OR_VALUE|$12.50|total||0|",
      "verify the Quantity field contains 2 # EXPECT_TEXT_OR_VALUE|2|quantity|FIELD|0|",
      "there are no error messages # EXPECT_HIDDEN||error messages||0|",
  })
  void parsesAssertions(String instruction, String expected) {
    assertThat(parse(instruction)).isEqualTo(expected.trim());
  }

  @Test
  void splitsCompoundSentences() {
    assertThat(parse("type 'bob' into the user field and click Sign in"))
        .isEqualTo("FILL|bob|user|FIELD|0| ;; CLICK||sign in||0|");
    assertThat(parse("Check Dune and Emma, then click Buy. Verify the page says 'Thanks'"))
        .isEqualTo("CHECK||dune and emma||0| ;; CLICK||buy||0| ;; EXPECT_TEXT|Thanks|-");
    List<Intent> intents = InstructionParser.parse("check Dune, Emma and Solaris");
    assertThat(intents.get(0).target().parts()).containsExactly("dune", "emma", "solaris");
  }

  @Test
  void quotesProtectWordsThatLookLikeGrammar() {
    assertThat(parse("type 'in and out' into the notes field")).isEqualTo("FILL|in and out|notes|FIELD|0|");
    assertThat(parse("click \"Terms and Conditions\"")).isEqualTo("CLICK||Terms and Conditions||0|");
  }

  @Test
  void refusesWhatItCannotRead() {
    assertThatThrownBy(() -> InstructionParser.parse("banana")).isInstanceOf(StepParseException.class);
    assertThatThrownBy(() -> InstructionParser.parse("   ")).hasMessageContaining("empty");
    assertThatThrownBy(() -> InstructionParser.parse("banana"))
        .hasMessageStartingWith("Suture does not understand \"banana\"");
    // An unknown verb is read as the caption of a control ("proceed to checkout"); grounding must still find it.
    assertThat(parse("proceed to checkout")).isEqualTo("CHOOSE||proceed to checkout||0|");
  }
}
