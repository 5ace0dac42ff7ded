package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.guide.Money;
import com.compcoach.guide.Range;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "sign on or bonus?", "should i push on the sign on or the bonus?": one-time money against a part paid every year,
 * picked from the thread's figures: the yearly part while it has room in its band, the sign-on once it has none.
 */
final class OneOffOrYearly {

  private static final String SIGN_ON = "(?:sign[- ]?on(?: bonus)?|signing(?: bonus)?|joining bonus)";
  private static final String YEARLY = "(?:the |a |more )?(bonus|stock|rsus?|equity|base|salary)";
  /** The two named with "or" or "vs" between them, either way round. */
  private static final Pattern PAIR = Pattern.compile("\\b(?:(?:the |a |more )?" + SIGN_ON + "\\s+(?:or|vs\\.?|versus)\\s+"
      + YEARLY + "|" + YEARLY + "\\s+(?:or|vs\\.?|versus)\\s+(?:the |a |more )?" + SIGN_ON + ")\\b",
      Pattern.CASE_INSENSITIVE);

  private OneOffOrYearly() {}

  /** The pick with why, from the offer, the ask and the guide; null when the message names no such pair. */
  static String pick(Scene s, Conversation c, Counteroffer ask, String text) {
    Matcher m = PAIR.matcher(text);
    Offer offer = Cards.usable(c.offer(), s.region());
    if (!m.find() || offer == null || ask == null) {
      return null;
    }
    String word = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(java.util.Locale.ROOT);
    Component part = word.startsWith("bonus") ? Component.BONUS : word.startsWith("base") || word.equals("salary")
        ? Component.BASE : Component.STOCK;
    Range band = s.region().bands().of(part);
    Long offered = offer.of(part);
    String currency = s.region().currency();
    Range signOns = Topics.signOnRange(s.guide());
    Long signOn = offer.signOn();
    String range = signOns == null ? "" : " (the guide's range is " + Money.compact(signOns, currency)
        + (signOn != null && signOn > 0 && signOn < signOns.low() ? "; their " + money(signOn, currency)
            + " is under it" : "") + ")";
    long asked = part == Component.BONUS ? ask.bonus() : part == Component.BASE ? ask.base() : ask.stock();
    if (offered == null || band.high() <= 0 || offered >= band.high() || asked <= offered) {
      return "The sign-on: the " + part.label() + (offered == null ? " isn't in their offer yet"
          : " is already at " + money(offered, currency) + ", with no room left in its " + s.region().shortName()
              + " band (" + Money.compact(band, currency) + ")") + ", and a sign-on is their most flexible money, "
          + "paid once from another budget" + range + ". Ask for it: \"Could we add a sign-on bonus of "
          + new Money(signOns == null ? Math.max(ask.signOn(), 0) : Precise.floor(signOns.high()), currency).full()
          + "?\"";
    }
    long more = asked - offered;
    String place = offered < band.low() ? money(band.low() - offered, currency) + " under its " + s.region().shortName()
        + " band's low (" + Money.compact(band, currency) + "), the easiest gap to argue"
        : "inside its " + s.region().shortName() + " band (" + Money.compact(band, currency) + "), with room to its top";
    return "The " + part.label() + ": it comes every year" + (part == Component.BONUS ? " and moves with the base"
        : part == Component.BASE ? " and the bonus percent rides on it" : " as it vests") + ", while a sign-on is paid "
        + "once. Yours is " + money(offered, currency) + ", " + place + ". Ask for " + new Money(asked, currency).full()
        + ": " + money(more, currency) + " more a year, " + money(more * 4, currency) + " over four years.\n"
        + "Keep the sign-on as the fallback" + range + ": if they say the " + part.label() + " can't move, ask for it "
        + "once instead.";
  }

  private static String money(long amount, String currency) {
    return new Money(amount, currency).compact();
  }
}
