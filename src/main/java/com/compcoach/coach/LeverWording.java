package com.compcoach.coach;

import com.compcoach.guide.Guide;
import com.compcoach.guide.Lever;
import com.compcoach.guide.LeverAmount;
import com.compcoach.guide.Money;
import com.compcoach.guide.Range;
import com.compcoach.guide.Region;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Restates a lever's wording for the asked region. The guides quote the HQ (or first) row; each amount scales by
 * its own component's band-top ratio between the two rows (base by base, stock by stock, bonus by bonus, total by
 * total) and rounds to 1K. Percentages, sign-on and other figures stay as written; a market figure (a competing
 * offer's range) gives way to the user's own competing offer when there is one; a bracketed placeholder for the
 * competitor, or "[current company]", takes the name when the conversation knows it.
 */
final class LeverWording {

  private static final Pattern CURRENT_COMPANY = Pattern.compile("(?i)\\[(?:your )?current (?:company|employer)\\]");
  private static final Pattern COMPETITOR_SLOT = Pattern.compile(
      "(?i)(offers? from|conversations? with|offers? at|talking to|interviewing (?:at|with))\\s+(\\[[^\\]]+\\])");

  List<LocalizedLever> localize(Guide guide, Region region, Competing competing, String employer) {
    List<LocalizedLever> out = new ArrayList<>();
    for (Lever lever : guide.levers()) {
      out.add(localize(lever, guide.leverRegion(), region, competing, employer));
    }
    return List.copyOf(out);
  }

  LocalizedLever localize(Lever lever, Region from, Region to, Competing competing) {
    return localize(lever, from, to, competing, null);
  }

  LocalizedLever localize(Lever lever, Region from, Region to, Competing competing, String employer) {
    String text = lever.text();
    List<LeverAmount> amounts = new ArrayList<>(lever.amounts());
    // Replace from the end so earlier offsets stay valid.
    amounts.sort(Comparator.comparingInt(LeverAmount::start).reversed());
    StringBuilder out = new StringBuilder(text);
    for (LeverAmount amount : amounts) {
      if (amount.start() < 0 || amount.end() > text.length()
          || !text.substring(amount.start(), amount.end()).equals(amount.written())) {
        continue;
      }
      String restated = restate(amount, from, to, competing);
      if (restated != null) {
        out.replace(amount.start(), amount.end(), restated);
      }
    }
    String localized = out.toString();
    if (competing != null && competing.from() != null) {
      Matcher slot = COMPETITOR_SLOT.matcher(localized);
      if (slot.find()) {
        localized = localized.substring(0, slot.start(2)) + competing.from() + localized.substring(slot.end(2));
      }
    }
    if (employer != null) {
      localized = CURRENT_COMPANY.matcher(localized).replaceAll(Matcher.quoteReplacement(employer));
    }
    return new LocalizedLever(lever.number(), lever.title(), localized, lever.line());
  }

  /** The amount as it should read in {@code to}, or null to leave it as written. */
  private static String restate(LeverAmount amount, Region from, Region to, Competing competing) {
    if (amount.percent()) {
      return null;
    }
    if (amount.refersTo() == LeverAmount.Reference.MARKET) {
      if (competing != null && competing.currency().equals(to.currency())) {
        return new Money(competing.total(), competing.currency()).compact();
      }
      return null;
    }
    Range fromBand;
    Range toBand;
    switch (amount.refersTo()) {
      case BASE -> {
        fromBand = from.bands().base();
        toBand = to.bands().base();
      }
      case STOCK -> {
        fromBand = from.bands().stock();
        toBand = to.bands().stock();
      }
      case BONUS -> {
        fromBand = from.bands().bonus();
        toBand = to.bands().bonus();
      }
      case TOTAL -> {
        fromBand = from.bands().total();
        toBand = to.bands().total();
      }
      default -> {
        return null;
      }
    }
    if (from.equals(to) || fromBand.high() == 0) {
      return null;
    }
    long low = scale(amount.amount().low(), fromBand, toBand);
    long high = scale(amount.amount().high(), fromBand, toBand);
    if (low == high) {
      return new Money(low, to.currency()).compact();
    }
    return Money.compact(Range.of(low, high), to.currency());
  }

  /** One figure times the band-top ratio, rounded to the nearest 1K. */
  static long scale(long figure, Range fromBand, Range toBand) {
    double scaled = (double) figure * toBand.high() / fromBand.high();
    return Math.round(scaled / 1_000) * 1_000;
  }
}
