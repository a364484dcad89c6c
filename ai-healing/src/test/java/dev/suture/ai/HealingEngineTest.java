package dev.suture.ai;

import dev.suture.core.ElementFingerprint;
import dev.suture.core.HealingDecision;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.suture.ai.Fingerprints.button;
import static dev.suture.ai.Fingerprints.element;
import static org.assertj.core.api.Assertions.assertThat;

class HealingEngineTest {
  private final HealingEngine engine = HealingEngine.create();
  private final ElementFingerprint baseline = button("signin", "Sign in", "/html[1]/body[1]/form[1]/button[1]", 100, 200);
  private final ElementFingerprint heading = element("h1", "heading", null, "Welcome back",
      "/html[1]/body[1]/h1[1]", 100, 20, true, List.of());
  private final ElementFingerprint forgot = element("a", "link", "forgot", "Forgot password?",
      "/html[1]/body[1]/form[1]/a[1]", 100, 250, true, List.of("Sign in"));

  @Test
  void healsABareIdRename() {
    ElementFingerprint renamed = button("login-button", "Sign in", "/html[1]/body[1]/form[1]/button[1]", 100, 200);
    HealingDecision decision = engine.decide(baseline, List.of(heading, renamed, forgot));
    assertThat(decision.heal()).as(decision.reason()).isTrue();
    assertThat(decision.chosen()).isEqualTo(1);
    assertThat(decision.best().verdict()).isEqualTo("chosen");
    assertThat(decision.best().score()).isGreaterThan(decision.runnerUp().score() + 0.1);
  }

  @Test
  void healsARewordingThroughEmbeddings() {
    ElementFingerprint base = button("login", "Log in", "/html[1]/body[1]/form[1]/button[1]", 100, 200);
    ElementFingerprint reworded = button("signin-btn", "Sign in", "/html[1]/body[1]/form[1]/button[1]", 100, 204);
    HealingDecision decision = engine.decide(base, List.of(heading, forgot, reworded));
    assertThat(decision.heal()).as(decision.reason()).isTrue();
    assertThat(decision.chosen()).isEqualTo(2);
  }

  @Test
  void neverTakesLogOutForLogIn() {
    ElementFingerprint base = button("login", "Log in", "/html[1]/body[1]/form[1]/button[1]", 100, 200);
    ElementFingerprint logOut = button("logout", "Log out", "/html[1]/body[1]/form[1]/button[1]", 100, 200);
    HealingDecision decision = engine.decide(base, List.of(heading, logOut, forgot));
    assertThat(decision.heal()).isFalse();
    assertThat(decision.ranked()).anySatisfy(c -> {
      assertThat(c.index()).isEqualTo(1);
      assertThat(c.verdict()).isEqualTo("opposite meaning");
    });
    assertThat(decision.describeTop(3)).contains("Log out", "opposite meaning");
  }

  @Test
  void neverTakesPreviousForNext() {
    ElementFingerprint base = button("next", "Next", "/html[1]/body[1]/nav[1]/button[2]", 300, 600);
    ElementFingerprint previous = button("prev", "Previous", "/html[1]/body[1]/nav[1]/button[1]", 200, 600);
    assertThat(engine.decide(base, List.of(previous, heading)).heal()).isFalse();
  }

  @Test
  void refusesWhenTheElementIsGone() {
    HealingDecision decision = engine.decide(baseline, List.of(heading, forgot));
    assertThat(decision.heal()).isFalse();
    assertThat(decision.chosen()).isEqualTo(-1);
    assertThat(decision.reason()).contains("below the threshold");
  }

  @Test
  void neverHealsToAnInvisibleElement() {
    ElementFingerprint hidden = element("button", "button", "signin", "Sign in", "/html[1]/body[1]/form[1]/button[1]",
        0, 0, false, List.of("Email", "Password"));
    HealingDecision decision = engine.decide(baseline, List.of(hidden, heading, forgot));
    assertThat(decision.heal()).isFalse();
    assertThat(decision.ranked().get(0).verdict()).isEqualTo("invisible");
  }

  @Test
  void refusesBetweenTwoEquallyGoodCandidates() {
    ElementFingerprint first = button(null, "Sign in", "/html[1]/body[1]/form[1]/button[1]", 100, 200);
    ElementFingerprint second = button(null, "Sign in", "/html[1]/body[1]/form[1]/button[2]", 100, 200);
    HealingDecision decision = engine.decide(baseline, List.of(first, second));
    assertThat(decision.heal()).isFalse();
    assertThat(decision.reason()).contains("does not clearly beat the runner-up");
  }

  @Test
  void neverRepeatsAHealAUserRejected() {
    ElementFingerprint renamed = button("login-button", "Sign in", "/html[1]/body[1]/form[1]/button[1]", 100, 200);
    HealingDecision decision = engine.decide(baseline, List.of(heading, renamed, forgot), List.of(renamed));
    assertThat(decision.heal()).isFalse();
    assertThat(decision.ranked().get(0).verdict()).isEqualTo("rejected by a user");
  }
}
