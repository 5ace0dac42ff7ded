package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.guide.Lookup;
import com.compcoach.guide.Region;
import org.junit.jupiter.api.Test;

class SideQuestionsTest {

  private static final long CHARLOTTE_AIM = 357_000;

  private static Region charlotte() {
    return assertInstanceOf(Lookup.Found.class, Seeds.catalog().find("ml-ai-engineer charlotte")).region();
  }

  @Test
  void theirRange_aBaseRangeUnderTheBandTop_anchorsAtTheBandsPreciseTopAndTheAim() {
    String answer = SideQuestions.theirRange("their range is 170-200k, should i give a number?", charlotte(),
        CHARLOTTE_AIM);
    assertTrue(answer.contains("Their range tops out at $200K base"), answer);
    assertTrue(answer.contains("a base around $233,000 and a total around $357,000 a year"), answer);
  }

  @Test
  void theirRange_aTotalRangeAboveTheAim_anchorsPastItsTop() {
    String answer = SideQuestions.theirRange("their budget is 300-370k tc", charlotte(), CHARLOTTE_AIM);
    assertTrue(answer.contains("tops out at $370K total"), answer);
    assertTrue(answer.contains("a total around $370,500 a year"), answer);
  }

  @Test
  void theirRange_aRangeNeitherBaseNorTotalFits_asksWhichItIs() {
    String answer = SideQuestions.theirRange("their range is 230-260k", charlotte(), CHARLOTTE_AIM);
    assertTrue(answer.startsWith("Is $230K–$260K their range for the base or the whole package?"), answer);
  }

  @Test
  void theirRange_noRangeInTheMessage_isNull() {
    assertNull(SideQuestions.theirRange("they asked my salary expectations", charlotte(), CHARLOTTE_AIM));
  }

  @Test
  void clawbackNote_twoYearsInFull_asksForProRatedOverTwelveMonths() {
    String note = SideQuestions.clawbackNote("sign-on 30k but i pay it back if i leave within 2 years");
    assertTrue(note.contains("within 2 years"), note);
    assertTrue(note.contains("pro-rated") && note.contains("over 12 months rather than 24 months"), note);
  }

  @Test
  void clawbackNote_proRataWithinTwelveMonths_saysItIsTheUsualTerm() {
    String note = SideQuestions.clawbackNote("30k signing, repaid pro rata if i leave within 12 months");
    assertTrue(note.contains("that's the usual, fair term"), note);
  }

  @Test
  void clawbackNote_grantYearsBeforeTheRepaymentPeriod_readsTheRepaymentsOwn() {
    String note = SideQuestions.clawbackNote("equity: 200,000 usd (4yr, 1yr cliff) | sign on: 20,000 (repayable if i "
        + "leave < 12mo)");
    assertTrue(note.contains("within 1 year"), note);
    assertFalse(note.contains("4 years"), note);
  }

  @Test
  void clawbackNote_noRepaymentTerms_isNull() {
    assertNull(SideQuestions.clawbackNote("30k sign-on paid with the first paycheck"));
  }

  @Test
  void rescind_withACompetingOffer_reassuresAndNamesNoFigure() {
    Conversation c = Conversation.EMPTY.withCompeting(new Competing(300_000, "USD", "Stripe"));
    String answer = SideQuestions.rescind(c);
    assertTrue(answer.startsWith("A polite, researched counter almost never costs an offer"), answer);
    assertTrue(answer.contains("you have your competing offer"), answer);
    assertFalse(answer.contains("$"), answer);
  }
}
