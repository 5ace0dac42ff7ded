package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.guide.Money;
import com.compcoach.guide.Range;
import com.compcoach.guide.Region;

/**
 * A raise or a promotion at the user's current job, not an offer: the same market argues it (the guide's base band for
 * the role and place), with the figure to ask, when to raise it and the words; pay today, when the message gives it,
 * is placed in the band. No card and no counter: there is no offer to counter.
 */
final class Raise {

  private Raise() {
  }

  /** The answer for the thread's role and place, with the base the message gives as pay today, if any. */
  static String answer(Scene scene, Reading reading) {
    Region region = scene.region();
    String currency = region.currency();
    Range band = region.bands().base();
    Long today = reading.figures().stream()
        // "I make 165 base": a bare figure under 1,000 is in thousands, as the bands are.
        .filter(f -> f.component() == Component.BASE && !f.percent())
        .map(f -> f.amount() < 1_000 ? f.amount() * 1_000 : f.amount()).findFirst().orElse(null);
    // Three quarters into the band: what a strong performer can argue from the market, never past its top.
    long ask = Precise.floor(band.low() + (band.high() - band.low()) * 3 / 4);
    if (today != null && today >= ask) {
      ask = Precise.floor(band.high());
    }
    StringBuilder text = new StringBuilder("A raise where you are is argued like an offer: from the market and "
        + "what you've delivered, not from need. The ").append(region.shortName()).append(' ')
        .append(scene.guide().role().title()).append(" base band is ").append(Money.compact(band, currency))
        .append('.');
    if (today != null) {
      text.append(' ').append(placed(today, band, currency));
    }
    String figure = new Money(ask, currency).full();
    if (today == null || today < ask) {
      text.append(" Ask for a base of ").append(figure).append(today == null ? "" : " (" + new Money(ask - today,
          currency).compact() + " over today)").append(", three quarters into the band: a figure the market "
          + "supports for someone they want to keep.");
    } else {
      text.append(" You're already near its top: ask about the next level, where the band itself is higher.");
    }
    text.append("\nWhen: a month or two before the review, while next year's budget is still being set; at the "
        + "review itself the number is usually decided.")
        .append("\nSay: \"I'd like to talk about my pay before the review cycle. Based on the market for ")
        .append(scene.guide().role().title()).append(" roles in ").append(region.shortName())
        .append(" and what I've delivered this year ([two results with their numbers]), I'd like to ask for a base of ")
        .append(figure).append(". What would it take to get there?\"")
        .append("\nIf the answer is no: ask what would make it a yes and when, in writing, and a date to revisit. "
            + "An outside offer is the strongest lever, but bring only a real one.");
    if (today == null) {
      text.append("\nTell me your base today (\"I make 165 base\") and I'll place it in the band.");
    }
    return text.toString();
  }

  private static String placed(long today, Range band, String currency) {
    String pay = "Your " + new Money(today, currency).compact() + " base is ";
    if (today < band.low()) {
      return pay + "below it, " + new Money(band.low() - today, currency).compact() + " under its low: a strong "
          + "case.";
    }
    if (today > band.high()) {
      return pay + "above it: the case for more here is a higher level.";
    }
    return pay + "at " + Math.round(band.position(today) * 100) + "% of it.";
  }
}
