package com.compcoach.coach;

import com.compcoach.guide.Component;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The counter as the user sends it: year-by-year tables, an email, a shorter email, a list or a call script. */
final class Drafts {

  /** What is written, with the words a reply names it by. */
  enum Draft {
    YEARS("year-by-year tables"), EMAIL("email"), CALL("call script"), SHORT("email"), LIST("list");

    private final String what;

    Draft(String what) {
      this.what = what;
    }
  }

  private final Cards cards;
  private final ReadyToSend ready;
  private final Clock clock;

  Drafts(Cards cards, ReadyToSend ready, Clock clock) {
    this.cards = cards;
    this.ready = ready;
    this.clock = clock;
  }

  /** "year by year": the counter's first four years as tables. */
  Turn years(Scene s, Conversation c, Venue venue) {
    return write(c, s, Draft.YEARS, venue);
  }

  /** "compare total over 4 years": the years, and each offer's four years in all beside a competing offer. */
  Turn yearsAgainst(Scene s, Conversation c, Venue venue) {
    Turn table = write(c, s, Draft.YEARS, venue);
    String against = fourYears(s, c);
    return against == null ? table : new Turn(table.conversation(), Notes.add(table.reply(), against));
  }

  /**
   * "compare total over 4 years" with a competing offer on record: each offer's four years in all, the grant at its
   * value; null without a whole competing offer in the band's currency.
   */
  static String fourYears(Scene s, Conversation c) {
    String currency = s.region().currency();
    Offer offer = Cards.usable(c.offer(), s.region());
    Competing rival = c.competing();
    if (offer == null || offer.recurringTotal() == null || rival == null || !rival.currency().equals(currency)) {
      return null;
    }
    if (rival.partial()) {
      // "capital one offered me 210 base": four years from one part would understate it; say what is missing.
      List<String> missing = new java.util.ArrayList<>();
      List<String> example = new java.util.ArrayList<>();
      for (Component part : List.of(Component.BASE, Component.STOCK, Component.BONUS)) {
        if (rival.part(part) == null) {
          missing.add(part == Component.STOCK ? "stock (or RSUs) a year" : part.label());
          example.add(part == Component.STOCK ? "40k rsu a year" : part == Component.BONUS ? "15% bonus"
              : "200k base");
        }
      }
      String who = rival.from() == null ? "your competing offer" : rival.from() + "'s offer";
      return "I can't put " + who + " over " + YearByYear.YEARS + " years: I have only its " + rival.named()
          + ", not its " + Cards.join(missing) + ". Tell me those (\"" + (rival.from() == null ? "the other offer"
          : rival.from().toLowerCase(java.util.Locale.ROOT)) + " is " + String.join(" and ", example)
          + "\") and I'll set "
          + "its four years beside these.";
    }
    long stock = offer.stock() == null ? 0 : offer.stock();
    long ours = (offer.recurringTotal() - stock) * YearByYear.YEARS
        + YearByYear.stockOverYears(stock, offer.vesting(), offer.grantYears())
        + (offer.signOn() == null ? 0 : offer.signOn()) + (offer.signOnLater() == null ? 0 : offer.signOnLater());
    long theirs = rival.total() * YearByYear.YEARS + (rival.signOn() == null ? 0 : rival.signOn());
    int ends = YearByYear.grantEnds(offer.vesting(), offer.grantYears());
    String who = rival.from() == null ? "your competing offer" : rival.from() + "'s offer";
    String diff = ours >= theirs ? Cards.money(ours - theirs, currency) + " more here"
        : Cards.money(theirs - ours, currency) + " more at " + (rival.from() == null ? "the other" : rival.from());
    return "Over " + YearByYear.YEARS + " years: their offer pays " + full(ours, currency) + " and " + who + " "
        + full(theirs, currency) + " (" + Cards.money(rival.total(), currency) + " a year as you gave it): " + diff
        + ". The stock counts at its grant value"
        + (ends > 0 ? ", vesting through year " + ends + " as in the table: year " + YearByYear.YEARS
        + " holds none of it" : "")
        + "; if the price moves, ask \"what if the stock drops 30%?\".";
  }

  private static String full(long amount, String currency) {
    return new com.compcoach.guide.Money(amount, currency).full();
  }

  /** "how do I say it by email": the one counteroffer email, {@link ReadyToSend#email}. */
  Turn email(Scene s, Conversation c, Venue venue) {
    return write(c, s, Draft.EMAIL, venue);
  }

  /** "call script": the opening ask and the answers to the likely pushbacks. */
  Turn call(Scene s, Conversation c, Venue venue) {
    return write(c, s, Draft.CALL, venue);
  }

  /** "make it shorter": the email's ask in three sentences. */
  Turn shortEmail(Scene s, Conversation c, Venue venue) {
    return write(c, s, Draft.SHORT, venue);
  }

  /** "in bullet points pls": the ask part by part, each beside what they offered. */
  Turn list(Scene s, Conversation c, Venue venue) {
    return write(c, s, Draft.LIST, venue);
  }

  /** "can you write it in German?": the email in English, said so, with its figures to keep in any translation. */
  Turn inEnglish(Scene s, Conversation c, Venue venue) {
    return noted(write(c, s, Draft.EMAIL, venue), "I write the email in English only, so here it is in English: have "
        + "it translated if you send it in another language, and keep every figure exactly as it is here.", body -> body);
  }

  /** "make it more formal": the same email in a formal register throughout; the figures are unchanged. */
  Turn formal(Scene s, Conversation c, Venue venue) {
    return noted(write(c, s, Draft.EMAIL, venue), FormalRegister.NOTE, FormalRegister::of);
  }

  /** "make it less formal": the short email in a casual register; the figures are unchanged. */
  Turn casual(Scene s, Conversation c, Venue venue) {
    return noted(write(c, s, Draft.SHORT, venue), CasualRegister.NOTE, CasualRegister::of);
  }

  /** "make it sound less desperate": the short email, which asks once and explains nothing twice. */
  Turn confident(Scene s, Conversation c, Venue venue) {
    return noted(write(c, s, Draft.SHORT, venue), "The same ask, brief and sure: one thanks, the figures as a plain "
        + "request, no apology and no reasons stacked up. What reads as desperate is over-explaining and \"I know "
        + "this is a lot\"; precise figures read as researched.", body -> body);
  }

  /** The draft with a note first, in the register asked for. */
  private static Turn noted(Turn email, String note, java.util.function.UnaryOperator<String> register) {
    if (!(email.reply() instanceof Reply.Draft d)) {
      return email;
    }
    List<String> notes = new java.util.ArrayList<>();
    notes.add(note);
    notes.addAll(d.notes());
    String body = register.apply(d.body());
    return new Turn(email.conversation(), new Reply.Draft(d.kind(), d.title(), body, notes));
  }

  /** The counter as tables, an email or a call script: each needs the offer and the counter the card computes. */
  private Turn write(Conversation c, Scene s, Draft draft, Venue venue) {
    String what = draft.what;
    LocalDate today = LocalDate.now(clock);
    if ((c.offer() == null || c.offer().isEmpty()) && (draft == Draft.EMAIL || draft == Draft.SHORT)) {
      // Before an offer the email asks for their range, with the aim if pressed: none in a channel that knows a
      // walk-away, which may have lifted it.
      Reply reply = cards.card(s, c, venue, List.of(), today).reply();
      boolean walkAwayLifts = venue == Venue.SHARED_CHANNEL && c.walkAway() != null;
      return new Turn(c, ready.rangeAsk(s, reply instanceof Reply.Card k && !walkAwayLifts ? Long.valueOf(k.aim()) : null));
    }
    if (c.offer() == null || c.offer().isEmpty()) {
      return new Turn(c, new Reply.Question("Tell me the offer first: paste the letter, or type it (\"they "
          + "offered 180k base, 200k RSU over 4 years, 15% bonus\"); then I'll write the " + what
          + " from the counter."));
    }
    Offer offer = Cards.usable(c.offer(), s.region());
    Turn card = cards.card(s, c, venue, List.of(), today);
    if (offer == null || !(card.reply() instanceof Reply.Card k) || k.counter() == null) {
      return new Turn(c, new Reply.Question("Your offer is in " + c.offer().currency() + " and the "
          + s.region().shortName() + " band in " + s.region().currency() + ": I don't convert, so there is "
          + "no counter to write the " + what + " from. Give me the offer in " + s.region().currency() + "."));
    }
    // The ask the thread already stands on ("they won't move on base" moved it) is the one to send, not a fresh one.
    Counteroffer standing = c.counter() != null && c.counter().currency().equals(s.region().currency())
        ? c.counter() : null;
    Reply.Card asked = standing == null ? k : new Reply.Card(k.guide(), k.region(), k.target(), k.levers(), k.offer(),
        k.positions(), standing, k.aim(), k.verdict(), k.script(), k.notes(), k.companySide());
    Reply.Draft reply = switch (draft) {
      case YEARS -> ready.years(s, c, offer, asked.counter());
      case EMAIL -> ready.email(s, c, offer, asked);
      case CALL -> ready.call(s, c, offer, asked);
      case SHORT -> ready.shortEmail(s, c, offer, asked);
      case LIST -> ready.list(s, offer, asked);
    };
    boolean own = standing != null && !standing.equals(k.counter());
    return new Turn(standing == null ? card.conversation() : c,
        own ? fromTheStandingAsk(reply, OwnAsk.held(s, c, venue)) : reply);
  }

  /**
   * A draft of an ask the thread moved or the user chose: its figures are that ask, not the guide's fresh counter,
   * and what that ask falls short of (or goes past) is said again here, where it is about to be sent.
   */
  private static Reply.Draft fromTheStandingAsk(Reply.Draft draft, List<String> held) {
    List<String> notes = new java.util.ArrayList<>(held);
    draft.notes().stream().map(n -> n.replace(ReadyToSend.COMPUTED, "the ask standing in this thread"))
        .forEach(notes::add);
    return new Reply.Draft(draft.kind(), draft.title(), draft.body(), notes);
  }
}
