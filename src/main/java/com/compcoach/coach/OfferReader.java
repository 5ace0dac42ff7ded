package com.compcoach.coach;

import com.compcoach.guide.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads offer figures from a message as people type them: "180k base, 50k rsu per year, 40k bonus",
 * "200k RSU over 4 years", "15% bonus", "$182,500 base + $30k sign-on", "base 1.1M", "£100k base", "TC 300k",
 * "a competing offer of 400k TC from Stripe", "my walk-away is 240k", "they came back with 190k base", vesting
 * schedules ("5/15/40/40") and a one-year cliff. It only reads: checking figures against a band is the caller's job.
 */
final class OfferReader {

  private static final Function<String, Rewritten> ROUGH = RoughRanges::value;

  /** The rewrites a message goes through before it is read, in this order. */
  private static final List<Function<String, Rewritten>> REWRITES = List.of(PastedRows::value, ListSlashes::value,
      OtherLanguages::value, LetterShorthand::value, LetteredOffers::value, CandidateNames::value, SideBySide::value, QuotedCounter::value,
      SharesAtPrice::value, TypedSlips::value,
      NamedCurrency::value,
      SpokenFigures::value, PartNamedFirst::value, RaiseOnBase::value, PayTodayBeside::value, EarlierRounds::value, ROUGH, SignedSteps::value, MonthsOfBonus::value, MovedFigures::value, StockByYear::value,
      SlashedParts::value);

  /** US retirement plans named by their tax code's section: "401k", "401(k)", "403b", "457(b)". */
  private static final java.util.regex.Pattern PLAN_NAME = java.util.regex.Pattern.compile(
      "(?i)\\b(?:401\\s?\\(?k\\)?|403\\s?\\(?b\\)?|457\\s?\\(?b\\)?)(?![\\p{L}\\d])"
      // "401k total", "401k base": pay of that size, said as such.
      + "(?!\\s*(?:total|tc|base|salary|comp|all\\s+in|a\\s+year|per\\s+year|/\\s?yr)\\b)");

  /** Reads every figure in the message, with no company named as this offer's; none gives an empty reading. */
  Reading read(String message) {
    return read(message, List.of());
  }

  /**
   * Reads every figure in the message. {@code home} names this offer's company ("Ally Financial", "Ally"): figures
   * said of another company ("Globex put 240k on the table") are a competing offer.
   */
  Reading read(String message, List<String> home) {
    // Each rewrite runs once, in turn, on what the one before left; what each changed is said back in that order.
    String typed = message == null ? "" : ExchangeRate.blanked(message);
    if (typed.contains("401") || typed.contains("403") || typed.contains("457")) {
      // "vs my current 401k match": a retirement plan's name, never $401K.
      typed = PLAN_NAME.matcher(typed).replaceAll("retirement plan");
    }
    List<String> rewritten = new ArrayList<>();
    String rough = null;
    for (Function<String, Rewritten> rewrite : REWRITES) {
      Rewritten written = rewrite.apply(typed);
      if (written != null) {
        typed = written.text();
        if (written.remark() != null) {
          rewritten.add(written.remark());
        }
        rough = rewrite == ROUGH ? written.remark() : rough;
      }
    }
    Reading reading = readWritten(typed, home);
    for (String question : DoubtfulThousands.doubled(typed)) {
      reading = reading.withUnclear(question);
    }
    String signed = SignedSteps.question(typed);
    if (signed != null) {
      reading = reading.withUnclear(signed);
    }
    String grantYears = stayGrantYears(reading);
    if (grantYears != null) {
      reading = reading.withUnclear(grantYears);
    }
    String pending = PendingParts.note(typed.toLowerCase(java.util.Locale.ROOT), reading);
    if (pending != null) {
      reading = reading.withRemark(pending, false);
    }
    for (int k = rewritten.size() - 1; k >= 0; k--) {
      reading = reading.withRemark(rewritten.get(k), true);
    }
    return RoughRanges.asked(reading, rough);
  }

  /**
   * "my current employer came back with 120k retention rsus if i stay": a grant to stay with no years is no year's pay
   * until its vesting is known (120k over 4 years is 30k a year, not 120k), so it is asked before it is weighed; null
   * when the grant has its years or a year's figure, or the offer to stay names more than stock.
   */
  private static String stayGrantYears(Reading reading) {
    if (!Attribution.STAYING_NAME.equals(reading.competitor())) {
      return null;
    }
    List<Figure> staying = reading.figures().stream().filter(f -> f.purpose() == Figure.Purpose.COMPETING).toList();
    if (staying.size() != 1) {
      return null;
    }
    Figure grant = staying.get(0);
    return grant.component() != Component.STOCK || grant.percent() || grant.years() > 0 || grant.yearly() ? null
        : "Over how many years does the " + grant.written() + " grant to stay vest? Tell me with the grant (\""
            + grant.written() + " retention rsus over 4 years\") and I'll weigh staying with its share of each year.";
  }

  /**
   * Reads a message whose slips, spoken figures and slashed parts are already written out: its pieces, whose each
   * clause's figures are, each figure in turn, then the offer gathered.
   */
  private static Reading readWritten(String typed, List<String> home) {
    OfferDraft draft = MessagePieces.read(typed);
    draft.said = Whose.said(draft.text, draft.clean, draft.clauses, new Attribution(home), draft.unsure);
    for (int i = 0; i < draft.amounts.size(); i++) {
      if (!draft.skip[i]) {
        FigureReader.read(draft, i);
      }
    }
    return GatheredOffer.reading(draft);
  }
}
