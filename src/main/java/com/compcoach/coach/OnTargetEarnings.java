package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.money.Period;
import java.util.List;
import java.util.regex.Pattern;

/** On-target earnings: named beside a figure, and split at the base into the bonus. */
final class OnTargetEarnings {

  private OnTargetEarnings() {}

  /** Whether "OTE" or "on-target earnings" names the figure: right before it, or right after it. */
  static boolean ote(String lower, OfferAmount a, int[] clause) {
    // A figure may run past its clause's ends (a hostile text's odd breaks): the words beside it are then none.
    String before = lower.substring(Math.min(a.start(), Math.max(clause[0], a.start() - 24)), a.start());
    String after = lower.substring(a.end(), Math.max(a.end(), Math.min(clause[1], a.end() + 24)));
    return ONE_WORD_OTE.matcher(before).find() && !COMPONENT_AFTER_OTE.matcher(before).find()
        || ONE_WORD_OTE.matcher(after).lookingAt();
  }

  private static final Pattern ONE_WORD_OTE = Pattern.compile("^\\W*(?:ote|on[- ]target earnings)\\b|\\b(?:ote|on[- ]target earnings)\\W*(?:of|is|at|=|:)?\\W*$");

  private static final Pattern COMPONENT_AFTER_OTE = Pattern.compile("\\b(?:ote|earnings)\\b.*\\b(?:base|bonus|rsus?|stock|equity)\\b");

  /**
   * On-target earnings are base plus target commission or bonus, so "OTE 300k" with a 150k base is 150k of target
   * variable pay, read as the bonus and said so; without a base it is asked about, never taken as a total (stock
   * is on top of it).
   */
  static void onTarget(List<Figure> ote, List<Figure> figures, List<String> owners, List<String> remarks,
      List<String> unclear, List<Figure> later) {
    for (Figure o : ote) {
      Figure base = null;
      boolean bonus = false;
      for (Figure f : figures) {
        if (f.purpose() == o.purpose() && !f.percent()) {
          base = f.component() == Component.BASE ? f : base;
          bonus |= f.component() == Component.BONUS;
        }
      }
      if (base != null && !bonus && o.amount() > base.amount()
          && java.util.Objects.equals(base.currency(), o.currency())) {
        long variable = o.amount() - base.amount();
        figures.add(new Figure(o.purpose(), Component.BONUS, variable, false, o.currency(), 0, false,
            o.written() + " OTE less the base", Period.YEAR));
        owners.add(owners.get(figures.indexOf(base)));
        String said = o.currency() == null ? variable % 1_000 == 0 ? variable / 1_000 + "k" : String.valueOf(variable)
            : Cards.money(variable, o.currency());
        remarks.add("Read OTE " + o.written() + " as the base plus " + said
            + " of target variable pay (commission or bonus), kept as the bonus.");
      } else if (!bonus && base == null && o.purpose() == Figure.Purpose.OFFER) {
        // "they offered $230k OTE" later in a thread: the thread's base splits it, once the thread is known.
        later.add(o);
      } else if (!bonus) {
        unclear.add(onTargetQuestion(o.written()));
      }
    }
  }

  /** The question for on-target earnings with no base to split them at. */
  static String onTargetQuestion(String written) {
    return "OTE " + written + " is base plus target variable pay (commission or bonus): what is the base? Say e.g. "
        + "\"150k base, 300k OTE\", and any stock on top.";
  }
}
