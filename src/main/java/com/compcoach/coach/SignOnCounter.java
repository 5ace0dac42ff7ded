package com.compcoach.coach;

import com.compcoach.guide.Money;
import com.compcoach.guide.Range;
import com.compcoach.guide.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The candidate's counter with a base and a sign-on, told on the company's side beside the figure its own people can
 * do ("she countered at 205 + 30k sign-on, hm can do 195, what do we say?"): the base and the sign-on are her ask, kept
 * as such; the team's figure is the most it said it may pay on base, kept as the ceiling; neither is ever our offer.
 * The reply weighs the gap a year and what a sign-on must carry to meet her first year, in the company's voice.
 */
final class SignOnCounter {

  private static final String AMOUNT = "\\$?(\\d{2,3}(?:\\.\\d+)?|\\d{1,3}(?:,\\d{3})+)\\s*k?";

  /** "she countered at 205 + 30k sign-on", "he came back with 210 and a 25k signing bonus", "candidate wants 200 + 20k sign on". */
  private static final Pattern COUNTER = Pattern.compile("\\b(?:she|he|they|the\\s+candidate|candidate|cand)\\s+"
      + "(?:countered|came\\s+back|is\\s+asking|['’]s\\s+asking|asked|wants|is\\s+countering)\\s+(?:at\\s+|with\\s+"
      + "|for\\s+|asking\\s+(?:for\\s+)?)?" + AMOUNT + "\\s*(?:k\\s*)?(?:base\\s*)?(?:\\+|plus|and|w/|with)\\s*(?:an?\\s+)?"
      + AMOUNT + "\\s*(?:sign[- ]?on|signing)(?:\\s+bonus)?\\b");

  /** "hm can do 195", "hiring manager can go to 195", "finance ok'd 198", "we can do 195": the team's own figure. */
  private static final Pattern OURS = Pattern.compile("\\b(?:hm|hiring\\s+manager|finance|comp|we|manager)\\s+"
      + "(?:can\\s+do|can\\s+go\\s+(?:to|up\\s+to)|can\\s+stretch\\s+to|is\\s+ok\\s+with|okd|ok['’]d|approved|will\\s+do"
      + "|could\\s+do)\\s+(?:up\\s+to\\s+)?" + AMOUNT + "\\s*(?:k\\s*)?(?:base)?\\b");

  /** "… and a 20k sign-on" right after the team's figure: the team's own package, a move rather than a ceiling. */
  private static final Pattern OUR_SIGN_ON = Pattern.compile("\\s*(?:\\+|plus|and|w/|with|,)\\s*(?:an?\\s+)?" + AMOUNT
      + "\\s*(?:k\\s*)?(?:sign[- ]?on|signing)\\b");

  /** Her counter kept as her ask, and the team's own package after it, still to be weighed as a move. */
  record Move(Conversation asked, String move) {}

  /** Her counter and the team's figure after it, found; whether the team's figure comes with its own sign-on. */
  private record Told(Matcher counter, Matcher ours, boolean ourSignOn) {}

  private SignOnCounter() {}

  /** Her counter with a sign-on, then the team's figure, on the company's side; null unless the message tells both. */
  private static Told told(Conversation c, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (!c.companySide() || !lower.contains("sign")) {
      return null;
    }
    Matcher counter = COUNTER.matcher(lower);
    if (!counter.find()) {
      return null;
    }
    Matcher ours = OURS.matcher(lower);
    if (!ours.find(counter.end())) {
      return null;
    }
    return new Told(counter, ours, OUR_SIGN_ON.matcher(lower).region(ours.end(), lower.length()).lookingAt());
  }

  /**
   * "she wants 205 base with 30k sign-on. we can do 195 and a 20k sign-on": the team's figure comes with its own
   * sign-on, so it is the package the team offers, weighed as its move against her ask, not the most it may pay.
   * Null unless the message tells her counter and then such a package.
   */
  static Move moveAfterCounter(Conversation c, Scene s, String text) {
    Told told = told(c, text);
    if (told == null || !told.ourSignOn()) {
      return null;
    }
    Matcher counter = told.counter();
    Matcher ours = told.ours();
    Long ask = onBase(counter.group(1), s.region());
    Long signOn = thousands(counter.group(2));
    if (ask == null || signOn == null || signOn <= 0 || signOn >= ask) {
      return null;
    }
    return new Move(c.withBaseAsk(ask, signOn), text.substring(ours.start()));
  }

  /** The counter and the team's figure weighed; null off the company's side or unless the message tells both. */
  static Turn weigh(Conversation c, Scene s, String text) {
    Told told = told(c, text);
    if (told == null || told.ourSignOn()) {
      return null;
    }
    Matcher counter = told.counter();
    Matcher ours = told.ours();
    Region region = s.region();
    Long ask = onBase(counter.group(1), region);
    Long signOn = thousands(counter.group(2));
    Long can = onBase(ours.group(1), region);
    Offer offer = Cards.usable(c.offer(), region);
    if (ask == null || can == null || signOn == null || signOn <= 0 || signOn >= ask) {
      return null;
    }
    String currency = region.currency();
    Range band = region.bands().base();
    List<String> lines = new ArrayList<>();
    lines.add("Noted the candidate's counter: " + full(ask, currency) + " base and a " + full(signOn, currency)
        + " sign-on, an ask, not your offer" + (offer == null ? "." : ", which stays at "
        + TextRenderer.offer(offer, currency) + "."));
    lines.add("Kept " + full(can, currency) + " as the most you said you may pay on base. "
        + (can >= ask ? "It meets her base ask: you can say yes on base."
            : "It is " + money(ask - can, currency) + " a year under her base ask" + bonusNote(offer, ask - can, currency)
            + "; " + where(can, band, region.shortName(), currency) + "."));
    if (can < ask) {
      long yearly = ask - can + (offer == null || offer.bonusPercent() == null ? 0
          : Offer.percentOf(ask - can, offer.bonusPercent()));
      lines.add("To meet the first year she asked for at " + money(can, currency) + " base, the sign-on would be "
          + full(signOn + yearly, currency) + " (her " + money(signOn, currency) + " plus the " + money(yearly, currency)
          + " the lower base leaves); from year 2 she is " + money(yearly, currency) + " a year under her ask, and a "
          + "candidate who counts the years will see it. Her full " + money(signOn, currency) + " sign-on alone leaves "
          + "year 1 " + money(yearly, currency) + " short.");
      lines.add("What to say: \"Thank you for coming back with numbers. We can't reach " + money(ask, currency)
          + " on base: " + money(can, currency) + " is the most this role allows. To make the move work in your "
          + "first year we can offer a sign-on of [amount], with the rest of the offer as it stands. Would that "
          + "work for you?\" Name the sign-on you choose; a yes on base with a smaller sign-on is also open to you.");
    }
    Conversation kept = c.withBaseAsk(ask, signOn).withCeiling(can);
    return new Turn(kept, new Reply.Text(String.join("\n", lines)));
  }

  private static String bonusNote(Offer offer, long gap, String currency) {
    return offer == null || offer.bonusPercent() == null ? ""
        : " (" + money(gap + Offer.percentOf(gap, offer.bonusPercent()), currency) + " with the bonus at its percent)";
  }

  private static String where(long value, Range band, String place, String currency) {
    return value > band.high() ? money(value - band.high(), currency) + " past the top of the " + place + " base band ("
        + Money.compact(band, currency) + ")"
        : value < band.low() ? money(band.low() - value, currency) + " under the " + place + " base band ("
        + Money.compact(band, currency) + ")"
        : "at " + Math.round(band.position(value) * 100) + "% of the " + place + " base band ("
        + Money.compact(band, currency) + ")";
  }

  private static Long onBase(String written, Region region) {
    Placing.Placed placed = Placing.place(written.strip(), region);
    return placed == null ? null : placed.value();
  }

  private static Long thousands(String written) {
    String digits = written.replaceAll("[^\\d.]", "");
    if (digits.isEmpty()) {
      return null;
    }
    double said = Double.parseDouble(digits);
    return Math.round(said < 1_000 ? said * 1_000 : said);
  }

  private static String money(long amount, String currency) {
    return Cards.money(amount, currency);
  }

  private static String full(long amount, String currency) {
    return new Money(amount, currency).full();
  }
}
