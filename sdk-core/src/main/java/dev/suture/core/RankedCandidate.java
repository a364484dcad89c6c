package dev.suture.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One candidate element as the healing engine ranked it.
 *
 * @param index   its position in the candidate list the engine was given
 * @param element the candidate
 * @param score   similarity to the baseline, 0 to 1
 * @param verdict why it was or was not healed to: {@code "chosen"}, {@code "invisible"}, {@code "disabled"},
 *                {@code "opposite meaning"}, {@code "rejected by a user"}, {@code "below threshold"},
 *                {@code "too close to the runner-up"} or {@code "lower score"}
 */
@JsonPropertyOrder({"index", "score", "verdict", "element"})
public record RankedCandidate(int index, ElementFingerprint element, double score, String verdict) {
}
