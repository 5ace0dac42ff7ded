package com.compcoach.coach;

import com.compcoach.guide.Component;

/**
 * The company's closing note to the candidate after its own move ("ok we'll do 200. draft a closing note"): the move
 * in the company's voice, every figure from the move and the offer on record, never the candidate's walk-away.
 */
final class ClosingNote {

  private ClosingNote() {}

  /** The note, with the move it states; {@code ask} is the candidate's base ask the move answers (null: none, the move is weighed against the ceiling). */
  static String of(Scene s, Conversation c, Offer moved, Long ask) {
    String currency = s.region().currency();
    // "no sign-on" is kept as a zero; the note names no sign-on rather than one of $0.
    Offer shown = moved.signOn() != null && moved.signOn() == 0 ? moved.with(Component.SIGN_ON, null) : moved;
    String offer = TextRenderer.offer(shown, currency);
    return "A closing note to the candidate, in your voice:\n\n"
        + "Hi [name],\n\n"
        + "Thank you for telling us what would make this work. Here is where we've landed: " + offer + ". "
        + OurMove.said(moved, ask, s.region().bands().base(), currency)
        + " If you have any questions, I'm happy to talk it through on a call. Could you let us know by [date]?\n\n"
        + "Best,\n[your name]\n\n"
        + "Kept as your offer: " + offer + ". Every figure is your move or the offer on record"
        + (c.walkAway() == null ? "." : "; the candidate's walk-away is not in it.")
        + (c.ceiling() != null && moved.base() > c.ceiling() ? "\nBase " + Cards.money(moved.base(), currency)
        + " is past the " + Cards.money(c.ceiling(), currency) + " base you said was approved: get sign-off before "
        + "you send it." : "");
  }
}
