package com.compcoach.coach;

import com.compcoach.guide.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "They rescinded the offer", "they lowered the offer to 185 after I countered": it happened, so the answer is what
 * to do now (ask once, in writing, whether the original stands; never another counter), not how rare it is.
 */
final class Pulled {

  /** Words that say the offer came back lower rather than went away. */
  private static final Pattern LOWERED = Pattern.compile(
      "(?i)\\b(?:lower(?:ed)?|reduced?|cut|went down|less than)\\b");

  /**
   * "after I countered", "when I asked for more": when the candidate's ask is only the occasion, so the figures in the
   * message are their new offer, not an ask of the user's own.
   */
  private static final Pattern OCCASION = Pattern.compile(
      "(?i)\\b(?:after|when|once|because|since)\\s+i\\s+(?:countered|counter|asked|pushed(?: back)?|negotiated|"
          + "came back|went back|requested)\\b[^.,;!?]*");

  private Pulled() {}

  /** The message with the candidate's ask named only as the occasion taken out, so its figures read as theirs. */
  static String readable(String text) {
    return OCCASION.matcher(text).replaceAll(" ").strip();
  }

  /** What to do now, from the offer as it stood before and as it stands; "what do i write" next writes the note. */
  static Turn answer(Scene scene, Conversation c, String text, Venue venue) {
    boolean direct = venue == Venue.DIRECT_MESSAGE;
    return new Turn(c.withNote(Voice.Note.PULLED), new Reply.Text(LOWERED.matcher(text).find()
        ? lowered(scene, c, direct) : rescinded(scene, c, direct, FAULT.matcher(text).find())));
  }

  /** "was it my fault?", "did i push too hard?": asked after a rescind or a cut. */
  static final Pattern FAULT = Pattern.compile("(?i)\\b(?:my fault|was it me|"
      + "did i (?:mess|screw|blow|ruin|overdo|push too hard|do something wrong|do it wrong|ask wrong)|pushed too hard|"
      + "is it because i asked)");

  /**
   * "was it my fault?" after a rescind: no blame; the ask on record against the base band, and what is left to do.
   */
  static String fault(Scene scene, Conversation c) {
    String currency = scene.region().currency();
    com.compcoach.guide.Range band = scene.region().bands().base();
    Counteroffer ask = c.counter();
    String weighed = ask == null || ask.base() <= 0 ? ""
        : " The ask on record here, a base of " + new Money(ask.base(), currency).full() + ", is "
            + (ask.base() <= band.high() ? "inside the " + scene.region().shortName() + " base band ("
                + Money.compact(band, currency) + "): not out of the market."
                : "past the " + scene.region().shortName() + " base band's top of "
                    + new Money(band.high(), currency).compact() + ", which is a reason to say no, not to rescind.");
    return "No. Asking once, politely, is normal, and most companies answer a counter with a no or a number, not a "
        + "rescind." + weighed + " A rescind over a polite counter says more about how they work than about you.\n"
        + "What's left: ask once, in writing, whether the first offer stands (say \"what do i write\"), and move your "
        + "other processes forward.";
  }

  /**
   * "how do i word the email asking if the offer still stands": the one note asking whether the first offer stands,
   * with its yearly total; never a new counter.
   */
  static String note(Scene scene, Conversation c) {
    String currency = scene.region().currency();
    Long was = yearly(scene, c.countered());
    Long is = yearly(scene, c.offer());
    boolean lowered = was != null && is != null && is < was;
    Long first = lowered ? was : is;
    String offer = first == null ? "the offer" : "the offer of " + new Money(first, currency).full() + " a year";
    return "Short, polite, one ask, in writing:\n\"Hi [name], thank you for letting me know. " + (lowered
        ? "The new figures are below " + offer + " you made; could you help me understand the change? I'd like to "
            + "continue from that offer."
        : "I was glad to receive " + offer + ", and my counter was a question, not a condition. If that offer is "
            + "still available, I'd like to accept it.") + " Either way, thank you for your time.\"\nNo new figures "
        + "and no argument: send it only if " + (first == null ? "the first offer" : "that offer") + " clears your "
        + "walk-away, and keep your other processes moving.";
  }

  /**
   * "should I walk?" after they cut the offer: not yet, the first offer asked for once; null when their offer has not
   * gone down since the ask.
   */
  static String lowered(Scene scene, Conversation c) {
    String currency = scene.region().currency();
    Long was = yearly(scene, c.countered());
    Long is = yearly(scene, c.offer());
    if (was == null || is == null || is >= was) {
      return null;
    }
    return "Not yet: they lowered their offer after your counter (" + money(was, currency) + " a year to "
        + money(is, currency) + "). Ask once, in writing, whether the first offer still stands; if they hold to the "
        + "lower figures, decide against your walk-away, and walking is a fair answer to an offer cut after a polite "
        + "ask.";
  }

  /** An offer's yearly total in the band's currency; null when it has none. */
  private static Long yearly(Scene scene, Offer offer) {
    Offer usable = offer == null ? null : Cards.usable(offer, scene.region());
    return usable == null ? null : usable.recurringTotal();
  }

  private static String lowered(Scene scene, Conversation c, boolean direct) {
    String currency = scene.region().currency();
    Long was = yearly(scene, c.countered());
    Long is = yearly(scene, c.offer());
    List<String> lines = new ArrayList<>();
    if (was == null || is == null || is >= was) {
      lines.add("An offer lowered after a counter is unusual: a counter is a question, and the usual answers are yes, "
          + "partway or no, not less. Tell me the new figures (\"they came back with 185k base\") and I'll weigh "
          + "them against the first offer and the band.");
    } else {
      lines.add("They lowered their offer after your counter: " + money(was, currency) + " a year to "
          + money(is, currency) + ", " + money(was - is, currency) + " less. That's unusual: a counter is a question, "
          + "and the usual answers are yes, partway or no, not less.");
    }
    lines.add("1. Ask once, in writing, what changed and whether the first offer still stands: \"Thank you for "
        + "getting back to me. The new figures are below the offer you made" + (was == null ? "" : " ("
        + new Money(was, currency).full() + " a year)") + "; could you help me understand the change? I'd like to "
        + "continue from that offer.\"");
    lines.add("2. Don't counter again and don't accept the lower figures on a call; get whatever they confirm in "
        + "writing.");
    lines.add("3. If they hold to the lower figures, weigh them against " + alternatives(c, scene, direct)
        + ": a company that cuts an offer after a polite ask may do the same at review time.");
    return String.join("\n", lines);
  }

  private static String rescinded(Scene scene, Conversation c, boolean direct, boolean askedFault) {
    String currency = scene.region().currency();
    Long total = yearly(scene, c.offer());
    List<String> lines = new ArrayList<>();
    // "i got rejected after negotiating, was it my fault?": the question is answered in the same words as the rescind.
    lines.add(askedFault
        ? "I'm sorry: that's a hard message to get. And no, it wasn't your fault: asking once, politely, is normal, "
            + "and a polite counter rarely costs an offer, so this says more about how they work than about you."
        : "I'm sorry: that's a hard message to get. A polite counter rarely costs an offer, so this says something "
            + "about how they work, too.");
    lines.add("1. If you'd still take it as it was, ask once, in writing, whether the original offer stands: \"I was "
        + "glad to receive the offer" + (total == null ? "" : " of " + new Money(total, currency).full() + " a year")
        + ", and my counter was a question, not a condition. If that offer is still available, I'd like to accept "
        + "it.\" Only send it if the offer as it was clears " + alternatives(c, scene, direct) + ".");
    lines.add("2. Don't counter again or argue the figures: keep it short and polite, and get any answer in writing.");
    lines.add("3. Move your other processes forward now" + (c.competing() == null ? "" : ": your competing offer"
        + (c.competing().from() == null ? "" : " from " + c.competing().from()) + " is the one to keep warm") + ".");
    return String.join("\n", lines);
  }

  /** The user's alternatives by name; the walk-away by its figure only where the user keeps it private. */
  private static String alternatives(Conversation c, Scene scene, boolean direct) {
    List<String> said = new ArrayList<>();
    if (c.walkAway() != null) {
      said.add(c.walkAwayName(direct, v -> money(v, scene.region().currency())));
    } else {
      said.add("your walk-away");
    }
    if (c.competing() != null) {
      said.add("your competing offer" + (c.competing().from() == null ? "" : " from " + c.competing().from()));
    }
    return Cards.join(said);
  }

  private static String money(long amount, String currency) {
    return new Money(amount, currency).compact();
  }
}
