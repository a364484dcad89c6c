package dev.suture.core.internal.healing;

import dev.suture.core.ElementFingerprint;
import dev.suture.core.HealingBaselines;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule that merges the team's verdicts from the platform with a test's local baseline. */
class TeamVerdictsTest {
  private static final ElementFingerprint ORIGINAL = button("signin", "//button[1]");
  private static final ElementFingerprint HEALED = button("enter", "//button[2]");
  private static final ElementFingerprint TEAM = button("go", "//button[3]");
  private static final ElementFingerprint OTHER = button("other", "//button[4]");
  /** This machine healed #signin to #enter and kept the heal for review. */
  private static final BaselineStore.Entry LOCAL = new BaselineStore.Entry("#signin", "/login", HEALED,
      new BaselineStore.Heal(ORIGINAL, HEALED, HEALED.selector(), "getByRole(...)", 0.9, Instant.EPOCH, "unreviewed"),
      List.of(OTHER));

  @Test
  void theTeamsAcceptedHealIsTheBaselineOverTheLocalOne() {
    TeamVerdicts verdicts = new TeamVerdicts(team(List.of(new HealingBaselines.Accepted("#signin", TEAM)), List.of()));
    assertThat(verdicts.baseline("#signin", LOCAL)).isEqualTo(TEAM);
    assertThat(verdicts.baseline("#signin", null)).as("a machine without .suture/").isEqualTo(TEAM);
    assertThat(verdicts.baseline("#other", null)).as("another locator").isNull();
    assertThat(verdicts.hasAccepted("#signin")).isTrue();
    assertThat(verdicts.hasAccepted("#other")).isFalse();
  }

  @Test
  void anAcceptedHealWithoutAFingerprintIsNoBaseline() {
    // Older SDKs and workers recorded heals without the element's fingerprint; accepting one names no element.
    TeamVerdicts verdicts = new TeamVerdicts(team(List.of(new HealingBaselines.Accepted("#signin", null),
        new HealingBaselines.Accepted("#signin", TEAM)), List.of()));
    assertThat(verdicts.baseline("#signin", LOCAL)).isEqualTo(TEAM);
    TeamVerdicts fingerprintless = new TeamVerdicts(team(List.of(new HealingBaselines.Accepted("#signin", null)),
        List.of()));
    assertThat(fingerprintless.hasAccepted("#signin")).isFalse();
    assertThat(fingerprintless.baseline("#signin", LOCAL)).isEqualTo(HEALED);
    assertThat(fingerprintless.baseline("#signin", null)).isNull();
  }

  @Test
  void withoutTeamVerdictsTheLocalBaselineAndRejectionsStand() {
    TeamVerdicts verdicts = new TeamVerdicts(HealingBaselines.none());
    assertThat(verdicts.baseline("#signin", LOCAL)).isEqualTo(HEALED);
    assertThat(verdicts.rejected("#signin", LOCAL, List.of(ORIGINAL, HEALED, OTHER))).containsExactly(OTHER);
  }

  @Test
  void aHealTheTeamRejectedFallsBackToTheElementBeforeItAndIsNeverMadeAgain() {
    TeamVerdicts verdicts = new TeamVerdicts(team(List.of(),
        List.of(new HealingBaselines.Rejected("#signin", HEALED.selector()))));
    assertThat(verdicts.baseline("#signin", LOCAL)).isEqualTo(ORIGINAL);
    assertThat(verdicts.rejected("#signin", LOCAL, List.of(ORIGINAL, HEALED, OTHER)))
        .as("local rejections and the team's, matched in the page by selector")
        .containsExactlyInAnyOrder(OTHER, HEALED);
    assertThat(verdicts.rejected("#signin", null, List.of(ORIGINAL, HEALED))).containsExactly(HEALED);
    assertThat(verdicts.rejected("#other", null, List.of(ORIGINAL, HEALED))).isEmpty();
  }

  private static HealingBaselines team(List<HealingBaselines.Accepted> accepted,
                                       List<HealingBaselines.Rejected> rejected) {
    return new HealingBaselines() {
      @Override
      public List<Accepted> accepted() {
        return accepted;
      }

      @Override
      public List<Rejected> rejected() {
        return rejected;
      }

      @Override
      public String source() {
        return "test";
      }
    };
  }

  private static ElementFingerprint button(String id, String xpath) {
    return new ElementFingerprint("button", id, null, List.of(), "button", "Sign in", null, null, null, null, null,
        null, null, "button", "Sign in", null, null, xpath, null, 10.0, 10.0, 80.0, 30.0, true, true, null, List.of(),
        null, "#" + id);
  }
}
