package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClaimsTest {

  private static final Venue DM = Venue.DIRECT_MESSAGE;

  private final Coach coach = Seeds.coach();

  private String says(String message) {
    Turn before = coach.open("security-engineer detroit 140k base 10% bonus no stock", DM);
    return assertInstanceOf(Reply.Text.class, coach.reply(before.conversation(), message, DM).reply()).text();
  }

  @Test
  void reply_everyoneAtThisLevelAccepted_isCheckedAgainstTheRowNotTheLevelTable() {
    String answer = says("recruiter said everyone at this level accepted this exact package");
    assertTrue(answer.startsWith("That's a common line, and one you can't check"), answer);
    assertTrue(answer.contains("the guide's Detroit row (ally-financial/security-engineer.md line 11) runs to base "
        + "$172K"), answer);
    assertTrue(answer.contains("Total $154K is below the Detroit band ($185K–$268K)"), answer);
    assertFalse(answer.contains("level table"), answer);
  }

  @Test
  void reply_isThatATactic_saysMostLikelyWithTheSameCheck() {
    String answer = says("are they bluffing?");
    assertTrue(answer.startsWith("Most likely, yes"), answer);
    assertTrue(answer.contains("is there flexibility on the base"), answer);
  }
}
