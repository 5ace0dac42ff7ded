package com.compcoach.letter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What to ask the recruiter about what a letter leaves out or states unclearly; one sentence each. */
final class LetterQuestions {

  private static final Map<Topic, String> NAMES = Map.of(Topic.BASE, "base salary", Topic.BONUS, "bonus",
      Topic.SIGN_ON, "sign-on", Topic.RELOCATION, "relocation", Topic.EQUITY, "equity grant", Topic.REFRESH,
      "refresh grant");

  private LetterQuestions() {}

  /**
   * A target written both ways ("10% ($20,500)") whose amount is not that part of the base, to within 1%: the
   * question which one is the target; else null. A guaranteed floor beside a target is no second figure of it.
   */
  private static String bonusFiguresDisagree(LetterReader.Reading r) {
    Bonus b = r.bonus == null ? null : r.bonus.value();
    if (b == null || b.cap() || b.percent() == null || b.amount() == null || r.base == null || r.bonusCapBeside != null
        || r.bonus.sentence().toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\b(?:guarantee|no less than|not less than|minimum).*")) {
      return null;
    }
    BigDecimal part = r.base.value().multiply(b.percent()).movePointLeft(2);
    if (part.subtract(b.amount()).abs().compareTo(b.amount().movePointLeft(2)) <= 0) {
      return null;
    }
    String c = currency(r);
    return "The letter gives the bonus as " + b.percent().stripTrailingZeros().toPlainString() + "% of base, which is "
        + LetterFields.money(part.setScale(0, java.math.RoundingMode.HALF_UP), c) + ", and as " + LetterFields.money(b.amount(), c)
        + "; which is the target?";
  }

  static List<String> ask(LetterReader.Reading r) {
    List<String> q = new ArrayList<>();
    if (r.currencyGuessed) {
      q.add("The letter writes \"$\" without saying which dollar; I read it as " + r.currency.value()
          + " from where the job is. Is that right?");
    }
    if (!r.choices.isEmpty()) {
      q.add("The letter offers a choice of packages: " + String.join("; ", r.choices) + ". Which one are you weighing? "
          + "The parts that differ are left out of the offer until you say.");
    } else if (r.hourly && r.base == null && r.weeklyHours != null && r.hourlyRate != null) {
      // The hours are the letter's own, so the year is worked out, and asked about rather than taken as the base.
      BigDecimal rate = r.hourlyRate.value().value();
      BigDecimal year = rate.multiply(r.weeklyHours).multiply(BigDecimal.valueOf(52));
      q.add("The letter pays " + LetterFields.moneyAsWritten(rate, currency(r)) + " an hour for "
          + r.weeklyHours.stripTrailingZeros().toPlainString() + " hours a week: " + LetterFields.money(Amount.exact(year),
          currency(r)) + " a year over 52 weeks, before overtime or shift pay. Is that the base to weigh?");
    } else if (r.hourly && r.base == null) {
      q.add("The letter gives an hourly rate"
          + (r.hourlyRate == null ? "" : " of " + LetterFields.moneyAsWritten(r.hourlyRate.value().value(), currency(r)))
          + "; how many hours a week is the role, so the base can be put as a year?");
    } else if (r.daily && r.base == null && r.dayRate != null && r.contractDays != null) {
      BigDecimal week = r.dayRate.value().multiply(BigDecimal.valueOf(r.contractDays.daysAWeek()));
      q.add("The letter pays " + LetterFields.moneyAsWritten(r.dayRate.value(), currency(r)) + " a day for "
          + r.contractDays.daysAWeek() + " days a week, " + LetterFields.money(Amount.exact(week), currency(r))
          + " a week; a year's pay is that times the weeks the contract pays (days off, holidays and sick days are "
          + "not paid). How many weeks a year does it pay, so the base can be put as a year?");
    } else if (r.daily && r.base == null) {
      q.add("The letter gives a day rate" + (r.dayRate == null ? ""
          : " of " + LetterFields.moneyAsWritten(r.dayRate.value(), currency(r)))
          + "; how many days a year does the contract pay, so the base can be put as a year?");
    } else if (r.base == null && r.fullTime != null) {
      q.add("The letter gives " + LetterFields.money(r.fullTime.value(), currency(r)) + " a year as the full-time "
          + "salary, paid pro rata; what is the actual salary for your hours?");
    } else if (r.base == null && r.includedAndOnTop != null) {
      q.add("The letter gives " + LetterFields.money(r.packageWith.value(), currency(r)) + " a year both including "
          + r.included.written() + " and as the base with " + r.included.written() + " on top; the base is "
          + LetterFields.money(r.packageWith.value(), currency(r)) + " only if it is paid on top, else less. Which is it?");
    } else if (r.base == null && r.packageWith != null) {
      q.add("The letter gives " + LetterFields.money(r.packageWith.value(), currency(r)) + " a year including "
          + r.included.asked() + "?");
    } else if (r.base == null && !r.ranges.containsKey(Topic.BASE)) {
      q.add("What is the yearly base salary? The letter does not state one I could read.");
    }
    if (r.deferredSalary) {
      q.add("The letter defers part of the salary until a later event, such as the company raising money; how much is "
          + "paid from your first day, and is the deferred part paid if that event never comes?");
    }
    String c = currency(r);
    if (r.monthsPaid != null && r.monthsPaid.daysUnsaid()) {
      q.add("How many days of salary is the aguinaldo? The letter names it without a number of days.");
    }
    if (r.base != null && r.baseFactor == null && r.baseBeforeExtraMonth == null && extraMonthBesidesAYear(r)) {
      q.add("The letter pays a 13th month besides the yearly " + LetterFields.money(r.base.value(), c)
          + "; is it included in that figure?");
    }
    for (BigDecimal other : r.otherBases) {
      q.add("The letter gives two base salaries (" + LetterFields.money(r.base.value(), c) + " and "
          + LetterFields.money(other, c) + " a year); which is it?");
    }
    r.ranges.forEach((topic, range) -> {
      if (offeredWithin(r, topic, range) == null) {
        q.add("The letter gives the " + NAMES.getOrDefault(topic, topic.key) + " as a range (" + range.range()
            + "); which figure is the offer?");
      }
    });
    if (r.bonus != null && r.bonus.value().cap()) {
      Bonus b = r.bonus.value();
      q.add("The bonus is up to " + (b.percent() != null ? b.percent().stripTrailingZeros().toPlainString() + "% of base"
          : LetterFields.money(b.amount(), c)) + ": a cap, not a target. What does it pay at target, and what has it "
          + "paid out in recent years?");
    }
    if (r.bonus != null && !r.bonus.value().cap() && r.bonus.value().percent() == null
        && (r.bonusCapBeside != null || r.bonus.sentence().toLowerCase(java.util.Locale.ROOT).contains("guarantee"))) {
      // "For the 2027 performance year only, your bonus will be guaranteed at not less than $150,000".
      q.add("The bonus of " + LetterFields.money(r.bonus.value().amount(), c) + " is a guarantee; what does the bonus "
          + "pay at target in the years the guarantee does not cover, and what has it paid out?");
    }
    String disagreeing = bonusFiguresDisagree(r);
    if (disagreeing != null) {
      q.add(disagreeing);
    }
    if (r.bonus == null && r.bonusWithoutFigure && !r.ranges.containsKey(Topic.BONUS) && !discretionaryPast(r)) {
      q.add("What is the bonus target, as a percent of base or an amount? The letter mentions a bonus without one.");
    }
    if (r.signOn != null && !r.signOnClawbackStated) {
      q.add("Does the sign-on have to be repaid if you leave early, and within how many months?");
    }
    equity(r, q);
    if (r.refresh == null && r.refreshWithoutFigure) {
      q.add("What size are refresh grants at this level, and when is the first one?");
    }
    if (r.start == null) {
      q.add(r.startUnclear ? "The start date is left to be agreed" + (r.startLatest == null ? ""
          : ", no later than " + LetterFields.day(r.startLatest)) + "; which date do you want to propose?"
          : "What start date do they have in mind? The letter names none I could read.");
    }
    if (r.deadline == null && r.deadlineFromReceipt != null) {
      q.add("The letter wants your answer within " + r.deadlineFromReceipt + " of receiving it; on which day did it "
          + "reach you?" + (r.letterDate == null ? "" : " It is dated " + LetterFields.day(r.letterDate) + "."));
    } else if (r.deadline == null) {
      q.add(r.deadlineWithoutDate ? "By which date exactly do they need your answer? The letter's deadline names no "
          + "date I could read." : "By when do they need your answer? The letter names no deadline.");
    }
    if (r.company == null) {
      // The employer sets which guide's bands apply and whom the counter goes to: never assumed.
      q.add(OfferLetter.NO_COMPANY);
    }
    if (r.ambiguousDate && !LetterDates.dayFirstWhere(r.currency == null ? null : r.currency.value())) {
      q.add("A date in the letter could be read day-first or month-first; check the dates shown against the letter.");
    }
    return q;
  }

  /**
   * The valuation a private company's options are taxed at, as the letter's country names it: a US 409A, an
   * HMRC-agreed value for UK (EMI) options, else the fair market value the company uses for tax (an Indian ESOP).
   */
  static String taxValuation(LetterReader.Reading r) {
    String currency = currency(r);
    if ("USD".equals(currency) || r.lowers.stream().anyMatch(l -> l.contains("409a"))) {
      return "409A (tax) valuation";
    }
    return "GBP".equals(currency) ? "HMRC-agreed (tax) valuation" : "tax valuation (fair market value)";
  }

  private static String currency(LetterReader.Reading r) {
    return r.currency == null ? null : r.currency.value();
  }

  /** A 13th month named in a letter whose base is a yearly figure not said to be paid in 13 parts. */
  private static boolean extraMonthBesidesAYear(LetterReader.Reading r) {
    MonthsPaid.Count count = r.monthsPaid != null ? r.monthsPaid : MonthsPaid.of(r.lowers, LetterReader.WORDS);
    return count.extra() && !count.instalments();
  }

  private static String count(long n) {
    return String.format(java.util.Locale.ROOT, "%,d", n);
  }

  private static void equity(LetterReader.Reading r, List<String> q) {
    if (r.equity == null) {
      if (r.equityPercent != null) {
        // A strike the letter gives is said back, not asked for again.
        q.add("The grant is " + r.equityPercent.toPlainString() + "% of the company" + (r.pricePerShare == null
            ? ": how many shares is that, out of how many fully diluted, and at what price per share?"
            : ", at " + LetterFields.money(r.pricePerShare, r.priceCurrency != null ? r.priceCurrency
                : r.currency == null ? null : r.currency.value()) + " a share: how many shares is that, out of how "
                + "many fully diluted?"));
      } else if (!r.equitySentences.isEmpty()) {
        q.add("The letter mentions equity without a number of shares or a value; how large is the grant?");
      }
      return;
    }
    Equity e = r.equity.value();
    if (e.schedule().isEmpty()) {
      q.add("How does the grant vest: over how many years, with a cliff, and how often after it?");
    }
    if (e.kind().equals(Equity.PHANTOM)) {
      // Cash on the plan's terms: what one unit is worth, whether it pays the whole value or only the growth, and when.
      q.add("The grant is phantom units, cash tied to the company's value, not shares. What is one unit worth today, does "
          + "it pay the unit's full value or only its growth since the grant, and on what event does it pay out?");
      return;
    }
    if (e.kind().equals("options") && e.pricePerShare() == null && !r.strikeAtGrant) {
      q.add("What is the exercise (strike) price of the options?");
    } else if (e.kind().equals(Equity.PROFITS_INTERESTS) && e.pricePerShare() == null) {
      q.add("What is the units' participation threshold, the value above which they share in the company's growth?");
    }
    // With no size (it depends on the package chosen, asked with the choices) there is no grant to value yet.
    boolean sized = e.shares() != null || e.value() != null;
    if (r.privateCompany) {
      // Options are worth their spread over the strike, which no share price alone gives: said in a note instead.
      if (sized && r.equityValue == null && r.preferredPrice == null && !e.kind().equals("options")) {
        q.add("What share price did they use to value the grant" + (e.shares() == null ? "" : " of "
            + count(e.shares()) + " " + (e.kind().equals("RSU") ? "shares" : e.unitName())) + "?");
      }
      String tax = taxValuation(r);
      if (r.preferredPrice == null && r.fairValue == null) {
        q.add("What was the latest preferred share price, and the latest " + tax + " per share?");
      } else if (r.preferredPrice == null) {
        q.add("What was the latest preferred share price? The letter gives only the " + tax.replace("valuation", "value")
            + ", "
            + LetterFields.price(r.fairValue, r.currency) + " a share.");
      } else if (r.fairValue == null) {
        q.add("What is the latest " + tax + " per share, against the preferred price of "
            + LetterFields.price(r.preferredPrice, r.currency) + "?");
      }
      if (!r.fullyDilutedStated) {
        q.add("How many shares are outstanding, fully diluted, so the grant can be read as a percent of the company?");
      }
    } else if (sized && e.value() == null) {
      q.add("What share price turns the " + count(e.shares()) + " " + (e.kind().equals("options") ? "options" : "units")
          + " into a value, and is it an average over a period?");
    }
  }

  /**
   * Whether the letter calls a bonus with no figure discretionary and says what it paid before: nothing to ask, the
   * past payout is shown beside the offer in a note.
   */
  static boolean discretionaryPast(LetterReader.Reading r) {
    return r.pastBonus != null && r.pastBonus.sentence().toLowerCase(java.util.Locale.ROOT).contains("discretion");
  }

  /**
   * The single figure the letter offers for a field it also gives a range for, where it lies within the range ("the
   * band for this role is $160,000–$190,000; your base will be $175,000", "0–30% of base, with a target of 15%"):
   * the range is the role's, the figure the offer; else null, and the range is asked about.
   */
  static BigDecimal offeredWithin(LetterReader.Reading r, Topic topic, Amount range) {
    BigDecimal figure = switch (topic) {
      case BASE -> r.base == null || r.baseFactor != null ? null : r.base.value();
      case BONUS -> r.bonus == null ? null : range.percent() ? r.bonus.value().percent() : r.bonus.value().amount();
      default -> null;
    };
    return range.holds(figure) ? figure : null;
  }
}
