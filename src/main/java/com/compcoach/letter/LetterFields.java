package com.compcoach.letter;

import com.compcoach.guide.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The fields of a read letter as label, value as shown to a person, and the sentence it came from. */
public final class LetterFields {

  /**
   * One field.
   *
   * @param key      its JSON name ("base", "signOn")
   * @param label    what a person calls it ("Base salary")
   * @param shown    the value as a person reads it ("£85,000 a year")
   * @param sentence the sentence of the letter it was read from
   */
  public record Field(String key, String label, String shown, String sentence) {}

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

  private LetterFields() {}

  /** The fields the letter gave, in the order a person reads an offer. */
  public static List<Field> of(OfferLetter l) {
    String c = l.currencyCode() == null ? "" : l.currencyCode();
    List<Field> fields = new ArrayList<>();
    if (l.title() != null) {
      fields.add(new Field("title", "Title", l.title().value(), l.title().sentence()));
    }
    if (l.level() != null) {
      fields.add(new Field("level", "Level", l.level().value(), l.level().sentence()));
    }
    if (l.company() != null) {
      fields.add(new Field("company", "Company", l.company().value(), l.company().sentence()));
    }
    if (l.location() != null) {
      fields.add(new Field("location", "Location", l.location().value(), l.location().sentence()));
    }
    if (l.base() != null) {
      fields.add(new Field("base", "Base salary", money(l.base().value(), c) + " a year", l.base().sentence()));
    }
    if (l.bonus() != null) {
      Bonus b = l.bonus().value();
      String shown = (b.cap() ? "up to " : "") + (b.percent() == null ? money(b.amount(), c) + " a year"
          : percent(b.percent()) + " of base" + (b.amount() == null ? "" : " (" + money(b.amount(), c) + ")"))
          + (b.cap() ? ", a cap, not a target" : "");
      fields.add(new Field("bonus", b.cap() ? "Bonus" : "Bonus target", shown, l.bonus().sentence()));
    }
    if (l.signOn() != null) {
      SignOn s = l.signOn().value();
      String shown = money(s.amount(), c) + ", " + terms(s.clawback(), null);
      if (!s.instalments().isEmpty()) {
        // Each instalment with its own terms: "$24,000, repaid if you leave within 12 months; $12,000, 50% repaid …".
        List<String> parts = new ArrayList<>();
        for (SignOn.Instalment part : s.instalments()) {
          parts.add(money(part.amount(), c) + ", " + terms(part.clawback(), part.repaidPercent())
              + (part.fromPayment() && part.clawback() != null ? " of receiving it" : ""));
        }
        shown = money(s.amount(), c) + " in " + s.instalments().size() + " instalments: " + String.join("; ", parts);
      }
      fields.add(new Field("signOn", "Sign-on", shown, l.signOn().sentence()));
    }
    if (l.relocation() != null) {
      fields.add(new Field("relocation", "Relocation", money(l.relocation().value(), c),
          l.relocation().sentence()));
    }
    if (l.equity() != null) {
      fields.add(new Field("equity", "Equity", equity(l.equity().value(), c), l.equity().sentence()));
    }
    if (l.refresh() != null) {
      fields.add(new Field("refresh", "Refresh grants", money(l.refresh().value(), c) + " a year",
          l.refresh().sentence()));
    }
    for (Quote<Extra> extra : l.extras()) {
      Extra e = extra.value();
      String what = asWritten(e.what(), extra.sentence());
      String shown = e.amount() == null ? "named, with no figure (ask what it is worth)"
          : (e.percent() ? percent(e.amount()) : money(e.amount(), c)) + e.perWritten()
          + (e.clawback() == null ? "" : ", " + terms(e.clawback(), null) + (e.fromPayment() ? " of its payment" : ""))
          + ", beside the offer (not counted in it)";
      fields.add(new Field("extra", what, shown, extra.sentence()));
    }
    for (Quote<TimeOff> off : l.timeOff()) {
      fields.add(new Field("timeOff", asWritten(off.value().what(), off.sentence()), off.value().shown(), off.sentence()));
    }
    for (Quote<Term> term : l.terms()) {
      fields.add(new Field("term", term.value().label(), term.value().shown(), term.sentence()));
    }
    if (l.startDate() != null) {
      fields.add(new Field("startDate", "Start date", DAY.format(l.startDate().value()), l.startDate().sentence()));
    }
    if (l.deadline() != null) {
      fields.add(new Field("deadline", "Answer by", DAY.format(l.deadline().value()), l.deadline().sentence()));
    }
    if (l.currency() != null) {
      fields.add(new Field("currency", "Currency", l.currencyCode(), l.currency().sentence()));
    }
    return fields;
  }

  private static String terms(Clawback clawback, BigDecimal repaidPercent) {
    return clawback == null ? "no repayment terms stated"
        : (repaidPercent == null ? "repaid" : percent(repaidPercent) + " repaid") + (clawback.prorated() ? " pro rata" : "")
        + " if you leave" + (clawback.months() == null ? " early" : " within " + clawback.months() + " months");
  }

  /** A day as the fields show it: "Friday 4 December 2026". */
  static String day(LocalDate date) {
    return DAY.format(date);
  }

  private static String equity(Equity e, String letterCurrency) {
    StringBuilder out = new StringBuilder();
    String unit = e.kind().equals(Equity.PROFITS_INTERESTS) ? "units (profits interests)"
        : e.kind().equals(Equity.RESTRICTED_STOCK) ? "shares of restricted stock" : e.unitName();
    if (e.shares() != null) {
      out.append(String.format(Locale.ROOT, "%,d", e.shares())).append(' ').append(unit);
    }
    if (e.value() != null) {
      out.append(out.length() == 0 ? unit + " worth " : " worth ").append(money(e.value(), e.currency()));
    }
    if (out.length() == 0) {
      // No size: a letter that offers a choice of packages sizes the grant in each.
      out.append(unit);
    }
    if (e.pricePerShare() != null) {
      out.append(e.kind().equals("options") ? ", exercise price "
              : e.kind().equals(Equity.PROFITS_INTERESTS) ? ", participation threshold "
              : e.kind().equals(Equity.RESTRICTED_STOCK) ? ", purchase price " : ", at ")
          // A price in another currency than the letter's is said with its code: "USD 0.85" in a Canadian letter.
          .append(e.currency() != null && !e.currency().equals(letterCurrency)
              ? e.currency() + " " + price(e.pricePerShare(), "") : price(e.pricePerShare(), letterCurrency))
          .append(" a share");
    }
    if (!e.schedule().isEmpty()) {
      out.append(", vesting ");
      for (int i = 0; i < e.schedule().size(); i++) {
        out.append(i == 0 ? "" : "/").append(percentNumber(e.schedule().get(i)));
      }
      out.append(" over ").append(e.years()).append(e.years() == 1 ? " year" : " years");
      if (e.cliffMonths() != null && e.cliffMonths() > 0) {
        out.append(", ").append(e.cliffMonths()).append("-month cliff");
      }
      if (e.frequency() != null) {
        out.append(", ").append(e.frequency());
      }
    }
    return out.toString();
  }

  /** A price per share with its cents: "$4.10", "£0.85". */
  static String price(BigDecimal value, Quote<String> currency) {
    return price(value, currency == null ? "" : currency.value());
  }

  static String price(BigDecimal value, String currency) {
    if (value.compareTo(BigDecimal.valueOf(1000)) >= 0) {
      // "KRW 12,500", "₹1,250.50": a price in a currency of small units reads with its thousands grouped.
      return money(value, currency.isEmpty() ? null : currency);
    }
    int scale = Math.max(2, value.stripTrailingZeros().scale());
    return (currency.isEmpty() ? "" : Money.mark(currency)) + value.setScale(scale, RoundingMode.UNNECESSARY)
        .toPlainString();
  }

  private static String money(long amount, String currency) {
    return currency == null || currency.isEmpty() ? String.format(Locale.ROOT, "%,d", amount)
        : new Money(amount, currency).full();
  }

  /** A figure as the letter writes it: "£88,000.50" keeps its pence, "£88,000" has none to show. */
  static String money(BigDecimal amount, String currency) {
    BigDecimal whole = amount.setScale(0, RoundingMode.DOWN);
    String shown = money(whole.longValueExact(), currency);
    BigDecimal cents = amount.subtract(whole);
    return cents.signum() == 0 ? shown
        : shown + cents.setScale(2, RoundingMode.UNNECESSARY).toPlainString().substring(1);
  }

  /** A figure with the cents the letter wrote, even none: "$68.00 per hour" is $68.00, "$68 an hour" $68. */
  static String moneyAsWritten(BigDecimal amount, String currency) {
    String shown = money(amount, currency);
    return amount.scale() == 2 && amount.remainder(BigDecimal.ONE).signum() == 0 ? shown + ".00" : shown;
  }

  private static String percent(BigDecimal p) {
    return percentNumber(p) + "%";
  }

  private static String percentNumber(BigDecimal p) {
    return p.stripTrailingZeros().toPlainString();
  }

  /** The extra's name as the letter writes it ("RRSP matching", not "Rrsp matching"), its first letter capital. */
  private static String asWritten(String what, String sentence) {
    String shown = what;
    for (int i = 0; i + what.length() <= sentence.length(); i++) {
      if (sentence.regionMatches(true, i, what, 0, what.length())) {
        shown = sentence.substring(i, i + what.length());
        break;
      }
    }
    return Character.toUpperCase(shown.charAt(0)) + shown.substring(1);
  }
}
