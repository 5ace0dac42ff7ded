package com.compcoach.coach;

import java.util.List;

/**
 * One practice answer scored against the five rules: each rule's result and the one line of why (the first rule
 * broken, or what was kept).
 */
record PracticeScore(List<PracticeRule.Result> results) {

  /**
   * Which broken rule the one line of why is about: the costliest mistake first. A first number or a told walk-away
   * sets the range against the user; a second counter undoes the first; a round figure or a missing lever only
   * weakens it.
   */
  private static final List<Class<? extends PracticeRule>> WHY_FIRST = List.of(PracticeRule.NoFirstNumber.class,
      PracticeRule.WalkAwayPrivate.class, PracticeRule.CounterOnce.class, PracticeRule.PreciseNumber.class,
      PracticeRule.LeverUsed.class);

  PracticeScore {
    results = List.copyOf(results);
  }

  /** Every rule applied to the answer. */
  static PracticeScore of(PracticeAnswer answer) {
    return new PracticeScore(PracticeRule.ALL.stream().map(r -> r.check(answer)).toList());
  }

  int kept() {
    return (int) results.stream().filter(r -> r.outcome() == PracticeRule.Outcome.KEPT).count();
  }

  int checked() {
    return (int) results.stream().filter(r -> r.outcome() != PracticeRule.Outcome.NOT_APPLICABLE).count();
  }

  /** The result of one rule, by its type. */
  PracticeRule.Outcome of(Class<? extends PracticeRule> rule) {
    return results.stream().filter(r -> rule.isInstance(r.rule())).findFirst().orElseThrow().outcome();
  }

  /** "Score 3/4: kept a precise number, counter once, a lever used; broke no first number." */
  String line() {
    List<String> kept = names(PracticeRule.Outcome.KEPT);
    List<String> broken = names(PracticeRule.Outcome.BROKEN);
    return "Score " + kept() + "/" + checked() + ": "
        + (kept.isEmpty() ? "" : "kept " + String.join(", ", kept))
        + (kept.isEmpty() || broken.isEmpty() ? "" : "; ")
        + (broken.isEmpty() ? "" : "broke " + String.join(", ", broken)) + ".";
  }

  /** One line of why: the first broken rule's reason, else what the answer did right. */
  String why() {
    return WHY_FIRST.stream()
        .flatMap(rule -> results.stream().filter(r -> rule.isInstance(r.rule())))
        .filter(r -> r.outcome() == PracticeRule.Outcome.BROKEN).findFirst()
        .map(PracticeRule.Result::why)
        .orElse("Every rule that applied was kept: that is the answer to give on the call.");
  }

  private List<String> names(PracticeRule.Outcome outcome) {
    return results.stream().filter(r -> r.outcome() == outcome).map(r -> r.rule().name()).toList();
  }
}
