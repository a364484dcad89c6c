package dev.suture.samples.bookshop;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The server's validation of the checkout form. The pages check the same rules before sending, except the card's
 * check digit (Luhn), which only the server checks: that is how a test sees a server-side validation error.
 */
final class CheckoutForm {
  static final List<String> FIELDS = List.of("name", "email", "address", "city", "postcode", "country", "card",
      "expiry");
  static final List<String> COUNTRIES = List.of("United Kingdom", "Ireland", "France", "Germany", "Netherlands");

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern POSTCODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]{1,8}[A-Za-z0-9]");
  private static final Pattern CARD = Pattern.compile("\\d{16}");
  private static final Pattern EXPIRY = Pattern.compile("(0[1-9]|1[0-2])/(\\d{2})");

  private CheckoutForm() {
  }

  /** Field name to error message, in form order; empty when the form is valid. */
  static Map<String, String> errors(Map<String, String> form, YearMonth now) {
    Map<String, String> errors = new LinkedHashMap<>();
    String name = value(form, "name");
    if (name.isEmpty()) {
      errors.put("name", "Enter your full name");
    }
    if (!EMAIL.matcher(value(form, "email")).matches()) {
      errors.put("email", "Enter an email address like name@example.com");
    }
    if (value(form, "address").isEmpty()) {
      errors.put("address", "Enter your street address");
    }
    if (value(form, "city").isEmpty()) {
      errors.put("city", "Enter your town or city");
    }
    if (!POSTCODE.matcher(value(form, "postcode")).matches()) {
      errors.put("postcode", "Enter a valid postcode");
    }
    if (!COUNTRIES.contains(value(form, "country"))) {
      errors.put("country", "Choose a country we deliver to");
    }
    String card = value(form, "card").replace(" ", "");
    if (!CARD.matcher(card).matches()) {
      errors.put("card", "Enter the 16 digits of your card number");
    } else if (!luhn(card)) {
      errors.put("card", "This card number is not valid: check it and try again");
    }
    var expiry = EXPIRY.matcher(value(form, "expiry"));
    if (!expiry.matches()) {
      errors.put("expiry", "Enter the expiry date as MM/YY");
    } else if (YearMonth.of(2000 + Integer.parseInt(expiry.group(2)), Integer.parseInt(expiry.group(1)))
        .isBefore(now)) {
      errors.put("expiry", "This card has expired");
    }
    return errors;
  }

  static String value(Map<String, String> form, String field) {
    return form.getOrDefault(field, "").strip();
  }

  /** The Luhn check digit test that every real card number passes. */
  static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
    }
    return sum % 10 == 0;
  }
}
