package dev.suture.ai.internal.steps;

import dev.suture.core.ElementFingerprint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which elements "there are 6 books" counts. Items of a list rarely share a text (each book has its own title), so
 * matches are grouped by structure (tag and first class), and a plural description wants a group of several: the
 * heading "All books" is about the books, not one of them.
 */
final class CountGroups {
  private CountGroups() {
  }

  static List<Integer> pick(Intent intent, List<Scored> accepted, SnapshotIndex index, Grounder grounder) {
    Intent.Target t = intent.target();
    if (t.text().isBlank()) {
      return accepted.stream().map(Scored::index).sorted().toList(); // "4 links in the footer": the kind is the group
    }
    Map<String, List<Scored>> groups = new LinkedHashMap<>();
    for (Scored s : accepted) {
      groups.computeIfAbsent(signature(index.get(s.index())), k -> new ArrayList<>()).add(s);
    }
    boolean plural = isPlural(t.phrase());
    List<List<Scored>> eligible = groups.values().stream().filter(g -> !plural || g.size() > 1).toList();
    if (eligible.isEmpty()) {
      throw grounder.refuse(intent, index, "no group of several similar elements matches \"" + t.text() + "\"",
          Grounder.candidates(accepted, index));
    }
    double top = eligible.stream().mapToDouble(CountGroups::best).max().orElse(0);
    List<List<Scored>> close = eligible.stream().filter(g -> best(g) >= top - Grounder.MARGIN).toList();
    if (close.size() > 1) {
      List<Scored> firsts = close.stream().map(g -> g.get(0)).toList();
      throw grounder.refuse(intent, index, close.size() + " different groups of elements match \"" + t.text()
          + "\"", Grounder.candidates(firsts, index));
    }
    return close.get(0).stream().map(Scored::index).sorted().toList();
  }

  private static double best(List<Scored> group) {
    return group.stream().mapToDouble(Scored::score).max().orElse(0);
  }

  private static String signature(ElementFingerprint e) {
    return e.tag() + (e.classes().isEmpty() ? "" : "." + e.classes().get(0));
  }

  private static boolean isPlural(String phrase) {
    String[] words = phrase.trim().split("\\s+");
    String last = words[words.length - 1].toLowerCase();
    return last.length() > 3 && last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("us");
  }
}
