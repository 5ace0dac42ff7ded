package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.guide.GuideCatalog;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CoachTest {

  private static final Venue DM = Venue.DIRECT_MESSAGE;
  private static final Venue CHANNEL = Venue.SHARED_CHANNEL;

  private final Coach coach = Seeds.coach();
  private final TextRenderer text = new TextRenderer();

  private Turn says(Turn before, String message, Venue venue) {
    return coach.reply(before.conversation(), message, venue);
  }

  private Turn charlotteOffer() {
    return coach.open("ml-ai-engineer charlotte 180k base 50k rsu 40k bonus", DM);
  }

  @Test
  void open_roleAndRegion_givesTheCardWithTheAimAndNoCounter() {
    Turn turn = coach.open("ml-ai-engineer charlotte", DM);
    Reply.Card card = assertInstanceOf(Reply.Card.class, turn.reply());
    assertEquals("Charlotte, NC", card.region().name());
    assertEquals(334_000, card.target().total().low());
    assertNull(card.counter());
    assertEquals(Verdict.NO_OFFER, card.verdict());
    assertTrue(card.script().startsWith("Don't name a number first."), card.script());
    assertEquals(357_000, card.aim());
    assertTrue(card.levers().get(0).text().contains("$231K–$233K"));
  }

  @Test
  void open_withOffer_givesPositionsAndTheWorkedCounter() {
    Reply.Card card = assertInstanceOf(Reply.Card.class, charlotteOffer().reply());
    assertEquals("Base $180K is at 12% of the Charlotte band, in its bottom quarter.", card.positions().get(0).line());
    Counteroffer k = card.counter();
    assertEquals(List.of(233_000L, 71_000L, 53_000L, 0L, 357_000L),
        List.of(k.base(), k.stock(), k.bonus(), k.signOn(), k.total()));
    assertEquals(Verdict.BELOW_TARGET, card.verdict());
    assertTrue(card.script().contains("a base of $233,000, RSUs of $71,000 a year and a bonus of $53,000"));
  }

  @Test
  void open_compare_givesEachNamedRegionInOrder() {
    Reply.Comparison comparison = assertInstanceOf(Reply.Comparison.class,
        coach.open("compare ml-ai-engineer detroit charlotte new york", DM).reply());
    assertEquals(List.of("Detroit, MI (HQ)", "Charlotte, NC", "New York"),
        comparison.columns().stream().map(c -> c.region().name()).toList());
  }

  @Test
  void open_emptyOrHelp_givesUsage() {
    assertTrue(text.render(coach.open("", DM).reply()).contains("/comp compare"));
    assertTrue(text.render(coach.open("help", DM).reply()).contains("/comp compare"));
  }

  @Test
  void reply_regionSwitch_keepsTheOfferAndRecomputes() {
    Turn turn = says(charlotteOffer(), "what about new york?", DM);
    Reply.Advice card = assertInstanceOf(Reply.Advice.class, turn.reply());
    assertEquals("New York", card.region().name());
    assertEquals(180_000L, card.offer().base());
    assertEquals(262_000, card.counter().base());
  }

  @Test
  void reply_theyCameBackFarFromTheCounter_splitsWhatRemains() {
    Turn turn = says(charlotteOffer(), "they came back with 205k base", DM);
    Reply.Advice card = assertInstanceOf(Reply.Advice.class, turn.reply());
    assertEquals(Verdict.SPLIT, card.verdict());
    assertEquals(205_000L, card.offer().base());
    assertEquals(50_000L, card.offer().stock());
    assertEquals(219_000, card.counter().base());
    assertTrue(card.script().contains("a base of $219,000"), card.script());
  }

  @Test
  void reply_theyCameBackWithinASixthOfTheGap_accepts() {
    Turn turn = says(charlotteOffer(), "they came back with 231k base, 70k rsu, 48k bonus", DM);
    Reply.Advice card = assertInstanceOf(Reply.Advice.class, turn.reply());
    assertEquals(Verdict.ACCEPT, card.verdict());
    assertTrue(card.script().contains("I accept"), card.script());
  }

  @Test
  void reply_why_explainsTheCounterWithItsGuideLines() {
    String why = text.render(says(charlotteOffer(), "why?", DM).reply());
    assertTrue(why.contains("ally-financial/ml-ai-engineer.md line"), why);
    assertTrue(why.contains("Charlotte, NC"), why);
    assertTrue(why.contains("$334K–$365K"), why);
  }

  @Test
  void reply_whyAfterLever_explainsTheRatios() {
    Turn lever = says(charlotteOffer(), "lever 1", DM);
    assertTrue(text.render(lever.reply()).contains("$231K–$233K"));
    String why = text.render(says(lever, "why?", DM).reply());
    assertTrue(why.contains("Lever 1") && why.contains("$233K/$222K"), why);
  }

  @Test
  void reply_walkAwayInADirectMessage_isRepeatedAndUsed() {
    Turn turn = says(charlotteOffer(), "my walk-away is 240k", DM);
    assertEquals(240_000L, turn.conversation().walkAway());
    assertTrue(text.render(turn.reply()).contains("$240K"));
  }

  @Test
  void reply_walkAwayInASharedChannel_isRememberedButNeverRepeated() {
    Turn first = coach.open("ml-ai-engineer charlotte 180k base 50k rsu 40k bonus", CHANNEL);
    Turn turn = says(first, "my walk-away is 347k", CHANNEL);
    assertEquals(347_000L, turn.conversation().walkAway());
    String said = text.render(turn.reply()) + text.render(says(turn, "why?", CHANNEL).reply());
    assertFalse(said.contains("347"), said);
    assertTrue(said.contains("won't repeat it"), said);
  }

  @Test
  void reply_offerInASharedChannel_suggestsADirectMessage() {
    String said = text.render(coach.open("ml-ai-engineer charlotte 180k base", CHANNEL).reply());
    assertTrue(said.contains("DM me to keep them private"), said);
  }

  @Test
  void reply_competingOfferWithAPercentBonus_worksItOutOnItsOwnBase() {
    Turn turn = says(charlotteOffer(), "Stripe offered 200k base, 15% bonus", DM);
    assertEquals(new Competing(230_000, "USD", "Stripe", 200_000L, null, 30_000L, null),
        turn.conversation().competing());
    assertTrue(text.render(turn.reply()).contains("Took the 15% bonus as 15% of the $200K base beside it: $30K."),
        text.render(turn.reply()));
  }

  @Test
  void reply_competingOffer_liftsTheCounterPastIt() {
    Turn turn = says(charlotteOffer(), "I have a competing offer of 400k TC from Stripe", DM);
    Reply.Advice card = assertInstanceOf(Reply.Advice.class, turn.reply());
    assertTrue(card.counter().year1Total() >= 400_000, card.counter().toString());
    String lever = text.render(says(turn, "lever 1", DM).reply());
    assertTrue(lever.contains("My competing offer from Stripe is at $400K TC"), lever);
  }

  @Test
  void reply_theyAgreed_congratulatesAndAsksForItInWriting() {
    String said = text.render(says(charlotteOffer(), "they accepted!", DM).reply());
    assertTrue(said.contains("in writing"), said);
  }

  @Test
  void reply_currentEmployer_fillsTheCurrentCompanyPlaceholder() {
    Turn turn = says(charlotteOffer(), "I'm currently at Acme Bank", DM);
    assertEquals("Acme Bank", turn.conversation().employer());
    String lever = text.render(says(turn, "lever 2", DM).reply());
    assertTrue(lever.contains("than at Acme Bank."), lever);
    assertFalse(lever.contains("[current company]"), lever);
  }

  @Test
  void reply_startOver_forgetsTheFiguresAndKeepsTheRoleAndPlace() {
    Conversation before = charlotteOffer().conversation();
    Turn turn = says(charlotteOffer(), "start over", DM);
    assertEquals(Conversation.EMPTY.withGuide(before.company(), before.role(), before.region()), turn.conversation());
    assertTrue(text.render(turn.reply()).contains("Still ML/AI Engineer in Charlotte"), text.render(turn.reply()));
  }

  @Test
  void reply_compareTwoRegions_comparesJustThose() {
    Reply.Comparison comparison = assertInstanceOf(Reply.Comparison.class,
        says(charlotteOffer(), "compare detroit and charlotte", DM).reply());
    assertEquals(2, comparison.columns().size());
    assertEquals(4, comparison.columns().get(0).positions().size());
  }

  @Test
  void reply_chatter_getsAShortUsefulAnswer() {
    Reply reply = says(charlotteOffer(), "hmm interesting", DM).reply();
    assertTrue(text.render(reply).contains("why?"));
  }

  @Test
  void reply_regionAfterRoleOnly_givesTheCard() {
    Turn roleOnly = coach.open("security-engineer", DM);
    assertInstanceOf(Reply.Choices.class, roleOnly.reply());
    Turn turn = says(roleOnly, "charlotte", DM);
    assertEquals("Charlotte, NC", assertInstanceOf(Reply.Card.class, turn.reply()).region().name());
  }

  @Test
  void reply_grantAndPercentBonus_becomeYearlyAmounts() {
    Turn turn = says(coach.open("ml-ai-engineer charlotte", DM), "offer: 175k base, 200k RSU over 4 years, 15% bonus",
        DM);
    Offer offer = turn.conversation().offer();
    assertEquals(50_000L, offer.stock());
    assertEquals(26_250L, offer.bonus());
  }

  @Test
  void reply_baseRaisedAfterAPercentBonus_bonusFollowsTheNewBaseAndSaysSo() {
    Turn turn = says(coach.open("ml-ai-engineer charlotte", DM), "base 192.5k, bonus tgt 10%", DM);
    turn = says(turn, "they bumped base to 200k, everything else same", DM);
    assertEquals(20_000L, turn.conversation().offer().bonus());
    assertTrue(text.render(turn.reply()).contains("Kept the bonus at 10% of base: $20,000 on the new base."),
        text.render(turn.reply()));
  }

  @Test
  void reply_bonusGivenAsAnAmountAfterAPercent_stopsFollowingTheBase() {
    Turn turn = says(coach.open("ml-ai-engineer charlotte", DM), "180k base, 15% bonus", DM);
    turn = says(turn, "actually bonus is 30k", DM);
    turn = says(turn, "they came back with 190k base", DM);
    assertEquals(30_000L, turn.conversation().offer().bonus());
  }

  @Test
  void reply_grantTotalAfterItsYears_isSpreadOverThemWithoutAsking() {
    Turn turn = says(coach.open("security-engineer charlotte", DM), "base 150k, rsu grant 100k over 4 years", DM);
    turn = says(turn, "and the rsu grant went to 120k total", DM);
    assertEquals(30_000L, turn.conversation().offer().stock());
    assertTrue(text.render(turn.reply()).contains("over the 4 years you gave before: $30,000 a year"),
        text.render(turn.reply()));
  }

  @Test
  void reply_grantTotalWithNoYearsInTheThread_asksForThem() {
    Turn turn = says(coach.open("security-engineer charlotte", DM), "base 150k, 40k rsu per year", DM);
    Turn asked = says(turn, "they bumped rsus to 120k total", DM);
    assertInstanceOf(Reply.Question.class, asked.reply());
    assertEquals(40_000L, asked.conversation().offer().stock());
  }

  @Test
  void reply_backLoadedVesting_reportsYearOneAndSteadyState() {
    Turn turn = says(charlotteOffer(), "it vests 5/15/40/40", DM);
    Reply.Advice card = assertInstanceOf(Reply.Advice.class, turn.reply());
    assertEquals(233_000 + 71_000 / 5 + 53_000, card.counter().year1Total());
    assertTrue(card.notes().stream().anyMatch(n -> n.contains("year 1 pays $10K in stock")), card.notes().toString());
  }

  @Test
  void submit_validForm_acceptsWithTheCounter() {
    Turn start = coach.open("ml-ai-engineer charlotte", DM);
    Submission s = coach.submit(start.conversation(), new OfferForm("180k", "200k", "4", "15%", "", ""), DM);
    Submission.Accepted accepted = assertInstanceOf(Submission.Accepted.class, s);
    Reply.Advice card = assertInstanceOf(Reply.Advice.class, accepted.turn().reply());
    assertEquals(50_000L, card.offer().stock());
    assertEquals(27_000L, card.offer().bonus());
    assertNotNull(card.counter());
  }

  @Test
  void switchRegion_selectValue_keepsTheOffer() {
    Turn turn = coach.switchRegion(charlotteOffer().conversation(), "Detroit, MI (HQ)", DM);
    Reply.Advice card = assertInstanceOf(Reply.Advice.class, turn.reply());
    assertEquals(180_000L, card.offer().base());
    assertEquals("Detroit, MI (HQ)", turn.conversation().region());
  }

  @Test
  void levers_button_givesEveryLeverRestated() {
    String said = text.render(coach.levers(charlotteOffer().conversation(), DM).reply());
    assertTrue(said.contains("1. Fair Lending ML Scarcity Lever") && said.contains("4. Responsible AI"), said);
    assertTrue(said.contains("$231K–$233K"), said);
  }

  @Test
  void compare_button_givesAllRegions() {
    Reply.Comparison comparison = assertInstanceOf(Reply.Comparison.class,
        coach.compare(charlotteOffer().conversation(), DM).reply());
    assertEquals(3, comparison.columns().size());
  }

  @Test
  void open_guidePastItsReviewDate_saysSo() {
    GuideCatalog catalog = Seeds.catalog();
    Coach late = new Coach(() -> catalog, Clock.fixed(Instant.parse("2026-09-01T00:00:00Z"), ZoneOffset.UTC));
    Reply.Card card = assertInstanceOf(Reply.Card.class, late.open("ml-ai-engineer charlotte", DM).reply());
    assertTrue(card.notes().stream().anyMatch(n -> n.contains("due for review on 2026-05-23")));
  }

  @Nested
  class BadInput {

    private void assertQuestionAndUnchanged(String message, String expected) {
      Turn before = charlotteOffer();
      Turn after = says(before, message, DM);
      Reply.Question question = assertInstanceOf(Reply.Question.class, after.reply());
      assertTrue(question.text().contains(expected), question.text());
      // A figure asked about waits for its word; nothing else changes.
      assertEquals(before.conversation(), after.conversation().withPending(null));
    }

    @Test
    void reply_thousandsOfDots_answersAndChangesNothing() {
      // A dot-leader pattern that recursed once per dot overflowed the stack on this (found by ReadersProperties).
      Turn before = charlotteOffer();
      Turn after = says(before, ".".repeat(4_669), DM);
      assertEquals(before.conversation().offer(), after.conversation().offer());
    }

    @Test
    void reply_thousandsWithoutKBeforeAnyFigureFarFromItsBand_asksAndChangesNothing() {
      Turn before = coach.open("ml-ai-engineer charlotte", DM);
      Turn after = says(before, "base 18", DM);
      Reply.Question question = assertInstanceOf(Reply.Question.class, after.reply());
      assertTrue(question.text().contains("Did you mean $18K"), question.text());
      assertNull(after.conversation().offer());
    }

    @Test
    void reply_thousandsWithoutKBeforeAnyFigureInsideItsBand_isReadSoAndSaidBack() {
      Turn after = says(coach.open("ml-ai-engineer charlotte", DM), "base 180", DM);
      assertEquals(180_000L, after.conversation().offer().base());
      assertTrue(text.render(after.reply()).contains("Read 180 base as 180k, as the Charlotte base band is"),
          text.render(after.reply()));
    }

    @Test
    void reply_thousandsWithoutKAfterAnOfferInThousands_isReadSoAndSaidBack() {
      Turn after = says(charlotteOffer(), "base 190", DM);
      assertEquals(190_000L, after.conversation().offer().base());
      assertTrue(text.render(after.reply()).contains("Read 190 as 190k, like the figures before it in this thread."),
          text.render(after.reply()));
    }

    @Test
    void reply_bareWalkAwayThatCannotBeTakenInAChannel_asksWithoutRepeatingIt() {
      Turn after = says(coach.open("ml-ai-engineer charlotte", CHANNEL), "my walk-away is 45", CHANNEL);
      Reply.Question question = assertInstanceOf(Reply.Question.class, after.reply());
      assertFalse(question.text().contains("45"), question.text());
      assertNull(after.conversation().walkAway());
    }

    @Test
    void reply_bareWalkAwayInsideTheBandInAChannel_isTakenWithoutRepeatingIt() {
      Turn after = says(coach.open("ml-ai-engineer charlotte", CHANNEL), "my walk-away is 245", CHANNEL);
      assertEquals(245_000L, after.conversation().walkAway());
      assertFalse(text.render(after.reply()).contains("245"), text.render(after.reply()));
    }

    @Test
    void reply_baseOfNothing_asksForTheWholeFigureAndChangesNothing() {
      assertQuestionAndUnchanged("000 base", "A base of $0 (000)? Give me the whole figure");
    }

    @Test
    void reply_loneNumber_asksWhatItIs() {
      assertQuestionAndUnchanged("180", "Is 180 ($180K) the base");
    }

    @Test
    void reply_negative_asksAndChangesNothing() {
      assertQuestionAndUnchanged("-180k base", "negative");
    }

    @Test
    void reply_tenTimesTheBandTop_asksAndChangesNothing() {
      assertQuestionAndUnchanged("base 2.5M", "more than ten times the top");
    }

    @Test
    void reply_otherCurrency_asksAndNeverConverts() {
      assertQuestionAndUnchanged("£100k base, £30k stock", "I don't convert currencies");
    }

    @Test
    void reply_grantWithoutYears_asksWhetherItIsAYear() {
      assertQuestionAndUnchanged("200k RSU", "whole grant or a year");
    }

    @Test
    void reply_totalBelowItsParts_asksWhichIsRight() {
      assertQuestionAndUnchanged("TC 150k", "Which is right?");
    }

    @Test
    void reply_twoBaseFigures_asksWhichOne() {
      assertQuestionAndUnchanged("180k base and 190k base", "Which one");
    }

    @Test
    void open_unknownRole_suggestsTheClosest() {
      Reply.Choices choices = assertInstanceOf(Reply.Choices.class, coach.open("plumber charlotte", DM).reply());
      assertFalse(choices.choices().isEmpty());
      assertTrue(choices.text().contains("plumber"));
    }

    @Test
    void open_misspeltRegionWithoutRole_asksAboutTheClosestRegionWithItsRoles() {
      Turn turn = coach.open("charlote", DM);

      Reply.Choices choices = assertInstanceOf(Reply.Choices.class, turn.reply());
      assertTrue(choices.text().contains("\"charlote\"") && choices.text().contains("Did you mean Charlotte, NC?"),
          choices.text());
      assertTrue(choices.choices().stream().allMatch(c -> c.query().endsWith(" charlotte")), choices.toString());
      assertEquals(Conversation.EMPTY, turn.conversation());
    }

    @Test
    void reply_regionTheGuideLacks_offersTheRegionsItHas() {
      Turn before = charlotteOffer();
      Turn after = says(before, "what about tokyo?", DM);
      Reply.Choices choices = assertInstanceOf(Reply.Choices.class, after.reply());
      assertTrue(choices.text().contains("\"tokyo\""), choices.text());
      assertEquals(3, choices.choices().size());
      assertEquals(before.conversation(), after.conversation());
    }

    @Test
    void reply_thanksBeforeAnything_isNotLookedUpAsARole() {
      Turn turn = coach.reply(Conversation.EMPTY, "thanks!", DM);

      String said = text.render(turn.reply());
      assertTrue(said.startsWith("You're welcome."), said);
      assertEquals(Conversation.EMPTY, turn.conversation());
    }

    @Test
    void reply_whyBeforeAnything_saysWhatToDoFirst() {
      String said = text.render(coach.reply(Conversation.EMPTY, "why?", DM).reply());
      assertTrue(said.contains("Start with a role"), said);
    }

    @Test
    void reply_missingLever_namesTheLeversThereAre() {
      String said = text.render(says(charlotteOffer(), "lever 9", DM).reply());
      assertTrue(said.contains("levers 1 to 4"), said);
    }

    @Test
    void submit_unreadableFields_namesEachField() {
      Turn start = coach.open("ml-ai-engineer charlotte", DM);
      Submission s = coach.submit(start.conversation(), new OfferForm("lots", "-5k", "", "", "", ""), DM);
      Map<String, String> errors = assertInstanceOf(Submission.Invalid.class, s).errors();
      assertEquals(2, errors.size(), errors.toString());
      assertTrue(errors.containsKey(OfferForm.BASE) && errors.containsKey(OfferForm.STOCK));
    }

    @Test
    void submit_badYears_pointsAtTheYearsField() {
      Turn start = coach.open("ml-ai-engineer charlotte", DM);
      Submission s = coach.submit(start.conversation(), new OfferForm("180k", "200k", "forty", "", "", ""), DM);
      assertTrue(assertInstanceOf(Submission.Invalid.class, s).errors().containsKey(OfferForm.STOCK_YEARS));
    }
  }

  /** Questions in the thread are answered with the conversation's figures, never the fallback. */
  @Nested
  class Questions {

    private String answer(Turn before, String question, Venue venue) {
      Turn turn = says(before, question, venue);
      return assertInstanceOf(Reply.Text.class, turn.reply()).text();
    }

    @Test
    void reply_howMuchCanIAskWithAnOffer_givesTheCounterAndItsGap() {
      String said = answer(charlotteOffer(), "how much can I ask for?", DM);
      assertTrue(said.contains("a base of $233,000, RSUs of $71,000 a year and a bonus of $53,000"), said);
      assertTrue(said.contains("$87K more"), said);
    }

    @Test
    void reply_whatsTheAimBeforeAnOffer_givesTheAimAndTheBands() {
      String said = answer(coach.open("ml-ai-engineer charlotte", DM), "what's the aim?", DM);
      assertTrue(said.contains("$357K a year") && said.contains("$334K–$365K"), said);
    }

    @Test
    void reply_shouldIAcceptBelowTarget_saysNotYetWithTheBandPosition() {
      String said = answer(charlotteOffer(), "is this fair?", DM);
      assertTrue(said.startsWith("Not yet: $270K a year is at 17% of the Charlotte band"), said);
    }

    @Test
    void reply_shouldIAcceptUnderTheWalkAway_saysSoOnlyWithTheFigureInADm() {
      Turn withWalkAway = says(charlotteOffer(), "my walk-away is 300k", DM);
      assertTrue(answer(withWalkAway, "should I accept?", DM).contains("$30K under your walk-away of $300K"));
      Turn inChannel = says(coach.open("ml-ai-engineer charlotte 180k base 50k rsu 40k bonus", CHANNEL),
          "my walk-away is 300k", CHANNEL);
      String said = answer(inChannel, "should I accept?", CHANNEL);
      assertTrue(said.contains("under your walk-away") && !said.contains("300"), said);
    }

    @Test
    void reply_whatIfTheySayNo_givesTheSignOnWithinTheLeversRangeAndTheReview() {
      String said = answer(charlotteOffer(), "what if they say no?", DM);
      // Half the year's gap would be $43,500: a lever gives the guide's sign-on range, $25K–$35K, and no answer asks past it.
      assertTrue(said.contains("a sign-on of $34,500") && said.contains("the guide's sign-on range is $25K–$35K")
          && said.contains("review at 6 months"), said);
    }

    @Test
    void reply_theyWontMoveOnBase_keepsTheBaseAndMovesTheAsk() {
      Turn turn = says(charlotteOffer(), "they won't budge on base", DM);
      String said = assertInstanceOf(Reply.Text.class, turn.reply()).text();
      assertTrue(said.contains("keep the base at $180K"), said);
      Counteroffer moved = turn.conversation().counter();
      assertEquals(180_000, moved.base());
      assertEquals(List.of(71_000L, 61_000L, 34_500L), List.of(moved.stock(), moved.bonus(), moved.signOn()));
      assertTrue(said.contains("$11K of the ask is past what the bands and the guide's sign-on range can carry"), said);
    }

    @Test
    void reply_topOfTheBand_answersWithTheGuideRowAndTheirBase() {
      String said = answer(charlotteOffer(), "the recruiter says it's the top of the band", DM);
      assertTrue(said.contains("line 60") && said.contains("$53K under that top"), said);
    }

    @Test
    void reply_email_writesTheOneCounterofferEmail() {
      Reply.Draft email = assertInstanceOf(Reply.Draft.class,
          says(charlotteOffer(), "how do I say it by email?", DM).reply());
      assertEquals("email", email.kind());
      assertTrue(email.body().startsWith("Subject: ML/AI Engineer offer"), email.body());
      assertTrue(email.body().contains("I'd like to ask for a base salary of $233,000"), email.body());
    }

    @Test
    void reply_callScript_writesTheCallNotTheEmail() {
      Reply.Draft call = assertInstanceOf(Reply.Draft.class, says(charlotteOffer(), "call script", DM).reply());
      assertEquals("call", call.kind());
    }

    @Test
    void reply_whatDoISayOnTheCall_writesTheCall() {
      Reply.Draft call = assertInstanceOf(Reply.Draft.class,
          says(charlotteOffer(), "what do I say on the call?", DM).reply());
      assertEquals("call", call.kind());
    }

    @Test
    void reply_yearByYear_writesTheTables() {
      Reply.Draft years = assertInstanceOf(Reply.Draft.class, says(charlotteOffer(), "year by year", DM).reply());
      assertEquals("years", years.kind());
    }

    @Test
    void reply_canIAskForMoreTime_asksForAnExtensionNotMoreMoney() {
      Reply.Draft extension = assertInstanceOf(Reply.Draft.class,
          says(charlotteOffer(), "can I ask for more time?", DM).reply());
      assertEquals("extension", extension.kind());
    }

    @Test
    void reply_emailAfterBaseFixed_sendsTheStandingAsk() {
      Turn fixed = says(charlotteOffer(), "they won't move on base", DM);
      Turn email = says(fixed, "how do I say it by email?", DM);
      Reply.Draft draft = assertInstanceOf(Reply.Draft.class, email.reply());
      assertTrue(draft.body().contains("a base salary of $180,000"), draft.body());
      assertEquals(fixed.conversation().counter(), email.conversation().counter());
    }

    @Test
    void reply_leverage_namesTheMarketAndTheLevers() {
      String said = answer(charlotteOffer(), "what's my leverage?", DM);
      assertTrue(said.contains("their $270K is at 17% of it") && said.contains("2. Ally.ai Platform Builder"), said);
    }

    @Test
    void reply_unmatched_namesTheConversationAndWhatItCanDo() {
      String said = answer(charlotteOffer(), "blah blah", DM);
      assertTrue(said.contains("their offer of $270K a year, your ask of $357K"), said);
    }
  }

  /** Offers read as people say them: whose figures, which figure, how often paid. */
  @Nested
  class OffersAsSaid {

    @Test
    void reply_anotherCompanysFigures_becomeTheCompetingOfferNotThisOne() {
      Turn turn = says(charlotteOffer(), "Globex put 240k on the table", DM);
      assertEquals(270_000L, turn.conversation().offer().recurringTotal());
      assertEquals(new Competing(240_000, "USD", "Globex"), turn.conversation().competing());
    }

    @Test
    void reply_correction_replacesOnlyThatFigureAndIsNotTheirAnswer() {
      Turn turn = says(charlotteOffer(), "sorry, 190 not 180", DM);
      Reply.Advice advice = assertInstanceOf(Reply.Advice.class, turn.reply());
      assertEquals(190_000L, advice.offer().base());
      assertEquals(50_000L, advice.offer().stock());
      assertFalse(advice.verdict() == Verdict.SPLIT || advice.verdict() == Verdict.ACCEPT, advice.verdict().code());
    }

    @Test
    void reply_bareFigure_asksWhichComponentSuggestingTheBand() {
      Turn turn = says(charlotteOffer(), "it came in at 210", DM);
      String asked = assertInstanceOf(Reply.Question.class, turn.reply()).text();
      assertTrue(asked.startsWith("Is 210 ($210K) the base"), asked);
      assertEquals(charlotteOffer().conversation().withPending("210"), turn.conversation());
    }

    @Test
    void reply_yesToTheSuggestedComponent_takesTheFigure() {
      Turn asked = says(charlotteOffer(), "it came in at 210", DM);
      Reply.Advice advice = assertInstanceOf(Reply.Advice.class, says(asked, "yes", DM).reply());
      assertEquals(210_000L, advice.offer().base());
      assertEquals(50_000L, advice.offer().stock());
    }

    @Test
    void reply_anythingElseAfterTheQuestion_letsTheFigureGo() {
      Turn asked = says(charlotteOffer(), "it came in at 210", DM);
      Turn next = says(asked, "what's my leverage?", DM);
      assertNull(next.conversation().pending());
      assertEquals(180_000L, next.conversation().offer().base());
    }

    @Test
    void reply_hourlyPay_becomesAYearWithTheConversionShown() {
      Reply.Advice advice = assertInstanceOf(Reply.Advice.class, says(charlotteOffer(), "$95/hr base", DM).reply());
      assertEquals(197_600L, advice.offer().base());
      assertTrue(advice.notes().contains("Read $95 an hour as $197,600 a year (× 2,080 working hours)."),
          advice.notes().toString());
    }

    @Test
    void reply_longMessage_readsABoundedPrefixAndSaysSo() {
      String said = text.render(says(charlotteOffer(), "blah ".repeat(10_000), DM).reply());
      assertTrue(said.contains("I read the first 4,000 characters"), said);
    }
  }

  @Nested
  class TheCompanysSide {

    private Turn recruiterOffer(Venue venue) {
      return says(coach.open("ml-ai-engineer charlotte", venue),
          "we offered the candidate 190k base, 50k rsu a year, 30k bonus", venue);
    }

    @Test
    void reply_howHighCanWeGo_givesTheBandAndItsTopsNotAnAskToSend() {
      String said = text.render(says(recruiterOffer(CHANNEL), "how high can we go?", CHANNEL).reply());
      assertTrue(said.contains("How high the band goes: base $233K, stock $71K a year, bonus $61K"), said);
      assertTrue(said.contains("A well-prepared candidate will likely counter near $357K a year"), said);
      assertFalse(said.contains("Ask for"), said);
    }

    @Test
    void reply_candidatesWalkAwayKnown_isNeverNamedToTheCompany() {
      Turn floor = says(recruiterOffer(DM), "her walk-away is 285k", DM);
      String said = text.render(says(floor, "what should we offer?", DM).reply());
      assertFalse(said.contains("285"), said);
      assertTrue(said.contains("The Charlotte band for ML/AI Engineer"), said);
    }

    @Test
    void reply_candidatesOwnTeamAsksWhatToCounter_staysTheCandidatesSide() {
      Turn offer = says(coach.open("ml-ai-engineer charlotte", DM), "they offered 190k base, 50k rsu a year, 30k bonus",
          DM);
      String said = text.render(says(offer, "what should we counter?", DM).reply());
      assertTrue(said.startsWith("Ask for a base of $233,000"), said);
    }

    @Test
    void reply_pastedRecruiterEmail_doesNotTurnTheThreadToTheCompany() {
      Turn letter = says(coach.open("ml-ai-engineer charlotte", DM), "Hi Sam, we're pleased to extend an offer: "
          + "base salary $190,000, RSUs $200,000 over 4 years, 15% target bonus. Best, Jordan", DM);
      assertFalse(letter.conversation().companySide());
    }
  }

  @Nested
  class StandingAsks {

    @Test
    void reply_walkAwayAfterTheBaseIsHeld_keepsTheMovedAskNotTheFirstPlan() {
      Turn held = says(charlotteOffer(), "they won't move on base", DM);
      Counteroffer moved = held.conversation().counter();
      Turn floor = says(held, "my walk away is 280k", DM);
      assertEquals(moved, floor.conversation().counter());
      assertEquals(180_000, floor.conversation().counter().base());
    }

    @Test
    void reply_walkAwayAboveTheMovedAsk_plansAgainAboveIt() {
      Turn held = says(charlotteOffer(), "they won't move on base", DM);
      Turn floor = says(held, "my walk away is 400k", DM);
      // The moved ask ($312K a year) no longer clears the walk-away, so the card plans afresh.
      assertTrue(held.conversation().counter().total() < 400_000);
      assertFalse(floor.conversation().counter().equals(held.conversation().counter()));
    }

    @Test
    void reply_forgetTheCompetingOffer_dropsItFromTheThread() {
      Turn competing = says(charlotteOffer(), "meta offered 260k total", DM);
      assertNotNull(competing.conversation().competing());
      Turn dropped = says(competing, "actually forget the meta offer, it fell through", DM);
      assertNull(dropped.conversation().competing());
      assertFalse(text.render(says(dropped, "should I accept?", DM).reply()).contains("Meta"));
    }

    @Test
    void reply_theCoachsOwnAskPastedBack_leavesTheirOfferAsItWas() {
      Turn offer = charlotteOffer();
      Turn pasted = says(offer, "Ask for: base $221,000 · stock $60,000 a year · bonus $40,000", DM);
      assertEquals(offer.conversation().offer(), pasted.conversation().offer());
      assertTrue(text.render(pasted.reply()).contains("not their offer"));
    }

    @Test
    void reply_whatDoIWriteAfterTheFollowUpAdvice_givesTheFollowUpNote() {
      Turn advice = says(charlotteOffer(), "I sent the counter 5 days ago and haven't heard back", DM);
      Reply.Draft note = assertInstanceOf(Reply.Draft.class, says(advice, "what do i write", DM).reply());
      assertEquals("follow-up", note.kind());
      Reply.Draft email = assertInstanceOf(Reply.Draft.class,
          says(says(advice, "thanks", DM), "what do i write", DM).reply());
      assertFalse(email.kind().equals("follow-up"), "the note lasts one message");
    }
  }
}
