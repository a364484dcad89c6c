package dev.suture.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Locale;

/**
 * What the healing engine made of a broken locator: the best candidates, ranked, and whether to heal.
 *
 * @param heal   whether the best candidate is convincing enough to act on
 * @param chosen the index (in the candidate list given) of the element to heal to, or -1 when refused
 * @param ranked the best candidates, highest score first (at most a handful)
 * @param reason one sentence: why it healed, or why it refused
 */
@JsonPropertyOrder({"heal", "chosen", "reason", "ranked"})
public record HealingDecision(boolean heal, int chosen, List<RankedCandidate> ranked, String reason) {
  public HealingDecision {
    ranked = List.copyOf(ranked);
  }

  /** The chosen candidate, or null when refused. */
  @JsonIgnore
  public RankedCandidate best() {
    return heal ? ranked.get(0) : null;
  }

  /** The highest-scoring candidate after the chosen one (or after the first, when refused), or null. */
  @JsonIgnore
  public RankedCandidate runnerUp() {
    return ranked.size() > 1 ? ranked.get(1) : null;
  }

  /** The top three candidates with their scores and verdicts, one per line, for failure messages. */
  public String describeTop(int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.min(count, ranked.size()); i++) {
      RankedCandidate candidate = ranked.get(i);
      out.append(String.format(Locale.ROOT, "%n  %d. %s  score %.2f: %s", i + 1, candidate.element().describe(),
          candidate.score(), candidate.verdict()));
    }
    return out.length() == 0 ? System.lineSeparator() + "  (no candidates on the page)" : out.toString();
  }
}
