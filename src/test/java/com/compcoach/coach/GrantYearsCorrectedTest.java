package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Vesting years put right with no figure spread the thread's grant over them; a year's figure asks which it was. */
class GrantYearsCorrectedTest {

  private static final Venue DM = Venue.DIRECT_MESSAGE;

  private final Coach coach = Seeds.coach();

  private Turn grantOverFour() {
    return coach.open("security-engineer charlotte 150k base 120k rsu over 4 years", DM);
  }

  @Test
  void reply_equityActuallyOverFiveYearsNotFour_spreadsTheGrantOverFive() {
    Turn turn = coach.reply(grantOverFour().conversation(), "oh wait equity is actually over 5 years not 4", DM);
    assertEquals(24_000L, turn.conversation().offer().stock());
    assertEquals(5, turn.conversation().offer().grantYears());
    String said = new TextRenderer().render(turn.reply());
    assertTrue(said.contains("Spread the $120,000 grant over 5 years, not 4: $24,000 a year"), said);
  }

  @Test
  void reply_threeYearVestAfterASorry_spreadsTheGrantOverThree() {
    Turn turn = coach.reply(grantOverFour().conversation(), "sorry, its a 3 year vest", DM);
    assertEquals(40_000L, turn.conversation().offer().stock());
  }

  @Test
  void reply_yearsTakenBackWithABareFour_isNoFigureOfStock() {
    Turn turn = coach.reply(grantOverFour().conversation(), "actually 5 yrs not 4 for the rsus", DM);
    assertEquals(24_000L, turn.conversation().offer().stock());
  }

  @Test
  void reply_stockGivenAYearThenVestingYears_asksWhetherItWasTheWholeGrant() {
    Turn open = coach.open("security-engineer charlotte 150k base 40k rsu per year", DM);
    Turn turn = coach.reply(open.conversation(), "sorry, the rsus vest over 3 years", DM);
    Reply.Question asked = assertInstanceOf(Reply.Question.class, turn.reply());
    assertTrue(asked.text().contains("\"120k rsu over 3 years\""), asked.text());
    assertEquals(40_000L, turn.conversation().offer().stock());
  }

  @Test
  void yearsSaid_questionWishOrCliff_isNone() {
    assertEquals(0, GrantYearsCorrected.yearsSaid("should i ask for a 3 year vest"));
    assertEquals(0, GrantYearsCorrected.yearsSaid("would a 3 year vest be better?"));
    assertEquals(0, GrantYearsCorrected.yearsSaid("they have a 1 year cliff on the rsus"));
    assertEquals(0, GrantYearsCorrected.yearsSaid("i have 5 years of experience"));
  }

  @Test
  void yearsSaid_yearsTakenBack_areTheOnesKept() {
    assertEquals(5, GrantYearsCorrected.yearsSaid("the grant is over 5 years, not 4 years"));
    assertEquals(3, GrantYearsCorrected.yearsSaid("correction: the rsus vest over three years"));
  }

  @Test
  void yearsSaid_timeAtAJobOrTheCurrentEmployersVesting_isNone() {
    assertEquals(0, GrantYearsCorrected.yearsSaid("I've been at my current job 2 years and my equity there is "
        + "underwater"));
    assertEquals(0, GrantYearsCorrected.yearsSaid("my current stock vests in 2 years so I'd leave some on the table"));
    assertEquals(0, GrantYearsCorrected.yearsSaid("I've worked there 3 years, all my rsus vested"));
  }

  @Test
  void yearsSaid_questionWithoutAQuestionMark_isNone() {
    assertEquals(0, GrantYearsCorrected.yearsSaid("I plan to stay 3 years, is the equity worth it"));
    assertEquals(0, GrantYearsCorrected.yearsSaid("the rsus over 3 years, how does that compare"));
  }

  @Test
  void reply_grantSpreadOverThree_roundsTheYearToTheDollar() {
    Turn open = coach.open("security-engineer charlotte 150k base 200k rsu over 4 years", DM);
    Turn turn = coach.reply(open.conversation(), "sorry, the rsus vest over 3 years, not 4", DM);
    assertEquals(66_667L, turn.conversation().offer().stock());
    String said = new TextRenderer().render(turn.reply());
    assertTrue(said.contains("over 3 years, not 4: $66,667 a year"), said);
  }
}
