package com.compcoach.coach;

import com.compcoach.guide.Money;
import com.compcoach.money.MoneyGrammar;
import com.compcoach.money.Token;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Relocation said in a thread ("10k relocation"): left out of the pay the counter weighs, but kept beside the offer,
 * so that "they upped the sign on to 30 but dropped the relocation" weighs the sign-on's rise against the relocation
 * lost (one-time money for one-time money), never thanks the rise with the loss unsaid.
 */
final class RelocationTrade {

  private RelocationTrade() {}

  private static final MoneyGrammar GRAMMAR = MoneyGrammar.standard();

  /** The relocation's word right before a figure in its clause: "relo of $10,000", "relocation: 15k". */
  private static final Pattern WORD_BEFORE = Pattern.compile(
      "\\brelo(?:cation)?\\b(?:(?!sign|bonus|base|stock|rsu|equity|salary)[^.;,\\d]){0,24}$");

  /**
   * The relocation's word right after a figure: "10k relocation", "10k for relo", "10k in relocation"; never across a
   * turn of the sentence ("sign on goes to 25 but no relocation anymore": the 25 is the sign-on's).
   */
  private static final Pattern WORD_AFTER = Pattern.compile("^[^.;,\\p{L}\\d]*(?:(?!(?:no|not|but|and|without)\\s)[a-z]+"
      + "\\s+){0,2}(?:relo|relocation)\\b");

  /**
   * Words by which they took the relocation away: "dropped the relocation", "no more relo", "the relocation is gone".
   * Only words of taking away said of the relocation itself: a bare "no" is the user's own ("no relocation needed"),
   * "cut" may be a smaller figure, and a clause about another part ("the relocation is 10k and they dropped the
   * sign-on") is that part's.
   */
  private static final Pattern DROPPED = Pattern.compile("\\b(?:dropped|removed|pulled|took\\s+away|taking\\s+away"
      + "|lost|no\\s+more|no\\s+longer|without)\\b(?:(?!\\b(?:but|though|however|while)\\b)[^.;]){0,24}?\\b(?:relo"
      + "|relocation)\\b|\\b(?:relo|relocation)\\b(?:(?!\\b(?:and|but|they|sign|bonus|base|stock)\\b)[^.;]){0,24}?"
      + "\\b(?:dropped|removed|gone|is\\s+off|pulled|anymore|any\\s+more|no\\s+longer)\\b");

  /** The turn with the relocation kept, or its loss weighed against the sign-on's move; the turn itself otherwise. */
  static Turn apply(Turn turn, Conversation before, String message) {
    String lower = message.toLowerCase(Locale.ROOT);
    // Most messages never name relocation: one word test before any reading.
    if (!lower.contains("relo") || before.companySide()) {
      return turn;
    }
    Conversation after = turn.conversation();
    String currency = after.offer() != null && after.offer().currency() != null ? after.offer().currency() : null;
    if (currency == null) {
      return turn;
    }
    Long held = before.terms() == null ? null : before.terms().relocation();
    // A figure said for the relocation is its new figure ("they cut the relocation to 5k"), whatever else is said.
    Long amount = amount(message, lower);
    if (amount == null && DROPPED.matcher(lower).find()) {
      if (held == null) {
        return turn;
      }
      OfferTerms terms = after.terms() == null ? before.terms() : after.terms();
      Conversation without = after.withTerms(new OfferTerms(null, terms.refresh(), terms.deadline(),
          terms.cliffMonths(), terms.timeOff(), terms.rate()));
      return new Turn(without, Notes.add(turn.reply(), lost(held, before.offer(), after.offer(), currency)));
    }
    if (amount == null) {
      return turn;
    }
    OfferTerms terms = after.terms() == null ? OfferTerms.NONE : after.terms();
    Turn kept = new Turn(after.withTerms(new OfferTerms(amount, terms.refresh(), terms.deadline(), terms.cliffMonths(),
        terms.timeOff(), terms.rate())), turn.reply());
    return held == null || held.equals(amount) ? kept
        : new Turn(kept.conversation(), Notes.add(kept.reply(), moved(held, amount, currency)));
  }

  /** A new relocation figure said back with what it changes: the one-time money, never the yearly pay. */
  private static String moved(long was, long now, String currency) {
    long change = now - was;
    return "The relocation went from " + new Money(was, currency).full() + " to " + new Money(now, currency).full()
        + ": your first year's one-time money is " + new Money(Math.abs(change), currency).full()
        + (change > 0 ? " more" : " less") + " than before. The yearly pay doesn't change.";
  }

  /** What losing the relocation costs, netted against the sign-on's move in the same answer. */
  private static String lost(long relocation, Offer was, Offer now, String currency) {
    long before = was == null || was.signOn() == null ? 0 : was.signOn();
    long after = now == null || now.signOn() == null ? 0 : now.signOn();
    String held = new Money(relocation, currency).full();
    long net = after - before - relocation;
    String moved = after == before ? "the sign-on is unchanged"
        : "the sign-on went from " + new Money(before, currency).full() + " to " + new Money(after, currency).full();
    String result = net == 0 ? "your first year's one-time money is the same as before"
        : net > 0 ? "your first year's one-time money is " + new Money(net, currency).full() + " more than before"
        : "your first year's one-time money is " + new Money(-net, currency).full() + " less than before";
    return "They dropped the " + held + " relocation you had: " + moved + ", so, with the relocation gone, " + result
        + " (sign-on and relocation together: " + new Money(before + relocation, currency).full() + " then, "
        + new Money(after, currency).full() + " now), and the move's costs are yours to pay from it. The yearly pay "
        + "doesn't change.";
  }

  /** The relocation's figure in a message, in full ("10k relocation" is 10,000; a bare "relo 10" is in thousands). */
  private static Long amount(String message, String lower) {
    for (Token t : GRAMMAR.read(message, Token.Context.PLAIN)) {
      if (!(t instanceof Token.Money m) || m.ranged()) {
        continue;
      }
      String before = lower.substring(Math.max(0, m.start() - 32), m.start());
      String after = lower.substring(m.end(), Math.min(lower.length(), m.end() + 32));
      if (!WORD_BEFORE.matcher(before).find() && !WORD_AFTER.matcher(after).find()) {
        continue;
      }
      BigDecimal value = m.amount();
      if (!m.magnitude() && value.compareTo(BigDecimal.valueOf(1000)) < 0) {
        value = value.multiply(BigDecimal.valueOf(1000));
      }
      return value.longValue();
    }
    return null;
  }
}
