package dev.suture.ai.internal.steps;

import dev.suture.ai.PlannedStep;
import dev.suture.ai.StepPlanner;
import dev.suture.ai.StepRefusedException;
import dev.suture.ai.TextSimilarity;
import dev.suture.core.PageSnapshot;

import java.util.ArrayList;
import java.util.List;

/** The offline {@link StepPlanner}: {@link InstructionParser}, then {@link Grounder} on the snapshot. */
public final class OfflineStepPlanner implements StepPlanner {
  private static final OfflineStepPlanner SHARED = new OfflineStepPlanner(TextSimilarity.shared());

  private final Grounder grounder;
  // The last snapshot's index: consecutive instructions usually plan against the same snapshot.
  private volatile SnapshotIndex last;

  public OfflineStepPlanner(TextSimilarity similarity) {
    this.grounder = new Grounder(new TextMatcher(similarity));
  }

  public static OfflineStepPlanner shared() {
    return SHARED;
  }

  @Override
  public List<PlannedStep> plan(String instruction, PageSnapshot snapshot) {
    List<Intent> intents;
    try {
      intents = InstructionParser.parse(instruction);
    } catch (StepParseException e) {
      throw new StepRefusedException(instruction, e.getMessage(), List.of());
    }
    SnapshotIndex index = indexOf(snapshot);
    List<PlannedStep> steps = new ArrayList<>();
    for (Intent intent : intents) {
      steps.addAll(grounder.ground(intent, index));
    }
    return steps;
  }

  /** Plans one clause that has already been split out of an instruction (the step runner re-plans per clause). */
  public List<PlannedStep> planClauses(String instruction, PageSnapshot snapshot, int clause) {
    List<Intent> intents = InstructionParser.parse(instruction);
    return grounder.ground(intents.get(clause), indexOf(snapshot));
  }

  /** How many clauses an instruction has: each may need a fresh snapshot after the previous one acted. */
  public static int clauseCount(String instruction) {
    return InstructionParser.parse(instruction).size();
  }

  private SnapshotIndex indexOf(PageSnapshot snapshot) {
    SnapshotIndex index = last;
    if (index == null || index.snapshot != snapshot) {
      index = new SnapshotIndex(snapshot);
      last = index;
    }
    return index;
  }
}
