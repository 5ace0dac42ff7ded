package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.guide.Money;
import com.compcoach.guide.Region;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A yes told on the company's side with the base it was given at ("offer accepted at 182, closing this out", "she
 * signed at 188 base", "he said yes to 185"): the figure is what was agreed, so it becomes the offer's base on record,
 * said back beside the base it replaces, never left behind the old one in silence.
 */
final class AcceptedAt {

  /** The yes, then the one figure it was given at. */
  private static final Pattern AT = Pattern.compile("\\b(?:accepted|signed|said\\s+yes|agreed|closed|took\\s+it)\\s+"
      + "(?:at|to|on|for)\\s+\\$?(\\d{2,3}(?:\\.\\d+)?\\s*k?|\\d{1,3}(?:,\\d{3})+)(?:\\s*base)?(?![\\w%])");

  private AcceptedAt() {}

  /** The base the yes names, or null when the message names none, names more than one figure, or it is no base. */
  static Long base(String text, Region region) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (!lower.contains(" at ") && !lower.contains(" to ") && !lower.contains(" on ") && !lower.contains(" for ")) {
      return null;
    }
    Matcher m = AT.matcher(lower);
    if (!m.find() || lower.replaceFirst("\\d[\\d,.]*", "").matches("(?s).*\\d.*")) {
      return null;
    }
    Placing.Placed placed = Placing.place(m.group(1).replace(" ", ""), region);
    return placed == null || !placed.fits().contains(Component.BASE) ? null : placed.value();
  }

  /** The base agreed said beside the one it replaces. */
  static String said(Offer before, long at) {
    String currency = before.currency();
    return "Kept " + new Money(at, currency).full() + " as the base agreed (it was " + new Money(before.base(), currency)
        .full() + (before.bonusPercent() == null ? "" : "; the bonus kept at its percent of the new base") + ").";
  }
}
