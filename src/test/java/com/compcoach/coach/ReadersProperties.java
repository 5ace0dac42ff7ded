package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.guide.Component;
import com.compcoach.money.Period;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Every reader of what users type, fed long and hostile text (repeated digits, k's, separators, unicode, 40,000
 * characters): each returns a sane result, never an exception, and a coached reply never counters below the offer.
 * Their cost is printed by bench/reader-cost.sh, never timed here.
 */
class ReadersProperties {

  private static final List<String> PIECES = List.of("1", "9", "0", "00", "180", "999", "k", "K", "m", "b", "e",
      "e6", ",", ".", " ", "  ", "-", "−", "–", "/", "$", "£", "€", "¥", "%", "base", "rsu", "bonus", "sign-on",
      "tc", "total", "not", "a month", "/hr", "biweekly", "per paycheck", "over 4 years", "5/15/40/40", "cliff",
      "competing", "offer", "from", "Globex", "Ally", "they", "came back", "sorry", "instead", "and", "but", "\n",
      "why", "lever", "compare", "what should I ask for", "should I accept", "😀", "ü", "\u200B", "\u00A0",
      "\u202F", "东京", "مرحبا", "e\u0301", "\uD83D", "'", "’", "?", "!", "#");

  private final OfferReader reader = new OfferReader();
  private final IntentTable intents = new IntentTable();
  private final Coach coach = Seeds.coach();
  private final Conversation charlotte = coach.open("ml-ai-engineer charlotte 180k base 50k rsu 40k bonus",
      Venue.DIRECT_MESSAGE).conversation();

  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<String> pieces = Arbitraries.of(PIECES).list().ofMaxSize(400).map(l -> String.join("", l));
    Arbitrary<String> repeated = Arbitraries.of(PIECES).flatMap(p -> Arbitraries.integers().between(1, 40_000)
        .map(n -> p.repeat(Math.max(1, n / Math.max(1, p.length())))));
    Arbitrary<String> random = Arbitraries.strings().all().ofMaxLength(2_000);
    return Arbitraries.oneOf(pieces, repeated, random);
  }

  @Property(tries = 300)
  void read_hostileText_readsOnlyFiguresItCanPlace(@ForAll("hostile") String text) {
    Reading reading = reader.read(text, List.of("Ally Financial", "Ally"));
    assertNotNull(reading);
    long digitRuns = text.chars().filter(Character::isDigit).count();
    assertTrue(reading.figures().size() + reading.loose().size() <= digitRuns, "more figures than digits");
    for (String loose : reading.loose()) {
      String figure = loose;
      for (Period period : Period.values()) {
        figure = figure.endsWith(" " + period.written()) ? figure.substring(0, figure.length()
            - period.written().length() - 1) : figure;
      }
      assertTrue(text.contains(figure), loose);
    }
  }

  @Property(tries = 300)
  void match_hostileText_picksAnIntent(@ForAll("hostile") String text) {
    IntentTable.Match match = intents.match(text);
    assertNotNull(match.intent());
    assertNotNull(match.figures());
  }

  @Property(tries = 150)
  void reply_hostileText_answersWithoutCounteringBelowTheOffer(@ForAll("hostile") String text) {
    Turn turn = coach.reply(charlotte, text, Venue.DIRECT_MESSAGE);
    assertNotNull(turn.reply());
    Offer offer = turn.conversation().offer();
    Counteroffer counter = counter(turn.reply());
    if (counter != null && offer != null && offer.currency().equals(counter.currency())) {
      for (Component part : List.of(Component.BASE, Component.STOCK, Component.BONUS)) {
        Long given = offer.of(part);
        long asked = part == Component.BASE ? counter.base() : part == Component.STOCK ? counter.stock()
            : counter.bonus();
        assertTrue(given == null || given <= 0 || asked >= given, part + " " + asked + " < " + given);
      }
    }
    if (text.trim().length() > ReadLimit.CHARACTERS) {
      assertTrue(said(turn.reply()).contains("I read the first"), "no note on the unread rest");
    }
  }

  @Property(tries = 100)
  void reply_negativeOrExponentFigure_asksAndChangesNothing(@ForAll @IntRange(min = 1, max = 999) int amount,
      @ForAll @IntRange(min = 1, max = 9) int exponent, @ForAll boolean negative) {
    String message = negative ? "-" + amount + "k base" : amount + "e" + exponent + " base";
    Turn turn = coach.reply(charlotte, message, Venue.DIRECT_MESSAGE);
    assertInstanceOf(Reply.Question.class, turn.reply(), message);
    assertEquals(charlotte, turn.conversation(), message);
  }

  @Property(tries = 100)
  void reply_monthlyBase_becomesTwelveMonthsWithTheConversionShown(
      @ForAll @IntRange(min = 14_500, max = 19_000) int monthly) {
    Turn turn = coach.reply(charlotte, "they offered $" + String.format("%,d", monthly) + " a month base",
        Venue.DIRECT_MESSAGE);
    assertEquals(12L * monthly, turn.conversation().offer().base());
    assertTrue(said(turn.reply()).contains("(× 12)"), said(turn.reply()));
  }

  private static Counteroffer counter(Reply reply) {
    if (reply instanceof Reply.Card card) {
      return card.counter();
    }
    return reply instanceof Reply.Advice advice ? advice.counter() : null;
  }

  private static String said(Reply reply) {
    if (reply instanceof Reply.Card card) {
      return String.join("\n", card.notes());
    }
    if (reply instanceof Reply.Advice advice) {
      return String.join("\n", advice.notes());
    }
    return new TextRenderer().render(reply);
  }
}
