package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.guide.Component;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConversationJsonTest {

  private final ConversationJson json = new ConversationJson();

  @Test
  void read_afterACoachedThread_givesBackTheSameConversation() {
    Coach coach = Seeds.coach();
    Turn turn = coach.open("ml-ai-engineer charlotte 180k base 50k rsu 40k bonus", Venue.DIRECT_MESSAGE);
    turn = coach.reply(turn.conversation(), "my walk-away is 240k", Venue.DIRECT_MESSAGE);
    turn = coach.reply(turn.conversation(), "5/15/40/40 vesting", Venue.DIRECT_MESSAGE);
    Conversation c = turn.conversation();
    assertEquals(c, json.read(json.write(c)));
  }

  @Test
  void read_termsStoredBeforeTimeOffWasKept_haveNoTimeOff() {
    OfferTerms terms = json.read("{\"terms\":{\"deadline\":\"2026-12-11\",\"cliffMonths\":12}}").terms();
    assertEquals(new OfferTerms(null, null, "2026-12-11", 12), terms);
    assertEquals(List.of(), terms.timeOff());
  }

  @Test
  void read_emptyConversation_isEmpty() {
    assertEquals(Conversation.EMPTY, json.read(json.write(Conversation.EMPTY)));
    assertEquals(Conversation.EMPTY, json.read(""));
  }

  @Test
  void read_cancelledRemindersSavedBeforeCancellingWasKept_areStillToDelete() {
    Reminders r = json.read("{\"reminders\":{\"wanted\":false,\"scheduled\":[\"C1/Q1\"]}}").remindersOrNone();
    assertTrue(r.toDelete());
    assertEquals(List.of("C1/Q1"), r.cancelling());
  }

  @Test
  void read_remindersBeingCancelled_comeBackToDelete() {
    Conversation c = Conversation.EMPTY.withReminders(new Reminders(true, List.of("C1/Q2"), List.of("C1/Q1")));
    assertEquals(c.remindersOrNone(), json.read(json.write(c)).remindersOrNone());
  }

  @Test
  void read_unknownFieldFromANewerVersion_isIgnored() {
    Conversation c = json.read("{\"company\":\"ally-financial\",\"mood\":\"calm\",\"subject\":\"AIM\"}");
    assertEquals("ally-financial", c.company());
    assertEquals(Conversation.Subject.AIM, c.subject());
  }

  @Test
  void read_offerSavedBeforePercentBonusesWereKept_loadsWithItsBonusAsAnAmount() {
    Offer offer = json.read("{\"company\":\"ally-financial\",\"offer\":{\"currency\":\"USD\",\"base\":185000,"
        + "\"stock\":50000,\"bonus\":27750}}").offer();
    assertEquals(new Offer("USD", 185_000L, 50_000L, 27_750L, null, null, null), offer);
    assertEquals(27_750L, offer.with(Component.BASE, 200_000L).bonus());
  }

  @Test
  void read_offerWithAPercentBonusAndGrantYears_keepsBothAndTheBonusFollowsTheBase() {
    Offer offer = Offer.none("USD").with(Component.BASE, 192_500L).withBonusPercent(1_000).withGrant(40_000, 4);
    Offer read = json.read(json.write(Conversation.EMPTY.withOffer(offer))).offer();
    assertEquals(offer, read);
    assertEquals(20_000L, read.with(Component.BASE, 200_000L).bonus());
    assertEquals(4, read.grantYears());
  }

  @Test
  void read_competingOfferSavedBeforePartsWereKept_loadsWithItsTotalAndNoParts() {
    Competing competing = json.read("{\"company\":\"ally-financial\",\"competing\":{\"total\":252000,"
        + "\"currency\":\"USD\",\"from\":\"JPMorgan\"}}").competing();
    assertEquals(new Competing(252_000L, "USD", "JPMorgan"), competing);
    assertTrue(competing.beats(new Offer("USD", 195_000L, 45_000L, 23_400L, null, null, null)).isEmpty());
  }

  @Test
  void read_competingOfferWithItsParts_keepsEachPart() {
    Competing competing = new Competing(252_000L, "USD", "JPMorgan", 210_000L, 0L, 42_000L, null);
    assertEquals(competing, json.read(json.write(Conversation.EMPTY.withCompeting(competing))).competing());
  }

  @Test
  void read_payTodayAndAnAcceptedAnswer_keepsBothSoTheAcceptStandsAfterAWalkAway() {
    Coach coach = Seeds.coach();
    Turn turn = coach.open("security-engineer charlotte", Venue.DIRECT_MESSAGE);
    for (String message : List.of("offer: 150 base, 10% bonus, 40k rsu over 4", "I make 140 now",
        "i countered 178 base", "they came back at 177")) {
      turn = coach.reply(json.read(json.write(turn.conversation())), message, Venue.DIRECT_MESSAGE);
    }
    Conversation stored = json.read(json.write(turn.conversation()));
    assertEquals(140_000L, stored.payToday());
    assertTrue(stored.accepted());
    Turn walkAway = coach.reply(stored, "fwiw my walk-away is 170 base", Venue.DIRECT_MESSAGE);
    assertEquals(Verdict.ACCEPT, ((Reply.Advice) walkAway.reply()).verdict());
  }

  @Test
  void read_conversationSavedBeforePayTodayWasKept_loadsWithNoneAndNoAccept() {
    Conversation c = json.read("{\"company\":\"ally-financial\",\"subject\":\"NEXT_STEP\"}");
    assertEquals(null, c.payToday());
    assertTrue(!c.accepted());
  }

  @Test
  void read_conversationSavedBeforeSeveralCompetingOffersWereKept_loadsWithItsOneAndNoOthers() {
    Conversation c = json.read("{\"company\":\"ally-financial\",\"competing\":{\"total\":270000,"
        + "\"currency\":\"USD\",\"from\":\"Stripe\",\"base\":210000}}");
    assertEquals(List.of(new Competing(270_000L, "USD", "Stripe", 210_000L, null, null, null)), c.competingOffers());
    assertTrue(c.others().isEmpty());
  }

  @Test
  void read_severalCompetingOffers_keepsEachAndTheCounterFloorTakesTheBestOfEachPart() {
    Competing google = new Competing(300_000L, "USD", "Google", 190_000L, 80_000L, 30_000L, null);
    Competing stripe = new Competing(270_000L, "USD", "Stripe", 210_000L, 40_000L, 20_000L, null);
    Conversation c = json.read(json.write(Conversation.EMPTY.withCompeting(google, List.of(stripe))));
    assertEquals(List.of(google, stripe), c.competingOffers());
    Competing floor = c.partsFloor(c.competing());
    assertEquals(210_000L, floor.base());
    assertEquals(80_000L, floor.stock());
    assertEquals("Google", floor.from());
  }

  @Test
  void read_signOnPaidOverTwoYears_keepsYearOnesShare() {
    Offer offer = new Offer("USD", 150_000L, 30_000L, 15_000L, 50_000L, null, null).withSignOnLater(25_000L);
    Offer read = json.read(json.write(Conversation.EMPTY.withOffer(offer))).offer();
    assertEquals(offer, read);
    assertEquals(220_000L, read.yearOneTotal());
  }

  @Test
  void read_walkAwaySavedBeforeFloorsOnParts_loadsAsTheUsersYearlyTotal() {
    Conversation c = json.read("{\"company\":\"ally-financial\",\"walkAway\":240000}");
    assertEquals(240_000L, c.walkAway());
    assertNull(c.floorPart());
    assertEquals("your", c.walkAwayOwner());
  }

  @Test
  void read_someoneElsesFloorOnBase_keepsItsPartAndOwner() {
    Offer offer = Offer.none("USD").with(Component.BASE, 185_000L).withBonusPercent(1_200).withGrant(40_000, 4);
    Conversation c = Conversation.EMPTY.withOffer(offer).withWalkAway(200_000L, Component.BASE, "his");
    String written = json.write(c);
    assertTrue(written.contains("\"walkAway\":200000"), written);
    Conversation read = json.read(written);
    assertEquals(c, read);
    assertEquals(264_000L, read.walkAway());
  }

  @Property
  void read_anyConversation_roundTrips(@ForAll("conversations") Conversation c) {
    assertEquals(c, json.read(json.write(c)));
  }

  @Provide
  Arbitrary<Conversation> conversations() {
    Arbitrary<Long> amount = Arbitraries.longs().between(0, 2_000_000).injectNull(0.3);
    Arbitrary<Vesting> vesting = Arbitraries.of(Vesting.EVEN_FOUR_YEARS, new Vesting(List.of(5, 15, 40, 40), true),
        new Vesting(List.of(10, 20, 30, 40), false)).injectNull(0.5);
    Arbitrary<Offer> offer = Combinators.combine(Arbitraries.of("USD", "GBP"), amount, amount, amount, amount,
        amount, vesting).as(Offer::new).injectNull(0.2);
    Arbitrary<Counteroffer> counter = Combinators.combine(Arbitraries.longs().between(0, 900_000),
        Arbitraries.longs().between(0, 900_000), Arbitraries.longs().between(0, 50_000))
        .as((a, b, s) -> new Counteroffer("USD", a, b, a / 5, s, a + b + a / 5, a + b + a / 5 + s, a + b))
        .injectNull(0.3);
    Arbitrary<Competing> competing = Combinators.combine(Arbitraries.longs().between(1, 900_000),
        Arbitraries.of("Stripe", "Acme & Co").injectNull(0.5)).as((t, f) -> new Competing(t, "USD", f))
        .injectNull(0.5);
    return Combinators.combine(Arbitraries.of("ally-financial").injectNull(0.2),
        Arbitraries.of("ml-ai-engineer", "security-engineer").injectNull(0.2),
        Arbitraries.of("Charlotte, NC", "Detroit, MI (HQ)").injectNull(0.2), offer, competing, amount, counter,
        Arbitraries.of(Conversation.Subject.class))
        .as((co, ro, re, o, k, w, c, s) -> new Conversation(co, ro, re, o, k, w, w, c, o, s, 2,
            co == null ? null : "Acme & Co",
            null, co == null ? null : new OfferTerms(12_000L, 50_000L, "2026-12-11", 12),
            null, co == null ? null : Reminders.of(java.util.List.of("C0OFFERS/Q1298393284"))));
  }

  @Nested
  class Failures {

    @Test
    void read_brokenJson_namesLineAndColumn() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> json.read("{\"company\": "));
      assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }
  }
}
