package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TopicsTest {

  private static final Venue DM = Venue.DIRECT_MESSAGE;

  private final Coach coach = Seeds.coach();

  private String says(String open, String message) {
    Turn before = coach.open(open, DM);
    return assertInstanceOf(Reply.Text.class, coach.reply(before.conversation(), message, DM).reply()).text();
  }

  @Test
  void reply_401kMatchTheGuideHoldsNothingOn_saysSoWithNoFigureAndKeepsTheOffer() {
    Turn before = coach.open("ml-ai-engineer new york 200k base 20% bonus 200k rsu/4y", DM);
    Turn turn = coach.reply(before.conversation(), "what about 401k match? they said 4%", DM);
    String answer = assertInstanceOf(Reply.Text.class, turn.reply()).text();
    assertTrue(answer.startsWith("The ML/AI Engineer guide (ally-financial/ml-ai-engineer.md) holds nothing on "
        + "retirement plans or a 401(k) match, so I have no market figure for it."), answer);
    assertFalse(answer.contains("$"), answer);
    assertEquals(before.conversation().offer(), turn.conversation().offer());
  }

  @Test
  void reply_signOnWithTheGuidesArchitecture_citesItsRangeAndAPreciseAsk() {
    String answer = says("empathetic-automation-platform-engineer charlotte", "what's a good sign-on ask?");
    assertTrue(answer.startsWith("The guide's sign-on range for this role is $35K–$50K"), answer);
    assertTrue(answer.contains("e.g. $49,500"), answer);
  }

  @Test
  void reply_signOnOnlyInALever_citesTheLever() {
    String answer = says("ml-ai-engineer charlotte", "should i ask for a signing bonus");
    assertTrue(answer.startsWith("The guide's sign-on range for this role is $25K–$35K (lever 4, \"Responsible AI "
        + "Talent War Lever\")"), answer);
  }

  @Test
  void reply_level_listsTheGuidesLevelsAndGuessesNoBand() {
    String answer = says("ml-ai-engineer charlotte", "should i push for senior?");
    assertTrue(answer.startsWith("The guide's level table lists ML/AI Engineer, Senior ML/AI Engineer, Staff ML/AI "
        + "Engineer"), answer);
    assertFalse(answer.contains("$"), answer);
  }

  @Test
  void reply_housingStipend_givesTheGuidesMonthlyRange() {
    String answer = says("empathetic-automation-platform-engineer detroit", "what about a housing stipend");
    assertTrue(answer.startsWith("The guide puts a stipend at $2K–$3K a month"), answer);
  }

  @Test
  void reply_relocation_givesTheGuidesPackageFirst() {
    String answer = says("empathetic-automation-platform-engineer detroit", "can i get relocation?");
    assertTrue(answer.startsWith("The guide gives a relocation package of $25K–$40K for this role"), answer);
  }

  @Test
  void reply_cliffWithTheThreadsGrant_saysWhatVestsAtMonth12() {
    String answer = says("security-engineer charlotte 160k base, 15% bonus, 100k rsu over 4 years w/ 1 yr cliff",
        "what's a cliff?");
    assertTrue(answer.contains("Yours: $100K over 4 years, so $25K vests at month 12 and nothing before"), answer);
  }

  @Test
  void reply_statedScheduleWithACliff_isReadNotExplained() {
    Turn before = coach.open("ml-ai-engineer charlotte 180k base 50k rsu 40k bonus", DM);
    Turn turn = coach.reply(before.conversation(), "it vests 5/15/40/40 with a one-year cliff", DM);
    assertInstanceOf(Reply.Advice.class, turn.reply());
  }

  @Test
  void reply_topicBesideAFigureThatStatesTheOffer_readsTheFigure() {
    Turn before = coach.open("ml-ai-engineer charlotte 180k base 50k rsu 40k bonus", DM);
    Turn turn = coach.reply(before.conversation(), "sign on 30k and start date is jan 5", DM);
    assertEquals(30_000L, assertInstanceOf(Reply.Advice.class, turn.reply()).offer().signOn());
  }

  @Test
  void reply_topicBesideABareFigure_asksWhatTheFigureIs() {
    Turn before = coach.open("ml-ai-engineer charlotte 180k base 50k rsu 40k bonus", DM);
    Turn turn = coach.reply(before.conversation(), "190k and they said hybrid 3 days", DM);
    assertTrue(assertInstanceOf(Reply.Question.class, turn.reply()).text().startsWith("Is 190k the base"),
        turn.reply().toString());
  }

  @Test
  void reply_signOnInsteadOfBase_weighsOnceAgainstEveryYearAndKeepsTheBaseAsk() {
    Turn before = coach.open("ml-ai-engineer new york 210k base 20% bonus 200k rsu/4y", DM);
    Turn turn = coach.reply(before.conversation(), "they offered a 25k signing bonus instead of bumping base, good?",
        DM);
    String answer = assertInstanceOf(Reply.Text.class, turn.reply()).text();
    assertTrue(answer.startsWith("A $25K sign-on is paid once; base is paid every year, raises are figured on it, and "
        + "your 20% bonus follows it. Spread over four years, $25K is $6.25K a year"), answer);
    assertTrue(answer.contains("Their base of $210K still has $52K of room to the New York base top ($262K)"), answer);
    assertEquals(25_000L, turn.conversation().offer().signOn());
  }
}
