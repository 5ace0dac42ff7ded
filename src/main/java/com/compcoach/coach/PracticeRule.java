package com.compcoach.coach;

import java.util.List;

/**
 * The five rules of docs/coaching.md ("The practice it follows"), each a small named check of one practice answer.
 * A rule that the answer gives no occasion for (no figure named, no number asked for) does not apply.
 */
sealed interface PracticeRule {

  /** Every rule, in the order the score lists them. */
  List<PracticeRule> ALL = List.of(new PreciseNumber(), new CounterOnce(), new NoFirstNumber(),
      new WalkAwayPrivate(), new LeverUsed());

  /** The rule's name as the score shows it. */
  String name();

  /** The rule applied to one answer. */
  Result check(PracticeAnswer answer);

  /** Kept, broken with one line of why, or not applicable. */
  enum Outcome { KEPT, BROKEN, NOT_APPLICABLE }

  /** One rule's outcome and, when broken, why in one line. */
  record Result(PracticeRule rule, Outcome outcome, String why) {
    static Result kept(PracticeRule rule) {
      return new Result(rule, Outcome.KEPT, null);
    }

    static Result na(PracticeRule rule) {
      return new Result(rule, Outcome.NOT_APPLICABLE, null);
    }
  }

  /** An amount they are asked about, not a counter: the other offer's figure, told when asked for it. */
  private static boolean counterable(PracticeAnswer a) {
    return a.namesAmount() && !(a.pushback() instanceof Pushback.OtherOffers);
  }

  /** A precise number: no multiple of 5,000 (a round figure reads as an opening bid). */
  record PreciseNumber() implements PracticeRule {
    @Override
    public String name() {
      return "a precise number";
    }

    @Override
    public Result check(PracticeAnswer a) {
      if (!counterable(a)) {
        return Result.na(this);
      }
      for (long amount : a.amounts()) {
        if (amount % Precise.ROUND == 0) {
          return new Result(this, Outcome.BROKEN, a.money(amount) + " is round: it reads as an opening bid to "
              + "haggle down; a precise figure such as " + a.money(Precise.floor(amount + Precise.ROUND / 2))
              + " reads as researched.");
        }
      }
      return Result.kept(this);
    }
  }

  /** Counter once: a figure different from the user's first counter is a second counter. */
  record CounterOnce() implements PracticeRule {
    @Override
    public String name() {
      return "counter once";
    }

    @Override
    public Result check(PracticeAnswer a) {
      if (!counterable(a)) {
        return Result.na(this);
      }
      if (a.ask() != null && a.amounts().stream().anyMatch(x -> !x.equals(a.ask()))) {
        return new Result(this, Outcome.BROKEN, "You already countered with " + a.money(a.ask()) + ": a second, "
            + "different number tells them the first one was not real; hold it, or move to stock or a sign-on.");
      }
      return Result.kept(this);
    }
  }

  /** No first number: asked for expectations, deflect to their range. */
  record NoFirstNumber() implements PracticeRule {
    @Override
    public String name() {
      return "no first number";
    }

    @Override
    public Result check(PracticeAnswer a) {
      if (!(a.pushback() instanceof Pushback.Expectations)) {
        return Result.na(this);
      }
      return a.namesAmount() ? new Result(this, Outcome.BROKEN, "They asked first: naming a number anchors the "
          + "range at it; ask for the range they have budgeted for the role instead.") : Result.kept(this);
    }
  }

  /** The walk-away kept private: neither the word nor the figure said to the recruiter. */
  record WalkAwayPrivate() implements PracticeRule {
    private static final List<String> TELLS = List.of("walk away", "walk-away", "walkaway", "bottom line",
        "the least i", "the lowest i", "my minimum", "at a minimum i", "my floor", "i'd settle", "i would settle",
        "i'd accept anything", "i would accept anything");

    @Override
    public String name() {
      return "walk-away kept private";
    }

    @Override
    public Result check(PracticeAnswer a) {
      boolean said = TELLS.stream().anyMatch(a.text()::contains)
          || (a.walkAway() != null && a.amounts().contains(a.walkAway()));
      // No figure in the why: the line may be shown in a shared channel.
      return said ? new Result(this, Outcome.BROKEN, "That tells them your walk-away: they will meet it, not "
          + "your ask. Keep it to yourself; it is what you decide against, not what you say.") : Result.kept(this);
    }
  }

  /** A lever used: the market, a competing offer, or a component they can move (stock, bonus, sign-on, level). */
  record LeverUsed() implements PracticeRule {
    private static final List<String> LEVERS = List.of("market", "competing", "other offer", "another offer",
        "offer from", "sign-on", "signing", "sign on", "equity", "rsu", "stock", "bonus", "level", "leveling",
        "levelling", "relocation", "review", "scope", "data", "levels.fyi", "comparable", "similar roles",
        "current compensation", "leave behind", "leaving behind", "unvested", "forfeit");

    @Override
    public String name() {
      return "a lever used";
    }

    @Override
    public Result check(PracticeAnswer a) {
      // Deflecting the first-number question is the whole job there; a lever comes once they have a number.
      if (a.pushback() instanceof Pushback.Expectations) {
        return Result.na(this);
      }
      return LEVERS.stream().anyMatch(a.text()::contains) ? Result.kept(this) : new Result(this, Outcome.BROKEN,
          "No lever: point to the market for the role, a competing offer, or ask to move stock or a sign-on "
              + "instead of base.");
    }
  }
}
