package dev.suture.ai;

import dev.suture.core.ElementFingerprint;

/**
 * An element a step could have meant, as a refusal lists it.
 *
 * @param element the element
 * @param score   how well it matched the description, 0 to 1
 * @param why     which of its texts matched, or why it was left out
 */
public record StepCandidate(ElementFingerprint element, double score, String why) {
}
