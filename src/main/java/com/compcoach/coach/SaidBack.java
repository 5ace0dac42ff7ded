package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.guide.Money;
import java.util.Objects;

/**
 * The offer's figures as the thread holds them, said back from the user's own words: "what did I tell you the base
 * was?", "and the total?", and "undo that", which takes no change back by a guess but shows what stands.
 */
final class SaidBack {

  private SaidBack() {
  }

  /** Pay today asked after: "what did I tell you I make now?", "what's my current salary again?". */
  private static final java.util.regex.Pattern PAY_TODAY = java.util.regex.Pattern.compile("(?i)\\b(?:i make|i made"
      + "|i earn|i'm making|im making|i get paid|i'm paid|im paid|my current (?:pay|salary|base|comp)|my pay today"
      + "|pay today|my salary now|i'm on|im on|(?:my|about my) (?:current|old|present) (?:job|employer|role|company)"
      + "|where i work)\\b");

  /** The figure before their last move asked after: "what was the base before?", "the original offer". */
  private static final java.util.regex.Pattern BEFORE = java.util.regex.Pattern.compile("(?i)\\b(?:before|originally"
      + "|original|first offer|at first|first offered|earlier)\\b");

  /** Another company's offer asked after by its standing: "the other offer", "the competing offer". */
  private static final java.util.regex.Pattern OTHER_OFFER = java.util.regex.Pattern.compile("(?i)\\b(?:other|"
      + "competing|second|rival) offer\\b");

  /**
   * What the message asks to hear back: pay today or the competing offer when it names them ("what did i tell you
   * stripe offered?"), never this company's offer said in their place; else the offer's part or the whole offer.
   */
  static String recall(Conversation c, Component part, String currency, String text) {
    if (PAY_TODAY.matcher(text).find()) {
      return c.payToday() == null
          ? "You haven't told me your pay today (\"i make 160 base now\"). " + recall(c, part, currency)
          : "Your pay today as you gave it: " + new Money(c.payToday(), currency).full() + " a year"
              + (c.employer() == null ? "." : ", at " + c.employer() + ".");
    }
    if (BEFORE.matcher(text).find()) {
      return before(c, part, currency);
    }
    Competing other = c.competing();
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    boolean named = other != null && other.from() != null
        && lower.contains(other.from().toLowerCase(java.util.Locale.ROOT));
    if (named || OTHER_OFFER.matcher(text).find()) {
      return other == null ? "You haven't given me another offer's figures. " + recall(c, part, currency)
          : (other.from() == null ? "The other offer" : other.from() + "'s offer") + " as you gave it: "
              + other.named(amount -> new Money(amount, other.currency()).full())
              + (other.partial() ? " (the rest of it you haven't given)" : "") + ".";
    }
    return recall(c, part, currency);
  }

  /** The part asked about (null: the whole offer), with the whole offer beside it. */
  static String recall(Conversation c, Component part, String currency) {
    Offer offer = c.offer();
    String whose = c.companySide() ? "your offer" : "their offer";
    if (offer == null || TextRenderer.offer(offer, currency).isEmpty()) {
      return "I don't have " + whose + "'s figures yet: tell me them (\"they offered 180k base, 40k rsu a year, "
          + "15% bonus\") and I'll keep them for this thread.";
    }
    String held = capitalized(whose) + " as you gave it: " + TextRenderer.offer(offer, currency) + ".";
    if (part == null) {
      return held;
    }
    Long figure = figure(offer, part);
    String label = part == Component.TOTAL ? "yearly total" : part.label();
    if (figure == null) {
      return "You haven't given me " + whose + "'s " + label + (part == Component.TOTAL ? " (I need the base, stock "
          + "and bonus for it)" : "") + ". " + held;
    }
    return "The " + label + " is " + new Money(figure, currency).full() + (part == Component.TOTAL
        ? " a year (base, stock and bonus; a sign-on is one-time and stays out)" : part == Component.STOCK
        ? " a year" : "") + ". " + held;
  }

  /**
   * "what was the base before?": their offer before its last change, beside what stands now; where it hasn't changed,
   * said so rather than a figure guessed.
   */
  static String before(Conversation c, Component part, String currency) {
    Offer was = c.earlier();
    Offer now = c.offer();
    if (was == null || now == null || was.equals(now)) {
      return "Their offer hasn't changed since you gave it to me, so there's no earlier figure. " + recall(c, part,
          currency);
    }
    if (part == null) {
      return "Before its last change, their offer was " + TextRenderer.offer(was, currency) + ". Now: "
          + TextRenderer.offer(now, currency) + ".";
    }
    Long then = figure(was, part);
    Long today = figure(now, part);
    String label = part == Component.TOTAL ? "yearly total" : part.label();
    if (then == null) {
      return "Their first offer had no " + label + ". " + recall(c, part, currency);
    }
    return "Before the offer's last change, the " + label + " was " + new Money(then, currency).full()
        + (today == null ? "." : Objects.equals(then, today) ? ", and it still is." : "; it's "
        + new Money(today, currency).full() + " now.") + " Their offer then: " + TextRenderer.offer(was, currency) + ".";
  }

  /**
   * "google gave me the same offer but with more stock": the other offer's figure for that part asked, and nothing
   * recorded until it comes, since "more" is no figure.
   */
  static String sameBut(Component part, String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    String how = lower.matches("(?s).*\\b(?:less|lower|smaller|fewer|worse)\\b.*") ? "less" : "more";
    String what = part == null || part == Component.TOTAL ? "pay" : part == Component.STOCK ? "stock"
        : part.label();
    return "How much " + how + " " + what + " is in that offer? I've recorded nothing of it yet, since \"" + how
        + "\" is no figure: tell me its " + (part == null || part == Component.TOTAL ? "figures" : what)
        + " (\"their " + (part == null || part == Component.TOTAL ? "base is 190k" : what.equals("stock")
        ? "stock is 70k a year" : what + " is 30k") + "\", or the whole offer) and I'll weigh it against this one.";
  }

  /** "undo that": what stands now, and how to set a figure right, since no change is undone by a guess. */
  static String undo(Conversation c, String currency) {
    Offer offer = c.offer();
    if (offer == null || TextRenderer.offer(offer, currency).isEmpty()) {
      return "There's no figure to undo yet: tell me their offer (\"they offered 180k base, 40k rsu a year, 15% "
          + "bonus\").";
    }
    return "I can't take a change back for you, so nothing changed. " + capitalized(c.companySide() ? "your offer"
        : "their offer") + " as I have it now: "
        + TextRenderer.offer(offer, currency) + ". Send the figure as it should be (\"base is 175k\") and I'll redo "
        + "the counter, or say \"start over\" to forget this thread.";
  }

  private static Long figure(Offer offer, Component part) {
    return switch (part) {
      case BASE -> offer.base();
      case STOCK -> offer.stock();
      case BONUS -> offer.bonus();
      case SIGN_ON -> offer.signOn();
      case TOTAL -> offer.recurringTotal();
      default -> null;
    };
  }

  private static String capitalized(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
