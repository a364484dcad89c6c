package dev.suture.samples.bookshop;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server-side checkout rules, without a browser. */
class CheckoutFormTest {
  private static final YearMonth NOW = YearMonth.of(2026, 11);

  private static Map<String, String> valid() {
    return new HashMap<>(Map.of("name", "Alice Liddell", "email", "alice@example.org", "address", "7 Rabbit Hole Lane",
        "city", "Oxford", "postcode", "OX1 1DP", "country", "United Kingdom", "card", "4111 1111 1111 1111",
        "expiry", "11/26"));
  }

  @Test
  void acceptsAValidForm() {
    assertEquals(Map.of(), CheckoutForm.errors(valid(), NOW));
  }

  @Test
  void reportsEveryMissingFieldInFormOrder() {
    assertEquals(CheckoutForm.FIELDS, List.copyOf(CheckoutForm.errors(Map.of(), NOW).keySet()));
  }

  @Test
  void checksTheCardsCheckDigit() {
    assertTrue(CheckoutForm.luhn("4111111111111111"));
    assertTrue(CheckoutForm.luhn("5555555555554444"));
    assertFalse(CheckoutForm.luhn("4111111111111112"));
    Map<String, String> form = valid();
    form.put("card", "4111 1111 1111 1112");
    assertEquals(Map.of("card", "This card number is not valid: check it and try again"),
        CheckoutForm.errors(form, NOW));
  }

  @Test
  void rejectsAnExpiredCardButNotOneExpiringThisMonth() {
    Map<String, String> form = valid();
    form.put("expiry", "10/26");
    assertEquals(Map.of("expiry", "This card has expired"), CheckoutForm.errors(form, NOW));
  }
}
