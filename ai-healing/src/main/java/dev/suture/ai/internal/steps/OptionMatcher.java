package dev.suture.ai.internal.steps;

import dev.suture.core.ElementFingerprint;

import java.util.ArrayList;
import java.util.List;

/**
 * The option a "select" step means, as the dropdown spells it: "select germany" selects "Germany". A value that no
 * option matches is refused here, rather than failing later in the browser with a timeout.
 */
final class OptionMatcher {
  private OptionMatcher() {
  }

  static String label(Intent intent, Scored select, String value, SnapshotIndex index, Grounder grounder) {
    List<ElementFingerprint> options = new ArrayList<>();
    for (int d : index.descendants(select.index())) {
      ElementFingerprint e = index.get(d);
      if ("option".equals(e.tag())) {
        options.add(e);
      }
    }
    if (options.isEmpty() || value == null) {
      return value; // a custom listbox or a select filled later: leave it to Playwright
    }
    String wanted = Words.normalized(value);
    List<String> matches = new ArrayList<>();
    for (ElementFingerprint option : options) {
      String label = option.text() == null ? "" : option.text();
      String optionValue = option.attributes().getOrDefault("value", null);
      if (label.equals(value) || value.equals(optionValue)) {
        return value;
      }
      if (Words.normalized(label).equals(wanted)) {
        matches.add(label);
      }
    }
    if (matches.size() == 1) {
      return matches.get(0);
    }
    List<String> labels = options.stream().map(o -> "\"" + o.text() + "\"").toList();
    throw grounder.refuse(intent, index, (matches.isEmpty() ? "the dropdown has no option \"" + value + "\""
        : "several options read \"" + value + "\"") + "; its options are " + String.join(", ", labels),
        Grounder.candidates(List.of(select), index));
  }
}
