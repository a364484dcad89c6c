package dev.suture.ai.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextsTest {
  @Test
  void dropsMachineMadePartsOfIdentifiers() {
    assertThat(Texts.withoutHashes("email-3fa9c1")).isEqualTo("email");
    assertThat(Texts.withoutHashes("user-3")).isEqualTo("user-3");
    assertThat(Texts.withoutHashes("--sign_in..btn::")).isEqualTo("sign-in-btn");
    assertThat(Texts.withoutHashes(":r3:")).isEqualTo("r3");
    assertThat(Texts.withoutHashes("checkout_4711_street")).isEqualTo("checkout-street");
    assertThat(Texts.withoutHashes("a1b2c3d4")).isEmpty();
    assertThat(Texts.withoutHashes("")).isEmpty();
  }
}
