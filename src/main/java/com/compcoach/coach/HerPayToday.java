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
 * The candidate's pay today asked about on the company's side ("is 15% above her current pay normal?", "should we ask
 * her current salary?"): her pay on record against the offer's base, a percent named worked out on it and placed in
 * the base band, and the asking itself (a salary-history ban). Never the candidate's script for keeping pay private.
 */
final class HerPayToday {

  /** "15% above", "a 20 % bump", "10% more than": a step up on her pay today, as a percent. */
  private static final Pattern PERCENT = Pattern.compile("\\b(\\d{1,2}(?:\\.\\d)?)\\s*%");

  private HerPayToday() {}

  /** The lines; a percent in the text is weighed only with her pay on record. */
  static List<String> lines(Scene s, Conversation c, Offer offer, String text) {
    Region region = s.region();
    String currency = region.currency();
    Range band = region.bands().base();
    List<String> lines = new ArrayList<>();
    Long today = c.payToday();
    if (today != null) {
      StringBuilder line = new StringBuilder("Her pay today on record: " + new Money(today, currency).full()
          + " a year.");
      if (offer != null && offer.base() != null) {
        long step = offer.base() - today;
        line.append(" Your offer's base of ").append(new Money(offer.base(), currency).full()).append(" is ")
            .append(step == 0 ? "the same" : Cards.money(Math.abs(step), currency) + " (" + percent(Math.abs(step), today)
                + ") " + (step > 0 ? "above it" : "below it")).append(".");
      }
      Matcher m = text.indexOf('%') < 0 ? null : PERCENT.matcher(text);
      if (m != null && m.find()) {
        double pct = Double.parseDouble(m.group(1));
        long stepped = Math.round(today * (100 + pct) / 100.0);
        line.append(" ").append(m.group(1)).append("% above it is ").append(new Money(stepped, currency).full())
            .append(" a year, ").append(stepped > band.high() ? "past the top of the " + region.shortName()
                + " base band (" + Money.compact(band, currency) + ")" : stepped < band.low() ? "under the bottom of the "
                + region.shortName() + " base band (" + Money.compact(band, currency) + "): the band, not the step, sets "
                + "the floor" : "at " + Math.round(band.position(stepped) * 100) + "% of the " + region.shortName()
                + " base band (" + Money.compact(band, currency) + ")").append(".");
      }
      lines.add(line.toString());
    } else if (text.indexOf('%') >= 0 && PERCENT.matcher(text).find() && BumpOnPayToday.note(s, c, text) == null) {
      // The company's side keeps no pay today as its own figure, so the step is weighed only with the pay said in it
      // (BumpOnPayToday's note then).
      lines.add("Her pay today isn't on record on your side, so I can't weigh the step: say it with the question (\"she's "
          + "at 150 now, is a 15% bump normal?\") and I'll place the stepped figure in the " + region.shortName()
          + " base band (" + Money.compact(band, currency) + ").");
    }
    lines.add("What step up on her pay today is normal is your pay policy's call, not the guide's: the guide sets the "
        + "band, and a candidate moving jobs weighs the offer against the band and her other offers as much as against "
        + "her pay today. Where a salary-history ban applies (many US states and cities have one), don't ask for it: "
        + "ask what she expects instead, and pay from the band.");
    return lines;
  }

  private static String percent(long part, long whole) {
    return String.format(Locale.ROOT, "%.1f%%", part * 100.0 / whole);
  }
}
