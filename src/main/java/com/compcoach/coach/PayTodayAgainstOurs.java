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
 * The candidate's pay today and the company's figures told side by side on the company's side, each as a base with a
 * bonus percent ("the candidate's at 160 with a 10% bonus, we're at 175 and 8%, is that a raise?"): the two years of
 * cash weighed part by part, base and bonus never merged across the two, and our figures placed in the bands. Never
 * stored: her pay today is hers, and our figures are kept only when told as the offer.
 */
final class PayTodayAgainstOurs {

  private static final String BASE = "\\$?(\\d{2,3}(?:\\.\\d+)?\\s*k?|\\d{1,3}(?:,\\d{3})+)(?:\\s*base)?";
  private static final String PERCENT = "\\s*(?:,\\s*|with\\s+|and\\s+|\\+\\s*|plus\\s+|w/\\s*)(?:an?\\s+)?(\\d{1,2}(?:\\.\\d+)?)"
      + "\\s*%";

  /** "the candidate's at 160 with a 10% bonus", "she's making 160k + 10%", "he is on 160 base and 10%". */
  private static final Pattern HERS = Pattern.compile("\\b(?:the\\s+candidate|candidate|she|he|they)\\s*(?:['’]s|s|\\s+is"
      + "|\\s+are|['’]re)\\s+(?:currently\\s+)?(?:at|on|making|earning)\\s+" + BASE + PERCENT);

  /**
   * "she has a competing offer: they are at 200 with a 15% bonus": beside another offer "they" is the other company,
   * not the candidate, so its figures are never her pay today.
   */
  private static final Pattern OTHER_OFFER = Pattern.compile("\\b(?:compet\\w*|other|another|rival|outside|external)"
      + "\\s+(?:\\w+\\s+)?offers?\\b|\\boffers?\\s+from\\b");

  /** "we're at 175 and 8%", "we are offering 175 base with 8%", "our offer is 175 + 8%". */
  private static final Pattern OURS = Pattern.compile("\\b(?:we(?:['’]re|re|\\s+are)\\s+(?:at|offering)|our\\s+offer\\s+"
      + "is(?:\\s+at)?|we\\s+offered)\\s+" + BASE + PERCENT);

  private PayTodayAgainstOurs() {}

  /** The two weighed; null off the company's side or unless the message tells both, each with its bonus percent. */
  static Turn weigh(Conversation c, Scene s, String text) {
    if (!c.companySide() || text.indexOf('%') < 0) {
      return null;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    Matcher hers = HERS.matcher(lower);
    Matcher ours = OURS.matcher(lower);
    if (!hers.find() || !ours.find() || hers.group().startsWith("they") && OTHER_OFFER.matcher(lower).find()) {
      return null;
    }
    Region region = s.region();
    // Her pay today may sit under the band (the reason she moves), so it needs only to read as a year's pay.
    Placing.Placed today = Placing.place(hers.group(1).replace(" ", ""), region);
    Long herBase = today == null || today.value() < 1_000 ? null : today.value();
    Long ourBase = onBase(ours.group(1), region);
    if (herBase == null || ourBase == null) {
      return null;
    }
    double herPct = Double.parseDouble(hers.group(2));
    double ourPct = Double.parseDouble(ours.group(2));
    long herBonus = Math.round(herBase * herPct / 100);
    long ourBonus = Math.round(ourBase * ourPct / 100);
    long herCash = herBase + herBonus;
    long ourCash = ourBase + ourBonus;
    String currency = region.currency();
    List<String> lines = new ArrayList<>();
    lines.add("Her pay today: " + full(herBase, currency) + " base and a " + pct(herPct) + " bonus (" + money(herBonus,
        currency) + "), " + full(herCash, currency) + " a year in cash. Yours: " + full(ourBase, currency) + " base and "
        + pct(ourPct) + " (" + money(ourBonus, currency) + "), " + full(ourCash, currency) + ".");
    long gain = ourCash - herCash;
    lines.add((gain > 0 ? "Yes, a raise in cash: " + money(gain, currency) + " a year (" + percent(gain, herCash) + ")"
        : gain < 0 ? "No: a cut in cash of " + money(-gain, currency) + " a year (" + percent(-gain, herCash) + ")"
        : "The same cash a year") + "; base " + (ourBase >= herBase ? "+" + money(ourBase - herBase, currency) + " ("
        + percent(ourBase - herBase, herBase) + ")" : "−" + money(herBase - ourBase, currency)) + ", bonus "
        + (ourBonus >= herBonus ? "+" + money(ourBonus - herBonus, currency) : "−" + money(herBonus - ourBonus, currency))
        + " at target" + (ourPct < herPct ? ": a lower bonus percent is a step down she will notice, even where the "
        + "year is up" : "") + ". Stock and a sign-on, if any, come on top of yours; her pay today may hold some too: "
        + "ask.");
    Range base = region.bands().base();
    Range bonus = region.bands().bonus();
    lines.add("Against the " + region.shortName() + " bands: your base is " + where(ourBase, base, currency)
        + (bonus == null ? "" : "; your bonus of " + money(ourBonus, currency) + " is " + where(ourBonus, bonus, currency))
        + ". A candidate weighs the band as much as her pay today, so a base low in the band invites a counter.");
    lines.add("Nothing is stored: tell me the offer you make (\"we offered " + money(ourBase, currency) + " base, "
        + pct(ourPct) + " bonus\").");
    return new Turn(c, new Reply.Text(String.join("\n", lines)));
  }

  private static String where(long value, Range band, String currency) {
    return value > band.high() ? money(value - band.high(), currency) + " past its top of " + money(band.high(), currency)
        : value < band.low() ? money(band.low() - value, currency) + " under its bottom of " + money(band.low(), currency)
        : "at " + Math.round(band.position(value) * 100) + "% of its band (" + Money.compact(band, currency) + ")";
  }

  private static String pct(double percent) {
    return (percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent)) + "%";
  }

  private static String percent(long part, long whole) {
    return String.format(Locale.ROOT, "%.1f%%", part * 100.0 / whole);
  }

  private static Long onBase(String written, Region region) {
    Placing.Placed placed = Placing.place(written.replace(" ", ""), region);
    return placed == null || !placed.fits().contains(com.compcoach.guide.Component.BASE) ? null : placed.value();
  }

  private static String money(long amount, String currency) {
    return Cards.money(amount, currency);
  }

  private static String full(long amount, String currency) {
    return new Money(amount, currency).full();
  }
}
