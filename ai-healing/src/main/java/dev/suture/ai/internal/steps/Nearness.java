package dev.suture.ai.internal.steps;

import dev.suture.core.ElementFingerprint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "The field next to Password", "the button below the total": among the matches, the one nearest the anchor in the
 * direction given, provided it is clearly nearer than the next one.
 */
final class Nearness {
  private Nearness() {
  }

  static Scored choose(Intent intent, List<Scored> group, ScopeResolver.Region region,
                                SnapshotIndex index, Grounder grounder) {
    ElementFingerprint anchor = index.get(region.anchor());
    String anchorText = Words.normalized(anchor.text());
    List<double[]> ranked = new ArrayList<>();
    for (Scored s : group) {
      ElementFingerprint e = index.get(s.index());
      if (!inDirection(e, anchor, region.direction())) {
        continue;
      }
      boolean labelled = e.labelText() != null && Words.normalized(e.labelText()).equals(anchorText);
      ranked.add(new double[]{s.index(), labelled ? -1 : distance(e, anchor)});
    }
    ranked.sort(Comparator.comparingDouble(r -> r[1]));
    // The control the anchor labels is the one next to it, however the layout happens to flow.
    List<double[]> labelled = ranked.stream().filter(r -> r[1] == -1).toList();
    if (labelled.size() == 1) {
      int only = (int) labelled.get(0)[0];
      return group.stream().filter(s -> s.index() == only).findFirst().orElseThrow();
    }
    if (ranked.isEmpty()) {
      throw grounder.refuse(intent, index, "nothing that matches lies " + region.description(),
          Grounder.candidates(group, index));
    }
    if (ranked.size() > 1 && ranked.get(1)[1] < Math.max(0, ranked.get(0)[1]) * 1.5 + 8) {
      List<Scored> tied = new ArrayList<>();
      for (double[] r : ranked.subList(0, 2)) {
        tied.add(group.stream().filter(s -> s.index() == (int) r[0]).findFirst().orElseThrow());
      }
      throw grounder.refuse(intent, index, "two matches lie about as close " + region.description(),
          Grounder.candidates(tied, index));
    }
    int chosen = (int) ranked.get(0)[0];
    return group.stream().filter(s -> s.index() == chosen).findFirst().orElseThrow();
  }

  private static boolean inDirection(ElementFingerprint e, ElementFingerprint anchor, String direction) {
    if (e.x() == null || anchor.x() == null) {
      return "near".equals(direction);
    }
    double cx = e.x() + e.width() / 2;
    double cy = e.y() + e.height() / 2;
    double ax = anchor.x() + anchor.width() / 2;
    double ay = anchor.y() + anchor.height() / 2;
    boolean sameLine = Math.abs(cy - ay) <= Math.max(e.height(), anchor.height());
    return switch (direction) {
      case "right" -> cx > ax && sameLine;
      case "left" -> cx < ax && sameLine;
      case "below" -> cy > anchor.y() + anchor.height() - 2;
      case "above" -> cy < anchor.y() + 2;
      default -> true;
    };
  }

  /** The gap between the two boxes (0 when they touch or overlap). */
  private static double distance(ElementFingerprint e, ElementFingerprint a) {
    if (e.x() == null || a.x() == null) {
      return Double.MAX_VALUE;
    }
    double dx = Math.max(0, Math.max(a.x() - (e.x() + e.width()), e.x() - (a.x() + a.width())));
    double dy = Math.max(0, Math.max(a.y() - (e.y() + e.height()), e.y() - (a.y() + a.height())));
    return Math.sqrt(dx * dx + dy * dy);
  }
}
