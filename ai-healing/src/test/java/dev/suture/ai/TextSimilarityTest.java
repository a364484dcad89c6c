package dev.suture.ai;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextSimilarityTest {
  private final TextSimilarity text = TextSimilarity.shared();

  @Test
  void rewordingsAreSimilarAndOppositesAreNot() {
    assertThat(text.similarity("Log in", "Sign in")).isGreaterThan(0.6);
    assertThat(text.similarity("Log in", "Log out")).isZero();
    assertThat(text.similarity("Next", "Previous")).isZero();
    assertThat(text.similarity("Subscribe", "Unsubscribe")).isZero();
    assertThat(text.similarity("Sign in", "Logout")).isZero();
    assertThat(text.similarity("First name", "Last name")).isZero();
    assertThat(text.similarity("Add to cart", "Price")).isLessThan(0.3);
  }

  @Test
  void lexicalMeasuresHandleCaseTyposAndPlurals() {
    assertThat(text.lexical("Books", "book")).isEqualTo(1.0);
    assertThat(text.lexical("E-mail address", "email address")).isGreaterThan(0.8);
    assertThat(text.lexical("Checkout", "Check out")).isGreaterThan(0.8);
    assertThat(text.opposite("Sign in", "Log in")).isFalse();
  }
}
