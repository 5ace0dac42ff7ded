package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.guide.Money;
import com.compcoach.guide.Region;
import java.util.ArrayList;
import java.util.List;

/**
 * The question for a figure no word tied to a component ("it came in at 210"): which component is it, suggesting
 * the ones whose band in the region holds it, so the user answers with one word instead of guessing what we need.
 */
final class Placing {

  private static final Component[] ORDER = {Component.BASE, Component.STOCK, Component.BONUS, Component.TOTAL};

  private Placing() {}

  static String question(String written, Region region, Offer offer) {
    List<Figure> read = new OfferReader().read(written + " base").figures();
    if (read.isEmpty()) {
      return generic(written);
    }
    Figure figure = read.get(0);
    String doubt = figure.currency() == null || figure.amount() < 0 ? null : OfferUpdate.doubt(figure, region);
    if (doubt != null && doubt.contains(" in " + figure.currency() + ",")) {
      return doubt;
    }
    long amount = figure.amount();
    boolean thousands = amount > 0 && amount < 1_000 && region.bands().base().low() >= 10_000;
    long value = thousands ? amount * 1_000 : amount;
    String currency = region.currency();
    String place = PlaceNames.shortName(region);
    List<Component> fits = new ArrayList<>();
    for (Component part : ORDER) {
      if (region.bands().of(part).contains(value)) {
        fits.add(part);
      }
    }
    String say = thousands ? written + "k" : written;
    if (value <= 0 || value > 10 * region.bands().total().high()) {
      return generic(written);
    }
    if (fits.isEmpty()) {
      return "What is " + written + ": the base, stock, bonus, sign-on or the yearly total? " + money(value, currency)
          + " is outside every " + place + " band, so say it with the word, e.g. \"" + say + " base\".";
    }
    List<String> names = fits.stream().map(Placing::name).toList();
    List<String> bands = fits.stream().map(p -> name(p) + " " + Money.compact(region.bands().of(p), currency)).toList();
    String current = "";
    if (offer != null && offer.currency().equals(currency) && offer.of(fits.get(0)) != null) {
      current = " (you gave " + money(offer.of(fits.get(0)), currency) + " before)";
    }
    return "Is " + (thousands ? written + " (" + money(value, currency) + ")" : written) + " the " + Cards.join(names)
        .replace(" and ", " or ") + current + "? It fits the " + place + " " + String.join(", ", bands) + " band"
        + (fits.size() > 1 ? "s" : "") + ". Say it with the word, e.g. \"" + say + " " + word(fits.get(0))
        + "\", and I'll take it.";
  }

  private static String generic(String written) {
    return "What is " + written + ": the base, stock, bonus, sign-on or the yearly total? Say it with the word, e.g. \""
        + written + (written.matches("\\d{1,3}") ? "k" : "") + " base\".";
  }

  private static String name(Component part) {
    return part == Component.TOTAL ? "yearly total" : part == Component.STOCK ? "stock (a year)" : part.label();
  }

  private static String word(Component part) {
    return part == Component.TOTAL ? "total" : part == Component.STOCK ? "rsu per year" : part.label();
  }

  private static String money(long amount, String currency) {
    return new Money(amount, currency).compact();
  }
}
