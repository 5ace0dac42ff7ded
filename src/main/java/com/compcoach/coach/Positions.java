package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.guide.Money;
import com.compcoach.guide.Range;
import com.compcoach.guide.Region;
import java.util.ArrayList;
import java.util.List;

/** Places each given component of an offer, and its total, in a region's bands, with one plain line each. */
final class Positions {

  private static final Component[] ORDER = {Component.BASE, Component.STOCK, Component.BONUS, Component.TOTAL};

  List<Position> of(Offer offer, Region region) {
    List<Position> out = new ArrayList<>();
    if (offer == null) {
      return out;
    }
    for (Component component : ORDER) {
      Long amount = offer.of(component);
      // A part the region pays none of, and the offer none either, has no place in a band to tell.
      if (amount != null && !(amount == 0 && region.bands().of(component).high() == 0)) {
        out.add(position(component, amount, region));
      }
    }
    return List.copyOf(out);
  }

  Position position(Component component, long amount, Region region) {
    Range band = region.bands().of(component);
    String currency = region.currency();
    String what = capitalized(component) + " " + new Money(amount, currency).compact();
    String place = region.shortName();
    if (amount < band.low()) {
      String line = what + " is below the " + place + " band (" + Money.compact(band, currency) + "), "
          + new Money(band.low() - amount, currency).compact() + " under its low.";
      return new Position(component, amount, band, 0, Standing.BELOW, line);
    }
    if (amount > band.high()) {
      String line = what + " is above the " + place + " band (" + Money.compact(band, currency) + "), "
          + new Money(amount - band.high(), currency).compact() + " over its top.";
      return new Position(component, amount, band, 100, Standing.ABOVE, line);
    }
    int percent = (int) Math.round(band.position(amount) * 100);
    percent = Math.max(0, Math.min(100, percent));
    String line = what + " is at " + percent + "% of the " + place + " band, " + quarter(percent) + ".";
    return new Position(component, amount, band, percent, Standing.IN, line);
  }

  private static String quarter(int percent) {
    if (percent >= 100) {
      return "at its top";
    }
    if (percent < 25) {
      return "in its bottom quarter";
    }
    if (percent < 50) {
      return "in its second quarter";
    }
    if (percent < 75) {
      return "in its third quarter";
    }
    return "in its top quarter";
  }

  private static String capitalized(Component component) {
    String label = component == Component.STOCK ? "stock (per year)" : component.label();
    return Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }
}
