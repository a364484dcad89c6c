package dev.suture.ai.internal.steps;

import dev.suture.ai.PlannedStep;
import dev.suture.ai.StepAction;
import dev.suture.core.ElementFingerprint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Settles the action once the element is known ("set X to V" fills a text box but selects in a dropdown; "select
 * Express" checks a radio button) and builds the {@link PlannedStep}.
 */
final class ActionResolver {
  static final String SOURCE = "offline";
  private static final Set<String> ON = Set.of("on", "yes", "true", "checked", "ticked", "enabled", "selected");
  private static final Set<String> OFF = Set.of("off", "no", "false", "unchecked", "unticked", "disabled");

  PlannedStep pageLevel(Intent intent) {
    StepAction action = intent.verb() == Verb.PRESS_OR_CLICK ? StepAction.PRESS : intent.verb().action();
    return new PlannedStep(intent.clause(), action, null, null, intent.value(), null, 1.0, SOURCE);
  }

  PlannedStep resolve(Intent intent, Scored chosen, SnapshotIndex index, Grounder grounder) {
    ElementFingerprint e = index.get(chosen.index());
    String value = intent.value();
    if (intent.verb() == Verb.CHOOSE && "option".equals(e.tag())) {
      int select = index.ancestorWithTag(chosen.index(), "select");
      if (select >= 0) {
        // "select Express" names an option: select it in its dropdown
        return step(intent, StepAction.SELECT_OPTION, index.get(select), e.text(), chosen.score(), index);
      }
    }
    StepAction action = switch (intent.verb()) {
      case SET -> {
        if (Elements.isSelect(e)) {
          yield StepAction.SELECT_OPTION;
        }
        if (Elements.isCheckable(e)) {
          String v = value == null ? "" : value.toLowerCase().trim();
          if (!ON.contains(v) && !OFF.contains(v)) {
            throw grounder.refuse(intent, index, "\"" + e.describe() + "\" is a checkbox; set it to on or off, not \""
                + value + "\"", Grounder.candidates(List.of(chosen), index));
          }
          value = null;
          yield ON.contains(v) ? StepAction.CHECK : StepAction.UNCHECK;
        }
        yield StepAction.FILL;
      }
      case FILL -> Elements.isSelect(e) ? StepAction.SELECT_OPTION : StepAction.FILL;
      case CLEAR -> Elements.isCheckable(e) ? StepAction.UNCHECK : StepAction.CLEAR;
      case CHOOSE -> Elements.isCheckable(e) ? StepAction.CHECK : StepAction.CLICK;
      case EXPECT_TEXT_OR_VALUE -> Elements.isTextInput(e) || Elements.isSelect(e)
          ? StepAction.EXPECT_VALUE : StepAction.EXPECT_TEXT;
      case PRESS_OR_CLICK -> StepAction.CLICK;
      default -> intent.verb().action();
    };
    if (action == StepAction.SELECT_OPTION && !Elements.isSelect(e)) {
      throw grounder.refuse(intent, index, "\"" + e.describe() + "\" is not a dropdown",
          Grounder.candidates(List.of(chosen), index));
    }
    if (action == StepAction.SELECT_OPTION) {
      value = OptionMatcher.label(intent, chosen, value, index, grounder);
    }
    if (action == StepAction.UNCHECK && "radio".equals(e.role())) {
      throw grounder.refuse(intent, index, "a radio button cannot be unchecked; choose another option instead",
          Grounder.candidates(List.of(chosen), index));
    }
    if ((action == StepAction.CLICK || action == StepAction.FILL) && !e.countsAsEnabled()) {
      throw grounder.refuse(intent, index, "the element is disabled", Grounder.candidates(List.of(chosen), index));
    }
    return step(intent, action, e, value, chosen.score(), index);
  }

  /** "there are 3 Add to cart buttons": one locator for the whole group, checked against the snapshot. */
  PlannedStep count(Intent intent, List<Scored> accepted, ScopeResolver.Region region, SnapshotIndex index,
                    Grounder grounder) {
    List<Integer> members = CountGroups.pick(intent, accepted, index, grounder);
    double top = accepted.stream().filter(s -> members.contains(s.index())).mapToDouble(Scored::score).max()
        .orElse(0);
    Integer container = region == null || region.container() < 0 ? null : region.container();
    String locator = Locators.group(members, container, index);
    if (locator == null || !sameSet(locator, members, region, index)) {
      throw grounder.refuse(intent, index, "the " + members.size() + " matching elements share no role and name,"
          + " nor tag and class, that one locator could count", Grounder.candidates(accepted, index));
    }
    ElementFingerprint first = index.get(members.get(0));
    return new PlannedStep(intent.clause(), StepAction.EXPECT_COUNT, locator, locator, intent.value(), first, top,
        SOURCE);
  }

  /** Whether the group locator would match exactly the members in the snapshot (no hidden extras). */
  private static boolean sameSet(String locator, List<Integer> members, ScopeResolver.Region region,
                                 SnapshotIndex index) {
    ElementFingerprint first = index.get(members.get(0));
    List<Integer> scope = region == null || region.container() < 0 ? null : region.allowed();
    int matching = 0;
    for (int i = 0; i < index.size(); i++) {
      if (scope != null && !scope.contains(i)) {
        continue;
      }
      ElementFingerprint e = index.get(i);
      String css = locator.substring(locator.lastIndexOf("css=") + 4);
      boolean match = locator.contains("internal:role=")
          ? e.countsAsVisible() && first.role().equals(e.role()) && first.accessibleName().equals(e.accessibleName())
          : first.tag().equals(e.tag()) && (!css.contains(".") || e.classes().contains(css.substring(
              css.indexOf('.') + 1)));
      if (match) {
        matching++;
        if (!members.contains(i)) {
          return false;
        }
      }
    }
    return matching == members.size();
  }

  private static PlannedStep step(Intent intent, StepAction action, ElementFingerprint e, String value,
                                  double score, SnapshotIndex index) {
    return new PlannedStep(intent.clause(), action, Locators.exec(e, index), Locators.describe(e, index), value, e,
        score, SOURCE);
  }
}
