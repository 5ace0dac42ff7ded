package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.money.Token;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/** The question a figure needs before it can be read: an exponent, a range, a count of options or RSUs. */
final class FigureQuestions {

  private FigureQuestions() {}

  /** A range of a benefit, never of pay: a retirement match ("401k" is read as "retirement plan" first), yearly raises. */
  private static final Pattern BENEFIT_RANGE = Pattern.compile("\\b(?:retirement\\s+plan|pension|match(?:ing|ed)?|espp"
      + "|annual\\s+raises?|yearly\\s+raises?|raises\\s+(?:are|of)|merit\\s+(?:increases?|raises?)|cola)\\b");

  /** "25% each year", "25% a year", "25% vests annually": a percent of a grant by year, its vesting. */
  private static final java.util.regex.Pattern VESTING_SHARE = java.util.regex.Pattern.compile(
      "\\s*(?:of\\s+(?:it|the\\s+grant|them)\\s+)?(?:(?:each|a|per|every)\\s+year\\b|annually\\b|yearly\\b"
          + "|vests?\\b|vesting\\b)");

  /** "25% of the initial grant", "10% of your new-hire RSUs": a share of a grant, which sizes a refresh or a step. */
  private static final java.util.regex.Pattern GRANTS_SHARE = java.util.regex.Pattern.compile(
      "\\s*of\\s+(?:the|your|my|their|that)\\s+(?:(?:initial|first|original|new[- ]hire|sign[- ]on|starting|"
          + "upfront|up-front)\\s+)*(?:rsu\\s+|equity\\s+|stock\\s+)?(?:grant|grants|rsus|equity\\s+grant)\\b");

  /**
   * Whether the figure needs asking about before it can be read, asked in the draft: equity as a percent, an
   * exponent, a range, a count of RSUs or options, a what-if, a bare bonus that may be thousands or a percent.
   */
  static boolean asked(OfferDraft d, FigureDraft f) {
    OfferAmount a = f.amount;
    if (f.percent && a.range() != null && BENEFIT_RANGE.matcher(d.cleanLower.substring(f.clause[0], f.clause[1]))
        .find()) {
      // "401k match 4-6%", "raises are 3-5% a year": a benefit's range beside the pay, never the bonus to ask about.
      d.remarks.add("Left " + a.written() + " out: it is a benefit beside the pay (a retirement match, yearly "
          + "raises), not the bonus, so the counter doesn't weigh it.");
      return true;
    }
    if (f.percent && f.component == Component.STOCK && VESTING_SHARE.matcher(d.lower).region(a.end(),
        d.lower.length()).lookingAt()) {
      // "280k RSUs over 4 years (25% each year)": how the grant vests, read with the grant, never a share of the company.
      return true;
    }
    if (f.percent && GRANTS_SHARE.matcher(d.lower).region(a.end(), d.lower.length()).lookingAt()) {
      // "an annual refresh, typically 25% of the initial grant": a share of the grant, never of the company.
      d.remarks.add("Read " + a.written() + " as a share of the grant, not of the company: a refresh sized as a "
          + "share of the first grant is decided each year, not promised, so I weigh only the grant you were "
          + "offered. Ask: \"What have refresh grants at this level been in the last two years?\"");
      return true;
    }
    if (f.percent && f.component == Component.STOCK) {
      // "equity: 0.1%": a share of the company, worth nothing said yet; the rest of the offer still reads.
      d.remarks.add("Equity of " + a.written() + " is a share of the company: what it is worth depends on the "
          + "company's latest valuation (ask them for it, and the share count behind the percent). Tell me a "
          + "yearly value, e.g. \"equity worth 100k a year\", and I'll weigh it.");
      return true;
    }
    String question = question(a, d.lower);
    if (question == null && rsuCount(a, d.lower)) {
      // "2,000 RSUs" with no price: a count of units, asked beside the rest of the offer, which still reads.
      d.remarks.add("What are " + a.written() + " RSUs worth? Tell me the share price (\"stock is at $95\") or the "
          + "grant's value (\"$190k RSU over 4 years\"), and I'll read it as a year's equity.");
      return true;
    }
    if (question == null && !f.percent && !a.marked() && !a.magnitude() && countOfOptions(d.cleanLower, a)) {
      // "stock options 20,000 @ $4 strike": a count of options, worth nothing said yet; the rest still reads.
      d.remarks.add(optionsSaid(d.lower, a.written()));
      return true;
    }
    if (question != null && a.kind() == Token.Kind.SHARES && optionsAfter(d.lower, a)) {
      // "40,000 options at a $3.50 strike": a count of options, asked beside the rest of the offer, which still reads.
      d.remarks.add(optionsSaid(d.lower, a.written()));
      return true;
    }
    if (question == null && f.purpose == Figure.Purpose.OFFER) {
      question = eitherOr(d, f.index);
      // Never a stock grant: "rsus 200 or 240k over 4 years" is a grant over its years, which a picked "240" would lose.
      if (question != null && f.component != null && f.component != Component.TOTAL
          && !(f.component == Component.STOCK && !d.yearSpans.isEmpty()) && d.choice == null) {
        // "base 190, bonus is either 10 or 12 percent": the part is named, so the rest of the message reads, the
        // choice is asked beside it, and the next reply that picks one completes it.
        EitherFigure choice = EitherFigure.of(a, d.amounts.get(f.index + 1), f.component);
        d.remarks.add(choice.question());
        d.choice = choice.pending();
        d.skip[f.index + 1] = true;
        return true;
      }
    }
    if (question != null) {
      d.unclear.add(question);
      if (f.purpose == Figure.Purpose.OFFER && f.component != null && d.choice == null
          && a.kind() != Token.Kind.SHARES && a.kind() != Token.Kind.EXPONENT) {
        // "1850k base", "base in the high 180s": the reply that gives the figure completes the message held.
        d.choice = HeldFigure.mark(f.component);
      }
      return true;
    }
    if (d.whatIf != null && f.purpose == Figure.Purpose.OFFER) {
      d.unclear.add("Is " + a.written() + " in their offer, or a what-if? If they offered it, tell me so (\"they "
          + "offered " + a.written() + (f.component == null ? "" : " " + f.component.label()) + "\") and I'll redo "
          + "the counter; I don't change the offer for a what-if.");
      return true;
    }
    if (f.component == Component.BONUS && f.purpose == Figure.Purpose.OFFER && a.bonusOrPercent()) {
      // "base is 170. bonus 15.": 15k or 15% of base? The band decides once the base is known, or it is asked.
      d.bonusUnsure = a.value().stripTrailingZeros().toPlainString();
      return true;
    }
    return false;
  }

  /** The question a figure needs before it can be read, or null: an exponent, a range, a doubtful separator. */
  static String question(OfferAmount a, String lower) {
    if (a.kind() == Token.Kind.EXPONENT) {
      return "I can't read " + a.written() + " as a figure. Write it out, e.g. \"1,000,000\" or \"1M\", "
          + "with what it is (\"base\", \"total\").";
    }
    if (a.kind() == Token.Kind.SHARES) {
      String unit = lower.substring(a.end(), Math.min(lower.length(), a.end() + 16)).strip().split("[^a-z]")[0];
      if (unit.startsWith("option")) {
        return optionsQuestion(a.written());
      }
      return "What are " + a.written() + (unit.isEmpty() ? "" : " " + unit) + " worth? Give me the grant's value, "
          + "e.g. \"$200k RSU over 4 years\", and I'll read it as a year's equity.";
    }
    if (a.range() != null) {
      return "Is it " + a.range().lowWritten() + " or " + a.range().highWritten().replaceFirst("^[-−]\\s?", "")
          + RANGE_ASKED;
    }
    String thousands = DoubtfulThousands.question(a.written());
    if (thousands != null) {
      return thousands;
    }
    if (a.ambiguous()) {
      return "Is " + a.written() + " " + a.written().replace('.', ',') + "? Write it with a comma for thousands "
          + "(\"" + a.written().replace('.', ',') + "\") or as \"k\", so I read the right figure.";
    }
    return null;
  }

  private static final String RANGE_ASKED = "? A range isn't an offer yet: tell me the figure in the written offer, "
      + "or ask them for one.";

  /** Whether a question is the one asked of a range ("Is it 180 or 200k? A range isn't an offer yet…"). */
  static boolean rangeQuestion(String question) {
    return question.endsWith(RANGE_ASKED.substring(1)) && question.startsWith("Is it ");
  }

  /** Whether a range question is of two percents ("Is it 10 or 15%?"), a target range rather than a figure of pay. */
  static boolean percentRangeQuestion(String question) {
    return rangeQuestion(question) && question.indexOf('?') > 0
        && question.substring(0, question.indexOf('?')).endsWith("%");
  }

  /** Whether the unit after a count is options: "40,000 options", "5,000 stock options". */
  private static boolean optionsAfter(String lower, OfferAmount a) {
    String after = lower.substring(a.end(), Math.min(lower.length(), a.end() + 24)).strip();
    return after.startsWith("option") || after.startsWith("stock option") || after.startsWith("isos")
        || after.startsWith("nsos");
  }

  /**
   * "bonus 10 or 12 percent, cant remember": two figures for one part, either of them; asked, never one picked. Null
   * when the figure is not the first of two pay figures joined by "or" ("in 2 or 3 weeks" is no pay).
   */
  private static String eitherOr(OfferDraft d, int i) {
    if (i + 1 >= d.amounts.size()) {
      return null;
    }
    OfferAmount first = d.amounts.get(i);
    OfferAmount second = d.amounts.get(i + 1);
    if (first.end() > second.start() || !d.cleanLower.substring(first.end(), second.start()).strip().equals("or")
        || !(second.percent() || second.marked() || second.magnitude()
            || LeftOut.looksLikePay(second, d.cleanLower))) {
      return null;
    }
    return "Is it " + first.written() + " or " + second.written() + "? I won't pick one: tell me the figure in the "
        + "written offer, or ask them for it.";
  }

  /** What to ask about a count of options: their worth a year, from the share price less the strike. */
  /** Options said back at their spread when the message gives strike and share price, else asked about. */
  private static String optionsSaid(String lower, String count) {
    String spread = OptionSpread.said(lower, count);
    return spread != null ? spread : optionsQuestion(count);
  }

  static String optionsQuestion(String count) {
    return "What are " + count + " options worth a year? An option is worth the share price minus its strike, which "
        + "an offer rarely says: ask them for the latest share valuation (the 409A or preferred price), then tell me "
        + "a yearly value, e.g. \"options worth 40k a year\".";
  }

  /** Words right before a number that make it a count of options or shares: "stock options 20,000", "isos: 5,000". */
  private static final Pattern COUNT_BEFORE = Pattern.compile(
      "\\b(?:options?|isos?|nsos?|shares|units)\\s*(?:of|:|=|-)?\\s*$");

  /** Whether an unmarked number is a count of options or shares, named just before it. */
  static boolean countOfOptions(String lower, OfferAmount a) {
    return COUNT_BEFORE.matcher(lower.substring(Math.max(0, a.start() - 20), a.start())).find();
  }

  /** Units straight after a figure that count restricted stock units: "2,000 RSUs". */
  private static final Pattern RSU_UNITS = Pattern.compile("\\s*(?:rsus?|restricted stock units?)\\b");

  /**
   * Whether a figure is a count of RSUs: unmarked, with no "k", between 1,000 and 9,999 and followed by "RSUs" ("2,000
   * RSUs"). No grant is worth $2,000, and "80 rsu" beside "210 base" is thousands of dollars.
   */
  static boolean rsuCount(OfferAmount a, String lower) {
    return a.kind() == null && !a.percent() && !a.marked() && !a.magnitude() && a.currency() == null
        && a.value().compareTo(BigDecimal.valueOf(1_000)) >= 0 && a.value().compareTo(BigDecimal.valueOf(10_000)) < 0
        && RSU_UNITS.matcher(lower).region(a.end(), lower.length()).lookingAt();
  }
}
