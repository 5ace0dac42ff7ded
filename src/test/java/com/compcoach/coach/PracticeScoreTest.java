package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PracticeScoreTest {

  private static final Pushback EXPECTATIONS = new Pushback.Expectations("ML/AI Engineer");
  private static final Pushback BAND_FIXED = new Pushback.BandFixed("$180,000");
  private static final Pushback CEILING = new Pushback.Ceiling("$233,000");
  private static final Pushback OTHER_OFFERS = new Pushback.OtherOffers();

  private static PracticeScore score(String answer, Pushback pushback, Long ask, Long walkAway) {
    return PracticeScore.of(PracticeAnswer.of(answer, pushback, ask, walkAway, "USD"));
  }

  private static PracticeRule.Outcome outcome(Class<? extends PracticeRule> rule, String answer, Pushback pushback,
                                              Long ask, Long walkAway) {
    return score(answer, pushback, ask, walkAway).of(rule);
  }

  @Test
  void amounts_dollarsCommasAndSuffixes_readAsWholeUnits() {
    assertEquals(List.of(233_500L, 230_000L, 233_500L, 1_200_000L),
        PracticeAnswer.amounts("$233,500 or 230k or 233.5k, not 1.2m"));
    assertEquals(List.of(), PracticeAnswer.amounts("by friday, 4 years, 2 offers"));
  }

  @Test
  void amounts_rangeAndAYear_giveBothEndsAndNoYear() {
    assertEquals(List.of(230_000L, 240_000L), PracticeAnswer.amounts("somewhere in 230-240k, starting in 2027"));
  }

  @Test
  void preciseNumber_preciseFigure_isKept() {
    assertEquals(PracticeRule.Outcome.KEPT,
        outcome(PracticeRule.PreciseNumber.class, "I'm looking for $233,500 base", BAND_FIXED, null, null));
  }

  @Test
  void preciseNumber_roundFigure_isBrokenWithAPreciseSuggestion() {
    PracticeScore score = score("I'd need 230k given the market", BAND_FIXED, null, null);
    assertEquals(PracticeRule.Outcome.BROKEN, score.of(PracticeRule.PreciseNumber.class));
    assertTrue(score.why().contains("$230,000 is round") && score.why().contains("$232,500"), score.why());
  }

  @Test
  void preciseNumber_noFigure_doesNotApply() {
    assertEquals(PracticeRule.Outcome.NOT_APPLICABLE,
        outcome(PracticeRule.PreciseNumber.class, "could we look at a sign-on instead?", CEILING, null, null));
  }

  @Test
  void noFirstNumber_numberNamedWhenAskedForExpectations_isBroken() {
    PracticeScore score = score("around $233,500", EXPECTATIONS, null, null);
    assertEquals(PracticeRule.Outcome.BROKEN, score.of(PracticeRule.NoFirstNumber.class));
    assertTrue(score.why().startsWith("They asked first"), score.why());
  }

  @Test
  void noFirstNumber_deflectedToTheirRange_isKept() {
    assertEquals(PracticeRule.Outcome.KEPT, outcome(PracticeRule.NoFirstNumber.class,
        "I'd rather hear the range you have budgeted for this role first", EXPECTATIONS, null, null));
  }

  @Test
  void noFirstNumber_afterTheyNamedTheirs_doesNotApply() {
    assertEquals(PracticeRule.Outcome.NOT_APPLICABLE,
        outcome(PracticeRule.NoFirstNumber.class, "$233,500 base", BAND_FIXED, null, null));
  }

  @Test
  void walkAwayPrivate_walkAwayFigureSaid_isBrokenWithoutRepeatingIt() {
    PracticeScore score = score("I can't go below $240,000", CEILING, null, 240_000L);
    assertEquals(PracticeRule.Outcome.BROKEN, score.of(PracticeRule.WalkAwayPrivate.class));
    assertFalse(score.why().contains("240"), score.why());
  }

  @Test
  void walkAwayPrivate_walkAwayNamedInWords_isBroken() {
    assertEquals(PracticeRule.Outcome.BROKEN, outcome(PracticeRule.WalkAwayPrivate.class,
        "honestly my bottom line is what you offered", BAND_FIXED, null, null));
  }

  @Test
  void walkAwayPrivate_askAboveIt_isKept() {
    assertEquals(PracticeRule.Outcome.KEPT,
        outcome(PracticeRule.WalkAwayPrivate.class, "$253,500 total", CEILING, null, 240_000L));
  }

  @Test
  void leverUsed_marketOrSignOn_isKept() {
    assertEquals(PracticeRule.Outcome.KEPT, outcome(PracticeRule.LeverUsed.class,
        "then could we close the gap with a sign-on bonus?", CEILING, null, null));
    assertEquals(PracticeRule.Outcome.KEPT, outcome(PracticeRule.LeverUsed.class,
        "the Charlotte market for this role is higher", BAND_FIXED, null, null));
  }

  @Test
  void leverUsed_plainAsk_isBroken() {
    PracticeScore score = score("please, I really need $233,500", BAND_FIXED, null, null);
    assertEquals(PracticeRule.Outcome.BROKEN, score.of(PracticeRule.LeverUsed.class));
    assertTrue(score.why().startsWith("No lever"), score.why());
  }

  @Test
  void counterOnce_sameFigureAgain_isKept() {
    assertEquals(PracticeRule.Outcome.KEPT, outcome(PracticeRule.CounterOnce.class,
        "I'd still need $233,500 with a sign-on", CEILING, 233_500L, null));
  }

  @Test
  void counterOnce_secondDifferentFigure_isBroken() {
    PracticeScore score = score("ok then $227,500 with a sign-on", CEILING, 233_500L, null);
    assertEquals(PracticeRule.Outcome.BROKEN, score.of(PracticeRule.CounterOnce.class));
    assertTrue(score.why().contains("already countered with $233,500"), score.why());
  }

  @Test
  void counterOnce_otherOfferFigureWhenAskedForIt_doesNotApply() {
    PracticeScore score = score("Globex offered $240,000", OTHER_OFFERS, 233_500L, null);
    assertEquals(PracticeRule.Outcome.NOT_APPLICABLE, score.of(PracticeRule.CounterOnce.class));
    assertEquals(PracticeRule.Outcome.NOT_APPLICABLE, score.of(PracticeRule.PreciseNumber.class));
  }

  @Test
  void line_keptAndBroken_namesEachRuleOnce() {
    PracticeScore score = score("230k", EXPECTATIONS, null, null);
    assertEquals("Score 2/4: kept counter once, walk-away kept private; broke a precise number, no first number.",
        score.line());
    assertTrue(score.why().startsWith("They asked first"), score.why());
  }
}
