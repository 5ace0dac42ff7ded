package com.compcoach.coach;

import com.compcoach.guide.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** "tl;dr?": the thread in two or three lines, from the same figures as the card and the standing ask; nothing stored. */
final class Summary {

  private final Cards cards;
  private final Clock clock;

  Summary(Cards cards, Clock clock) {
    this.cards = cards;
    this.clock = clock;
  }

  Turn answer(Scene s, Conversation c, Venue venue) {
    String currency = s.region().currency();
    String place = s.region().shortName();
    LocalDate today = LocalDate.now(clock);
    if (!(cards.card(s, c, venue, List.of(), today).reply() instanceof Reply.Card k)) {
      return new Turn(c, new Reply.Text("Tell me their offer's figures and I'll sum up where it stands."));
    }
    List<String> lines = new ArrayList<>();
    Offer offer = k.offer();
    if (offer != null && offer.recurringTotal() == null && offer.base() != null && c.companySide()) {
      // "our offer: 165 base, 10% bonus" then "tl;dr?": the offer is on record without its stock, never "no offer".
      String sits = k.positions().stream().filter(p -> p.component() == com.compcoach.guide.Component.BASE)
          .map(Position::line).findFirst().orElse("");
      lines.add("Your offer: " + TextRenderer.offer(offer, currency) + " (no stock named). " + sits);
      Counteroffer likely = cards.ask(s, c, venue, today);
      lines.add(expected(likely == null ? List.of() : Cards.asks(offer, likely, currency), likely, currency));
      return new Turn(c, new Reply.Text(String.join("\n", lines)));
    }
    if (offer == null || offer.recurringTotal() == null) {
      lines.add(c.companySide()
          ? "No offer yet: share a range inside the " + place + " band (base "
              + Money.compact(s.region().bands().base(), currency) + ") and the whole offer in writing."
          : "No offer yet: don't name a number first.");
      lines.add(c.companySide()
          ? "A well-prepared candidate will aim near " + money(k.aim(), currency) + " a year."
          : "If they press: about " + money(k.aim(), currency) + " a year in total, a base up to "
              + money(s.region().bands().base().high(), currency) + " (the " + place + " band's top).");
      return new Turn(c, new Reply.Text(String.join("\n", lines)));
    }
    // Where the yearly total sits, not the card's verdict: after their answer the card's verdict is the first round's.
    String sits = k.positions().stream().filter(p -> p.component() == com.compcoach.guide.Component.TOTAL)
        .map(Position::line).findFirst().orElse("");
    lines.add((c.companySide() ? "Your offer: " : "Their offer: ") + money(offer.recurringTotal(), currency)
        + " a year. " + sits);
    Counteroffer ask = cards.ask(s, c, venue, today);
    List<String> asks = ask == null ? List.of() : Cards.asks(offer, ask, currency);
    if (c.companySide()) {
      lines.add(expected(asks, ask, currency));
    } else {
      lines.add(asks.isEmpty() ? "Nothing left to ask on the yearly figures: accept in writing, or ask only for a "
          + "sign-on."
          : "Ask for " + Cards.join(asks) + " (" + new Money(ask.total(), currency).full() + " a year); accept in "
              + "writing once their answer closes all but a sixth of the gap, else split what remains once.");
    }
    return new Turn(c, new Reply.Text(String.join("\n", lines)));
  }

  /** What the company's side should expect back: a counter on the parts the candidate will likely ask. */
  private static String expected(List<String> asks, Counteroffer ask, String currency) {
    return asks.isEmpty() ? "Expect a yes, or an ask for a sign-on."
        : "Expect a counter near " + money(ask.total(), currency) + " a year: " + Cards.join(asks) + ".";
  }

  private static String money(long amount, String currency) {
    return new Money(amount, currency).compact();
  }
}
