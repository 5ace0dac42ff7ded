package com.compcoach.letter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How the reader read a figure where a person might have read it otherwise: said beside the fields, so no choice is
 * made in silence (the part-time salary over its full-time equivalent, the starting salary over a later step-up).
 */
final class LetterNotes {

  private LetterNotes() {}

  /** An Indian CTC's line for the employer's provident fund or gratuity: "Employer PF contribution: ₹ 21,600 p.a.". */
  private static final Pattern CTC_FUND = Pattern.compile(
      "^(?:employer'?s?\\s+)?(?:(?:contribution\\s+to\\s+)(?:the\\s+)?)?(?:(?:e)?pf|provident\\s+fund|gratuity)\\b");

  /** A year, as an Act's ("the Payment of Gratuity Act, 1972"): no figure of the fund. */
  private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

  /**
   * The CTC's provident fund and gratuity lines, each quoted where it gives a figure ("Employer PF contribution: ₹
   * 21,600 p.a."), else named ("PF as per statutory norms." is the employer's provident fund at the rate the law
   * sets), or null where the letter has none: money the employer counts in the CTC that is never paid with the salary.
   */
  private static String fundsInTheCtc(LetterReader.Reading r) {
    List<String> quoted = new ArrayList<>();
    List<String> named = new ArrayList<>();
    for (int i = 0; i < r.sentences.size() && quoted.size() + named.size() < 2; i++) {
      String lower = r.lowers.get(i).replaceFirst("^[-•*|\\s]+", "");
      if (lower.length() < 100 && (lower.contains("pf") || lower.contains("provident") || lower.contains("gratuity"))
          && CTC_FUND.matcher(lower).find()) {
        if (YEAR.matcher(lower).replaceAll("").chars().anyMatch(Character::isDigit)) {
          quoted.add("\"" + r.sentences.get(i).strip() + "\"");
        } else {
          named.add(lower.startsWith("gratuity") ? "gratuity" : "the employer's provident fund (PF)");
        }
      }
    }
    if (!named.isEmpty()) {
      quoted.add(String.join(" and ", named) + (named.size() > 1 ? ", at the rates" : ", at the rate") + " the law sets");
    }
    return quoted.isEmpty() ? null : String.join(" and ", quoted);
  }

  static List<String> of(LetterReader.Reading r) {
    List<String> notes = new ArrayList<>();
    String c = r.currency == null ? null : r.currency.value();
    if (r.start != null && r.startWeek) {
      notes.add("The start is a week, not a day: the week of " + LetterFields.day(r.start.value())
          + "; ask which day it is.");
    }
    if (r.base != null && r.periodsYear != null) {
      // "MXN 48,000 quincenales" and an aguinaldo: the pay periods are twelve months, the 13th is on top of them.
      notes.add("The base is " + LetterFields.money(r.baseWritten, c) + " × " + plain(r.baseFactor) + " a year ("
          + LetterFields.money(r.periodsYear, c) + "), and the " + (r.monthsPaid.months().compareTo(BigDecimal.valueOf(13))
          == 0 ? "13th month" : plain(r.monthsPaid.months().subtract(BigDecimal.valueOf(12))) + " extra months")
          + " the letter pays on top: " + LetterFields.money(r.base.value(), c) + " a year.");
    } else if (r.base != null && r.baseFactor != null) {
      notes.add("The base is " + LetterFields.money(r.baseWritten, c) + " × " + plain(r.baseFactor) + " a year"
          + (r.monthsPaid != null && r.monthsPaid.extra() && r.baseFactor.compareTo(r.monthsPaid.months()) == 0
              ? " (the letter pays " + plain(r.monthsPaid.months()) + " monthly salaries)" : "") + ".");
    }
    if (r.base != null && r.baseBeforeExtraMonth != null) {
      notes.add("The base is " + LetterFields.money(r.baseBeforeExtraMonth, c) + " paid in twelve monthly payments and "
          + (r.monthsPaid.months().compareTo(BigDecimal.valueOf(13)) == 0 ? "a 13th month on top"
          : "its extra months on top (" + plain(r.monthsPaid.months()) + " monthly salaries)") + ": " + LetterFields.money(r.base.value(), c) + " a year.");
    }
    if (r.base != null && r.baseBeforeExtraMonth == null && (r.monthsPaid == null || !r.monthsPaid.extra())
        && MonthsPaid.discretionaryExtraMonth(r.lowers, LetterReader.WORDS) != null) {
      // A 13th month left to the company ("a discretionary 13th month depending on company results") is no part of a
      // guaranteed base: said, so the user knows it was read and left out.
      notes.add("The letter's 13th month is not guaranteed (it is at the company's discretion), so it is left out of "
          + "the base.");
    }
    if (r.base != null && r.baseBeforeExtraMonth == null && (r.monthsPaid == null || !r.monthsPaid.extra())
        && MonthsPaid.conditionalExtraMonth(r.lowers, LetterReader.WORDS) != null) {
      // "Employees with five years of service also receive a 13th month": whether it is the candidate's cannot be told.
      notes.add("The letter pays a 13th month only on a condition (such as years of service), so it is left out of the "
          + "base: ask whether it applies to you and from when.");
    }
    r.ranges.forEach((topic, range) -> {
      BigDecimal offered = LetterQuestions.offeredWithin(r, topic, range);
      if (offered != null) {
        // The role's range beside the offered figure: room to negotiate within, said so the user sees it.
        notes.add("The letter gives a range for the " + (topic == Topic.BASE ? "base salary" : "bonus") + " ("
            + range.range() + ") and offers " + (range.percent() ? plain(offered) + "%" : LetterFields.money(offered, c))
            + " within it.");
      }
    });
    if (r.pastBonus != null) {
      // A past payout is context for the bonus, never its figure: the offer holds none of it.
      Amount past = r.pastBonus.value();
      String paid = past.range() != null ? plain(past.value()) + "%–" + plain(past.high()) + "%" : plain(past.value()) + "%";
      notes.add((r.bonus == null ? (LetterQuestions.discretionaryPast(r) ? "The bonus is discretionary, with no figure "
          + "in the offer" : "The letter gives no bonus figure for the offer") : "Beside the bonus offered")
          + "; the letter says what it paid before, " + paid + " (\"" + r.pastBonus.sentence() + "\"): shown here, never "
          + "counted in the offer.");
    }
    String hub = r.location != null && r.location.value().startsWith("Remote") ? LetterNames.hub(r.location.sentence())
        : null;
    if (hub != null) {
      notes.add("The role is remote; most of the team works in " + hub + " (\"" + r.location.sentence() + "\").");
    }
    if (r.base != null && r.baseLessVariable) {
      notes.add("The base is the CTC of " + LetterFields.money(r.ctcTotal.value(), c) + " less its variable pay of "
          + LetterFields.money(r.bonus.value().amount(), c) + ": the letter gives no fixed total.");
    }
    // Only where the fixed and variable pay make the whole CTC are the funds inside the fixed pay: a break-up that lists
    // them as a part of their own ("Provident Fund and Gratuity (C)") keeps them out of the base.
    String funds = r.costToCompany && r.base != null && r.ctcTotal != null && r.bonus != null
        && r.bonus.value().amount() != null
        && r.base.value().add(r.bonus.value().amount()).compareTo(r.ctcTotal.value()) == 0 ? fundsInTheCtc(r) : null;
    if (funds != null) {
      notes.add("The fixed pay counts " + funds + ": parts of the CTC paid into funds or on leaving, not as monthly "
          + "salary.");
    }
    if (r.base != null && r.includedRate != null && r.packageWith != null) {
      notes.add("The base is the package of " + LetterFields.money(r.packageWith.value(), c) + " a year without "
          + "the " + r.included.written() + " it includes, at the " + plain(r.includedRate) + "% the letter gives: "
          + LetterFields.money(r.packageWith.value(), c) + " ÷ " + plain(BigDecimal.ONE.add(r.includedRate
          .movePointLeft(2))) + ".");
    }
    if (r.base != null && r.partOfBase != null) {
      notes.add("The base already holds a part the letter names in it (\"" + r.partOfBase + "\"): it is no pay beside "
          + "the base, and no second salary.");
    }
    if (r.agency != null && r.company != null && !r.company.value().equals(r.agency)) {
      notes.add("Your employer is " + r.agency + ", the agency, not " + r.company.value() + ", where you will work: "
          + "the pay is weighed against " + r.company.value() + "'s, but the agency sets the benefits and the rises.");
    }
    if (r.oteSplit != null) {
      OteSplit ote = r.oteSplit;
      notes.add("The base is worked out from the on-target earnings of " + LetterFields.money(ote.ote(), c) + " a year"
          + " at the " + plain(ote.basePercent()) + "% base the letter's split gives: " + LetterFields.money(ote.base(), c)
          + " base and " + LetterFields.money(ote.variable(), c) + " variable at target.");
    }
    if (r.base != null && r.contractDays != null && r.contractDays.weeksAYear() != null) {
      notes.add("The base is the day rate made a year by the letter's own days and weeks: "
          + LetterFields.moneyAsWritten(r.dayRate.value(), c) + " a day × " + r.contractDays.daysAWeek()
          + " days a week × " + r.contractDays.weeksAYear() + " weeks = " + LetterFields.money(r.base.value(), c)
          + "; days not worked are not paid.");
    }
    if (r.base != null && r.hourlyRate != null) {
      Amount rate = r.hourlyRate.value();
      String code = rate.currency() == null || rate.currency().equals(LetterFigures.BARE_DOLLAR) ? c : rate.currency();
      notes.add("The letter also pays " + LetterFields.moneyAsWritten(rate.value(), code) + " an hour (\"" + r.hourlyRate.sentence()
          + "\"); the base is the yearly salary it states, not the hourly rate made a year.");
    }
    if (r.base != null && r.fullTime != null && r.partTimeDays != null) {
      notes.add("The base is the full-time salary of " + LetterFields.money(r.fullTime.value(), c) + " a year for the "
          + r.partTimeDays + " days a week the letter pays, of a five-day week: " + LetterFields.money(r.fullTime.value(), c)
          + " × " + plain(r.partTime) + " = " + LetterFields.money(r.base.value(), c) + ".");
    } else if (r.base != null && r.fullTime != null && r.partTime != null) {
      notes.add("The base is the full-time salary of " + LetterFields.money(r.fullTime.value(), c) + " a year at the "
          + plain(r.partTime.movePointRight(2)) + "% of full time the letter pays: " + LetterFields.money(
          r.fullTime.value(), c) + " × " + plain(r.partTime) + " = " + LetterFields.money(r.base.value(), c) + ".");
    } else if (r.base != null && r.fullTime != null && r.fullTime.value().compareTo(r.base.value()) < 0) {
      // A full-time figure below the part-time year is no year's ("gross monthly salary on a full-time basis … EUR
      // 5,500"): its sentence is quoted, never the figure shown as if it were one.
      notes.add("The base is the salary paid for the part-time hours, " + LetterFields.money(r.base.value(), c)
          + " a year; the full-time figure is kept as context (\"" + r.fullTime.sentence() + "\").");
    } else if (r.base != null && r.fullTime != null) {
      notes.add("The base is the salary paid for the part-time hours, " + LetterFields.money(r.base.value(), c)
          + " a year; " + LetterFields.money(r.fullTime.value(), c) + " is its full-time equivalent, kept as context.");
    }
    if (r.base != null && r.basePay != null) {
      notes.add("The base is the salary with its locality pay: " + LetterFields.money(r.basePay, c) + " base pay plus "
          + LetterFields.money(r.locality.value(), c) + " locality pay, " + LetterFields.money(r.base.value(), c)
          + " a year.");
    }
    if (r.base != null && r.stepUp != null) {
      notes.add("The base is the starting salary; the letter raises it to " + LetterFields.money(r.stepUp.value(), c)
          + " a year later (\"" + r.stepUp.sentence() + "\").");
    }
    if (!r.formerFigures.isEmpty()) {
      List<String> shown = new ArrayList<>();
      for (LetterReader.Former f : r.formerFigures) {
        String code = f.currency() == null || f.currency().equals(LetterFigures.BARE_DOLLAR) ? c : f.currency();
        shown.add(LetterFields.money(f.value(), code));
      }
      notes.add("Left out as figures this letter replaces (a current salary, an earlier offer): "
          + String.join(", ", shown) + ".");
    }
    if (!r.conversions.isEmpty()) {
      List<String> shown = new ArrayList<>();
      for (LetterReader.Former f : r.conversions) {
        // "about EUR 12,000 per month" is said with its month: a bare €12,000 would read as the year's pay.
        shown.add(LetterFields.money(f.value(), f.currency().equals(LetterFigures.BARE_DOLLAR) ? "USD" : f.currency())
            + (f.period() == null ? "" : " " + f.period().written()));
      }
      notes.add("Left out as the letter's own approximate conversions into another currency: " + String.join(", ", shown)
          + (c == null ? "." : "; the offer is in " + c + "."));
    }
    if (r.makeWhole != null) {
      notes.add("The make-whole grant of " + LetterFields.money(r.makeWhole.value(), c) + " replaces equity you "
          + "would forfeit; it is kept apart from the new-hire grant and the yearly stock.");
    }
    if (r.strikeFromFairValue && r.equity != null) {
      notes.add("The strike is the latest " + LetterQuestions.taxValuation(r).replace("valuation", "value")
          + " the letter gives, " + LetterFields.price(r.fairValue, r.currency)
          + " a share: the letter sets it at the fair market value on the grant date, which may differ.");
    }
    if (r.priceFromClose && r.equity != null && r.equityValue == null && r.equity.value().value() != null && !Equity.spread(r.equity.value().kind())) {
      notes.add("The grant is valued at the closing price of the company's stock the letter gives, "
          + LetterFields.price(r.pricePerShare, r.priceCurrency != null ? r.priceCurrency
              : r.currency == null ? "" : r.currency.value())
          + " a share; the price on the grant date may differ.");
    }
    if (r.equity != null && r.equity.value().kind().equals("options") && r.equity.value().value() == null
        && r.equity.value().shares() != null) {
      Equity e = r.equity.value();
      notes.add("The " + String.format(java.util.Locale.ROOT, "%,d", e.shares()) + " " + e.unitName()
          + " are given no value: they are worth the spread between the share's value and "
          + (e.pricePerShare() == null ? "their exercise price" : "the " + LetterFields.price(e.pricePerShare(),
          e.currency() != null ? e.currency() : r.currency == null ? "" : r.currency.value()) + " exercise price")
          + ", and the letter states no such value.");
    }
    if (r.strikeAtGrant && r.equity != null) {
      notes.add("The strike is not set yet: the letter sets it at the fair market value on the grant date; the latest "
          + LetterQuestions.taxValuation(r).replace("valuation", "value")
          + " is the nearest guide to it.");
    }
    if (r.bonusPayments > 1 && r.bonus != null && r.bonusMonths != null
        && r.bonus.sentence().equals(r.bonusMonths.sentence())) {
      // "2.5 months per payment, twice a year": the year's sum is the figure weighed, so it is shown worked out.
      notes.add("The bonus is " + r.monthsPerPayment.stripTrailingZeros().toPlainString() + " months' salary per payment, "
          + r.bonusPayments + " payments a year: " + r.bonusMonths.value().stripTrailingZeros().toPlainString()
          + " months, " + LetterFields.money(r.bonus.value().amount(), c) + " a year.");
    }
    String afterGuarantee = r.base == null ? null : productivityAfterGuarantee(r);
    if (afterGuarantee != null) {
      notes.add("The base of " + LetterFields.money(r.base.value(), c) + " is guaranteed " + afterGuarantee
          + " only; after that pay follows production, so later years may pay more or less than it.");
    }
    if (r.bonusCapBeside != null && r.bonus != null) {
      notes.add("The bonus read is the " + LetterFields.money(r.bonus.value().amount(), c) + " the letter guarantees (\""
          + r.bonus.sentence() + "\"); otherwise it pays up to " + (r.bonusCapBeside.percent() != null
          ? r.bonusCapBeside.percent().stripTrailingZeros().toPlainString() + "% of base"
          : LetterFields.money(r.bonusCapBeside.amount(), c)) + ", a cap, not a target.");
    }
    if (r.bonusOfPackage != null && r.bonus != null && r.packageWith != null) {
      notes.add("The bonus is " + r.bonusOfPackage.toPlainString() + "% of the package of "
          + LetterFields.money(r.packageWith.value(), c) + " (\"" + r.bonus.sentence() + "\"), not of the base inside it: "
          + LetterFields.money(r.bonus.value().amount(), c) + (r.bonus.value().cap() ? " at most." : "."));
    }
    if (r.bonusFloor != null && r.bonus != null) {
      notes.add("The bonus is its target, " + r.bonus.value().percent().stripTrailingZeros().toPlainString()
          + "% of base; the " + LetterFields.money(r.bonusFloor.value(), c) + " the letter guarantees (\""
          + r.bonusFloor.sentence() + "\") is the least it pays, not its target.");
    }
    if (r.base != null && r.extraMonthProrated != null) {
      notes.add("The base counts the extra month in full; the letter pays it pro-rated in the first year (\""
          + r.extraMonthProrated + "\"), so year 1 pays less than " + LetterFields.money(r.base.value(), c) + ".");
    }
    if (r.bonus != null && r.bonusProrated != null) {
      notes.add("The first year's bonus is pro-rated to the time worked (\"" + r.bonusProrated + "\"), so year 1 pays "
          + "less than the full bonus.");
    }
    if (r.bonus == null && r.noBonus != null) {
      notes.add("No bonus: the letter says the role has none (\"" + r.noBonus + "\").");
    }
    // "by Friday" in an undated message is the coming Friday, as anyone reads it: said only where a letter's date
    // could make it another one.
    if (r.deadline != null && r.deadlineCounted != null && (r.letterDate != null
        || !r.deadlineCounted.startsWith("the first"))) {
      notes.add("The answer date is worked out: " + r.deadlineCounted + (r.deadlineCounted.startsWith("the first")
          ? " " : " after ") + (r.letterDate != null ? "the letter's date, " + LetterFields.day(r.deadlineCountedFrom)
          : "today, " + LetterFields.day(r.deadlineCountedFrom) + " (the letter is not dated)") + ".");
    }
    if (r.locationFromAddress) {
      notes.add("The location is the address the letter is written from (\"" + r.location.sentence() + "\"); the "
          + "letter names no place of work, so check where the job is.");
    }
    if (r.heldEquity && r.equity == null) {
      notes.add("The equity the letter names is what you already hold; it makes no new grant.");
    }
    return notes;
  }

  private static String plain(BigDecimal n) {
    BigDecimal s = n.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  /** A guarantee's period: "guaranteed … for the first two years", "for the first two years … guaranteed". */
  private static final String PERIOD = "((?:\\w+|\\d+)\\s+(?:\\(\\d+\\)\\s+)?(?:years?|months?))";
  /** Words within one clause: a comma only inside a figure ("$320,000"), so "…, and for the first two years" is apart. */
  private static final String SAME_CLAUSE = "(?:[^.;,]|,(?=\\d))";
  /**
   * The period a guarantee holds for, in the guarantee's own clause: "For the first two years … a guaranteed base",
   * "guaranteed … for the first 24 months", "guaranteed … for 24 months".
   */
  private static final Pattern GUARANTEED_FOR = Pattern.compile(
      "\\b(?:for|during)\\s+(?:the\\s+|your\\s+)?(?:first|initial)\\s+" + PERIOD + SAME_CLAUSE + "{0,60}?\\bguarantee"
          + "|\\bguarantee[ds]?\\b" + SAME_CLAUSE + "{0,60}?\\b(?:for|during)\\s+(?:the\\s+|your\\s+)?(?:first|initial)\\s+"
          + PERIOD + "|\\bguarantee[ds]?\\b" + SAME_CLAUSE + "{0,60}?\\bfor\\s+" + PERIOD);
  /** Pay that follows the work done once a guarantee ends: RVUs, production, collections, productivity. */
  private static final Pattern PRODUCTION = Pattern.compile(
      "\\b(?:productivity|production|w?rvus?|work\\s+rvus?|relative\\s+value\\s+units?|collections)\\b");

  /**
   * The period a guaranteed base holds for where the letter then moves pay to production ("guaranteed for the first
   * two years … Beginning in year three, … a productivity model based on work RVUs"), or null.
   */
  private static String productivityAfterGuarantee(LetterReader.Reading r) {
    int at = r.sentences.indexOf(r.base.sentence());
    if (at < 0) {
      return null;
    }
    String here = r.lowers.get(at);
    String next = at + 1 < r.lowers.size() ? r.lowers.get(at + 1) : "";
    Matcher period = GUARANTEED_FOR.matcher(here);
    // Pay moves to production after the guarantee: named after its period, not as a bonus beside it.
    if (!here.contains("guarantee") || !period.find()
        || !(PRODUCTION.matcher(here).region(period.end(), here.length()).find() || PRODUCTION.matcher(next).find())) {
      return null;
    }
    String length = Stream.of(period.group(1), period.group(2), period.group(3)).filter(Objects::nonNull).findFirst()
        .orElseThrow().toLowerCase(Locale.ROOT);
    return period.group(3) == null ? "for the first " + length : "for " + length;
  }
}
