package dev.suture.ai.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine skips exact scoring where the text bound says nothing can match, so the bound must never be low. */
class TextCacheTest {
  private static final List<String> TEXTS = List.of("Sign in", "Log in", "Log out", "Sign-in", "signIn", "SIGN IN",
      "E-mail", "Email", "email address", "Emial", "Books", "book", "Booking", "Add to cart", "Add to bag",
      "Delete account", "Yes, delete my account", "Next", "Previous", "‹ Prev", "Café", "cafe", "Résumé", "resume",
      "Straße", "strasse", "数据", "user_name", "userName", "User name", "14:30", "1430", "€9.90", "9.90", "", " ",
      "...", "https://shop.example/cart?id=3", "/cart", "Save", "Edit", "Show more", "Load more books", "x");

  @Test
  void theBoundIsNeverBelowTheLexicalOrGuardedSimilarity() {
    TextCache texts = new TextCache();
    for (String a : TEXTS) {
      for (String b : TEXTS) {
        if (a.isBlank() || b.isBlank()) {
          continue; // the scorer never compares blank strings
        }
        double bound = texts.lexicalBound(a, b);
        assertThat(bound).as("bound(%s, %s)", a, b).isGreaterThanOrEqualTo(texts.lexical(a, b))
            .isGreaterThanOrEqualTo(texts.guarded(a, b));
      }
    }
  }

  @Test
  void theBoundRulesOutTextsWithNothingInCommon() {
    TextCache texts = new TextCache();
    assertThat(texts.lexicalBound("Add to cart", "Delete account")).isZero();
    assertThat(texts.lexicalBound("Sign in", "Previous")).isZero();
    assertThat(texts.lexicalBound("Save", "Edit")).isZero();
    assertThat(texts.lexicalBound("Email", "Emial")).isEqualTo(1);
    assertThat(texts.lexicalBound("Load more books", "Show more")).isEqualTo(1);
  }
}
