package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.guide.Component;
import com.compcoach.guide.Guide;
import com.compcoach.guide.Money;
import com.compcoach.guide.Region;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The advice over random conversations (offers, competing offers, walk-aways, their moves, region switches, in a DM
 * or a channel): after every reply, no counter under the offer or a walk-away the bands can reach; after their move,
 * none under a competing offer the bands can reach; the aim shown is the counter's total or a note says why not;
 * and the script promises to sign only at or above the walk-away and the competing offer.
 */
class AdviceProperties {

  private final Coach coach = Seeds.coach();

  @Property(tries = 300)
  void reply_anyConversation_adviceHoldsUp(@ForAll("conversations") List<String> messages,
                                           @ForAll("venues") Venue venue, @ForAll("roles") String role) {
    Turn turn = coach.open(role + " charlotte", venue);
    boolean moved = false;
    for (String message : messages) {
      Conversation before = turn.conversation();
      turn = coach.reply(before, message, venue);
      moved |= message.startsWith("they came back");
      if (message.startsWith("I have")) {
        moved = false; // a new competing offer restarts the counter: "after their move" is the next move
      }
      check(turn, message, moved, venue);
    }
  }

  private void check(Turn turn, String message, boolean afterTheirMove, Venue venue) {
    Conversation c = turn.conversation();
    Reply reply = turn.reply();
    Region region;
    Offer offer;
    Counteroffer counter;
    long aim;
    String script;
    List<String> notes;
    if (reply instanceof Reply.Card card) {
      region = card.region();
      offer = card.offer();
      counter = card.counter();
      aim = card.aim();
      script = card.script();
      notes = card.notes();
    } else if (reply instanceof Reply.Advice advice) {
      region = advice.region();
      offer = advice.offer();
      counter = advice.counter();
      aim = advice.aim();
      script = advice.script();
      notes = advice.notes();
    } else {
      return;
    }
    String said = "after \"" + message + "\": " + new TextRenderer().render(reply);
    String currency = region.currency();
    BestAlternative alternative = BestAlternative.of(c, currency);
    long reach = BestAlternative.reach(region.bands());
    if (counter != null) {
      for (Component part : List.of(Component.BASE, Component.STOCK, Component.BONUS, Component.SIGN_ON)) {
        Long given = offer.of(part);
        long asked = switch (part) {
          case BASE -> counter.base();
          case STOCK -> counter.stock();
          case BONUS -> counter.bonus();
          default -> counter.signOn();
        };
        assertTrue(given == null || asked >= given, () -> part + " under the offer " + said);
      }
      if (c.walkAway() != null && c.walkAway() <= reach) {
        assertTrue(counter.total() >= c.walkAway(), () -> "under a reachable walk-away " + said);
      }
      if (afterTheirMove && alternative.competing() != null && alternative.competing() <= reach) {
        assertTrue(counter.total() >= alternative.competing(), () -> "under a reachable competing offer " + said);
      }
      assertTrue(aim == counter.total() || aim > counter.total() && mentions(notes, aim, currency),
          () -> "aim " + aim + " neither the counter's total nor explained " + said);
    }
    if (promisesToSign(script)) {
      long yearly = counter != null && !script.contains("I accept") ? counter.total()
          : offer.recurringTotal() == null ? 0 : offer.recurringTotal();
      long best = Math.max(c.walkAway() == null ? 0 : c.walkAway(),
          alternative.competing() == null ? 0 : alternative.competing());
      assertTrue(yearly >= best, () -> "promises to sign under the best alternative " + said);
    }
  }

  private static boolean promisesToSign(String script) {
    return script.contains("I'll sign") || script.contains("ready to sign") || script.contains("I accept");
  }

  private static boolean mentions(List<String> notes, long aim, String currency) {
    String figure = new Money(aim, currency).compact();
    return notes.stream().anyMatch(n -> n.contains(figure));
  }

  @Provide
  Arbitrary<List<String>> conversations() {
    return ThreadMessagesArbitrary.messages(6, List.of("what about detroit?", "what about new york?", "charlotte"));
  }

  @Provide
  Arbitrary<Venue> venues() {
    return Arbitraries.of(Venue.DIRECT_MESSAGE, Venue.SHARED_CHANNEL);
  }

  @Provide
  Arbitrary<String> roles() {
    List<String> roles = new ArrayList<>();
    for (Guide guide : Seeds.guides()) {
      if (guide.regions().stream().anyMatch(r -> r.name().startsWith("Charlotte"))) {
        roles.add(guide.role().slug());
      }
    }
    return Arbitraries.of(roles);
  }
}
