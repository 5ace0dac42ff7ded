package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.guide.Money;

/**
 * The offer's figures as the thread holds them, said back from the user's own words: "what did I tell you the base
 * was?", "and the total?", and "undo that", which takes no change back by a guess but shows what stands.
 */
final class SaidBack {

  private SaidBack() {
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
