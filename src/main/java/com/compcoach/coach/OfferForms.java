package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.guide.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the "enter my offer" form field by field, collecting every field's problem instead of stopping at one. */
final class OfferForms {

  /** A field longer than this is not one figure; it is refused before it is read. */
  private static final int FIELD_LIMIT = 100;

  private final OfferReader reader = new OfferReader();

  /** The figures of a form; problems go into {@code errors}, keyed by {@link OfferForm} field name. */
  Reading read(OfferForm form, Conversation c, Region region, Map<String, String> errors) {
    List<Figure> figures = new ArrayList<>();
    Vesting vesting = null;
    String competitor = null;
    Figure base = field(form.base(), " base", OfferForm.BASE, region, errors);
    String years = form.stockYears() == null ? "" : form.stockYears().trim();
    Figure stock = field(form.stock(), years.isEmpty() ? " stock per year" : " stock", OfferForm.STOCK, region,
        errors);
    if (years.length() > FIELD_LIMIT) {
      errors.put(OfferForm.STOCK_YEARS, "Give the years as a number from 1 to 10, or a schedule such as 25/25/25/25.");
    } else if (!years.isEmpty()) {
      Reading schedule = reader.read(years.contains("/") ? years : "over " + years + " years");
      Integer count = years.contains("/")
          ? (schedule.vesting() == null ? null : schedule.vesting().years())
          : parseYears(years);
      if (count == null || count < 1 || count > 10) {
        errors.put(OfferForm.STOCK_YEARS, "Give the years as a number from 1 to 10, or a schedule such as "
            + "25/25/25/25.");
      } else {
        vesting = schedule.vesting();
        if (stock != null) {
          stock = new Figure(stock.purpose(), stock.component(), stock.amount(), false, stock.currency(), count,
              false, stock.written());
        }
      }
    }
    Figure bonus = field(form.bonus(), " bonus", OfferForm.BONUS, region, errors);
    Figure signOn = field(form.signOn(), " sign-on", OfferForm.SIGN_ON, region, errors);
    if (form.competing() != null && form.competing().length() > FIELD_LIMIT) {
      errors.put(OfferForm.COMPETING, "That's longer than a figure; try 400k, or 400k from Stripe.");
    } else if (form.competing() != null && !form.competing().isBlank()) {
      Reading competing = reader.read("competing offer of " + form.competing().trim());
      Figure first = competing.figures().stream().findFirst().orElse(null);
      String doubt = first == null ? "I couldn't read a figure there; try 400k, or 400k from Stripe."
          : OfferUpdate.doubt(first, region);
      if (doubt != null) {
        errors.put(OfferForm.COMPETING, doubt);
      } else {
        figures.add(new Figure(Figure.Purpose.COMPETING, Component.TOTAL, first.amount(), false, first.currency(), 0,
            false, first.written()));
        competitor = competing.competitor();
      }
    }
    if (bonus != null && bonus.percent() && base == null && (c.offer() == null || c.offer().base() == null)) {
      errors.put(OfferForm.BONUS, "A percent bonus needs the base too.");
    }
    if (base == null && stock == null && bonus == null && signOn == null && figures.isEmpty() && errors.isEmpty()) {
      errors.put(OfferForm.BASE, "Enter at least one figure, e.g. 180k.");
    }
    for (Figure f : new Figure[] {base, stock, bonus, signOn}) {
      if (f != null) {
        figures.add(f);
      }
    }
    return new Reading(figures, vesting, false, competitor, List.of(), null, List.of(), List.of());
  }

  private Figure field(String raw, String keyword, String name, Region region, Map<String, String> errors) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    if (raw.length() > FIELD_LIMIT) {
      errors.put(name, "That's longer than a figure; give one figure, e.g. 180k or $182,500.");
      return null;
    }
    List<Figure> found = reader.read(raw.trim() + keyword).figures();
    if (found.size() != 1) {
      errors.put(name, "I couldn't read \"" + raw.trim() + "\" as one figure; try 180k or $182,500.");
      return null;
    }
    Figure figure = found.get(0);
    String doubt = OfferUpdate.doubt(figure, region);
    if (doubt != null) {
      errors.put(name, doubt);
      return null;
    }
    return figure;
  }

  private static Integer parseYears(String text) {
    try {
      return Integer.parseInt(text.replaceAll("(?i)\\s*(years?|yrs?)\\s*$", "").trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
