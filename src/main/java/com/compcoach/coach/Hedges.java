package com.compcoach.coach;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Figures said with a hedge or as a limit: "they might do 10k", "capped at 195", "about 230k". */
final class Hedges {

  private Hedges() {}

  /**
   * Whether the other side only hedged the figure ("they said they "might" do a 10k sign-on"), left out and said so;
   * a cap they named ("the band is capped at 195") is read as their figure, and said to be their limit.
   */
  static boolean onlyMaybe(OfferDraft d, FigureDraft f, String withWord) {
    OfferAmount a = f.amount;
    int[] clause = f.clause;
    if (d.mayHedge && f.purpose == Figure.Purpose.OFFER && hedged(d.cleanLower.substring(clause[0], clause[1]))) {
      // A maybe is not in the offer until they put it there.
      d.remarks.add("Left " + withWord + " out of the offer: they only said they might. Ask them to put it in the "
          + "written offer, then tell me it's in and I'll count it.");
      return true;
    }
    if (d.mayHedge && f.purpose == Figure.Purpose.OFFER && FLOATED.matcher(d.cleanLower.substring(
        Clauses.sentenceStart(d.clauses, d.clauseIndex[f.index]), Clauses.sentenceEnd(d.clauses,
        d.clauseIndex[f.index]))).find()) {
      // "they floated 165 base + 60k/yr rsu": a figure tried out on the phone is not yet what they offer, for every
      // figure of the sentence.
      String out = " out of the offer: they only floated ";
      String earlier = d.remarks.stream().filter(r -> r.endsWith(FLOATED_REMARK)).findFirst().orElse(null);
      if (earlier == null) {
        d.remarks.add("Left " + withWord + out + "it" + FLOATED_REMARK);
      } else {
        // One remark for every figure they floated: "Left 165 base and 60k stock out of the offer".
        String figures = earlier.substring("Left ".length(), earlier.indexOf(out));
        d.remarks.set(d.remarks.indexOf(earlier), "Left " + figures.replace(" and ", ", ") + " and " + withWord + out
            + "them" + FLOATED_REMARK);
      }
      return true;
    }
    if (f.purpose == Figure.Purpose.OFFER && d.cleanLower.contains(" if ")
        && IF_PUSHED.matcher(d.cleanLower).region(a.end(), d.cleanLower.length()).lookingAt()) {
      // "base is one-ninety, maybe 195 if i push": what the user hopes a push would bring, not what they offered.
      d.remarks.add("Left " + withWord + " out of the offer: it's what you think a push might bring, not what they "
          + "offered. The counter below is the push; tell me what they come back with.");
      return true;
    }
    if (f.purpose == Figure.Purpose.OFFER && d.cleanLower.contains(" if ")) {
      // "a 10k sign on but only if I start before feb 1": counted, and its condition said back so it is kept.
      // Only the words up to the sentence's end or the next amount: the condition belongs to the figure just before.
      Matcher stop = CONDITION_STOP.matcher(d.cleanLower);
      int end = stop.find(a.end()) ? stop.start() : d.cleanLower.length();
      Matcher condition = CONDITION.matcher(d.cleanLower.substring(a.end(), Math.min(end, a.end() + 80)));
      if (condition.find()) {
        // "if i sign this week": a figure that lapses unless signed by a date is an exploding one, pressure to answer
        // before weighing it; time to decide is asked for, or the date put in writing with the figure.
        boolean exploding = SIGN_BY.matcher(condition.group()).find();
        d.remarks.add("The " + withWord + " comes with a condition (\"" + condition.group().strip() + "\"): counted, but get the condition in the"
            + " written offer so it can't slip." + (exploding ? " Tied to signing by a date, it is pressure: ask for the"
            + " time you need to decide (\"I'm keen; can I have until Monday to give you an answer?\"), or have the"
            + " figure and its date in writing before you sign." : ""));
      }
    }
    if (d.mayCap && f.purpose == Figure.Purpose.OFFER && !a.percent() && capped(d.cleanLower, clause, a)) {
      d.remarks.add(a.written() + " is the cap they named, the most they say they'll pay there: a limit of theirs, "
          + "so ask them to put it in writing before you count on it.");
    }
    return false;
  }

  /** A condition that is a date to sign by: "if i sign this week", "if i accept by friday", "if i sign today". */
  private static final Pattern SIGN_BY = Pattern.compile("\\bif\\s+i\\s+(?:sign|accept)\\b[^.;!?]*?\\b(?:by|this|today"
      + "|tomorrow|tonight|within|before|end\\s+of)\\b");

  /** A figure the user's own push might bring: "maybe 195 if i push", "210 if we negotiate hard". */
  private static final Pattern IF_PUSHED = Pattern.compile("\\s*(?:k\\b)?\\s*(?:base|salary|bonus|rsus?|stock|equity)?"
      + "\\s*(?:,\\s*)?(?:maybe\\s+|probably\\s+|possibly\\s+)?if\\s+(?:i|we|she|he|you)\\s+(?:push|pushed|ask|asked|"
      + "negotiate|negotiated|counter|countered|press|pressed|haggle|fight|play hardball)\\b");

  /** Where a figure's words end: a sentence's end, or the next amount ("$20k", "15k", "10%"), not a date's day. */
  private static final Pattern CONDITION_STOP = Pattern.compile("[.;!?](?=\\s|$)|\\$\\s?\\d|\\d+(?:\\.\\d+)?\\s?(?:k\\b|%)");

  /** A condition said right after a figure: "but only if I start before feb 1", "as long as I sign by friday". */
  private static final Pattern CONDITION = Pattern.compile("\\b(?:(?:but\\s+)?only\\s+if|provided(?:\\s+that)?|as\\s+long\\s+as|"
      + "on\\s+condition\\s+that|conditional\\s+on|if\\s+i\\s+(?:start|sign|join|accept))\\b[^.;!?]{3,60}");

  /** Their side saying it may give a figure, not that it does: "they might do 10k", "hr may be able to add 5k". */
  private static final Pattern HEDGE = Pattern.compile("\\b(?:they|they'd|recruiter|hr|she|he|company|manager|team)"
      + "\\b[^.;]{0,40}?[\"'“”‘’]?\\b(?:might|may be|could possibly|could maybe|possibly|potentially)\\b");

  private static final String FLOATED_REMARK = ", which isn't an offer yet. Ask them to put it in the written offer, "
      + "then tell me it's in and I'll count it.";

  /** Their side trying a figure out, not offering it: "they floated 165 base", "the recruiter ballparked 180". */
  private static final Pattern FLOATED = Pattern.compile("\\b(?:they|they've|recruiter|hr|she|he|company|manager|team)"
      + "\\b[^.;]{0,40}?\\b(?:floated|floating|float|ballparked|ballparking|hinted at|threw out|tossed out)\\b"
      // "3 floating holidays", "a float day": a kind of day off, no hedge.
      + "(?!\\s+(?:holidays?|days?|pto|public holidays?))");

  /** Whether the other side only hedged the clause's figure ("they 'might' be able to do a 10k sign-on"). */
  static boolean hedged(String clause) {
    return mayHedge(clause) && HEDGE.matcher(clause).find();
  }

  /** Whether the text holds a word every hedge needs: most messages hold none, and skip the pattern. */
  static boolean mayHedge(String lower) {
    return lower.contains("might") || lower.contains("may be") || lower.contains("maybe") || lower.contains("possibl")
        || lower.contains("potential") || lower.contains("float") || lower.contains("ballpark")
        || lower.contains("hinted") || lower.contains("threw out") || lower.contains("tossed out");
  }

  /** Whether a message holds a word every cap phrase needs: most hold none, and skip the patterns. */
  static boolean mayCap(String lower) {
    return lower.contains("cap") || lower.contains("max") || lower.contains("top") || lower.contains("ceiling")
        || lower.contains("go ") || lower.contains("than") || lower.contains("limit") || lower.contains("most")
        || lower.contains("highest");
  }

  /** Whether the company names a figure as its limit, in the figure's clause. */
  static boolean capped(String lower, int[] clause, OfferAmount a) {
    // A range ("between 180k and 200k") may run past its clause's end: each side is read within the message.
    int from = Math.min(a.start(), Math.max(clause[0], a.start() - 40));
    return CAP_BEFORE.matcher(lower.substring(from, a.start())).find()
        || CAP_AFTER.matcher(lower.substring(a.end(), Math.max(a.end(), clause[1]))).find();
  }

  /** Words before a figure that make it the company's limit: "capped at 195", "the max is 158", "tops out at". */
  private static final Pattern CAP_BEFORE = Pattern.compile("(?:\\bcapped (?:at|to)|\\btops? out at|\\btop of (?:the"
      + "|their|our) (?:band|range) is|\\bcan'?t go (?:above|over|past|higher than|beyond)|\\bno (?:more|higher) than"
      + "|\\b(?:cap|max|maximum|ceiling|limit|the most)\\b(?: (?:they|we|she|he) (?:can|could) (?:do|offer|go|pay)"
      + "(?: to)?)? (?:is|of|at))"
      + "\\s*(?:\\$|usd\\s*)?$");

  /** Words after a figure that make it the company's limit: "205 base is the top of the band", "195 is their max". */
  private static final Pattern CAP_AFTER = Pattern.compile("^\\s*(?:k\\b)?\\s*(?:base|salary)?\\s*(?:is|was|would be)"
      + " (?:(?:the|their|our) (?:top|max|maximum|cap|ceiling|limit)\\b|(?:the most|the highest|as (?:high|much|far) as)"
      + " (?:they|we|she|he|hr|the company|the bank) (?:can|could|are able to|will|would)\\b)");

  /** The part a cap is said of after it: "220 is the most they can do on base", "195 is the max for salary". */
  private static final Pattern CAP_PART = Pattern.compile("^[^.;,]{0,48}?\\b(?:on|for|in) (?:the )?(base|salary|stock"
      + "|equity|rsus?|bonus|sign-?on)\\b");

  /**
   * The part a cap names after its words ("220 is the most they can do on base"), past the reach of a part word next
   * to the figure; null when none is named or the figure is no cap.
   */
  static com.compcoach.guide.Component cappedPart(String lower, int[] clause, OfferAmount a) {
    String after = lower.substring(a.end(), Math.max(a.end(), clause[1]));
    if (!CAP_AFTER.matcher(after).find()) {
      return null;
    }
    java.util.regex.Matcher part = CAP_PART.matcher(after);
    if (!part.find()) {
      return null;
    }
    String word = part.group(1);
    return word.equals("base") || word.equals("salary") ? com.compcoach.guide.Component.BASE
        : word.equals("bonus") ? com.compcoach.guide.Component.BONUS
        : word.startsWith("sign") ? com.compcoach.guide.Component.SIGN_ON : com.compcoach.guide.Component.STOCK;
  }

  /** Words around a figure that say it is an estimate: "about 230k", "~20k", "165ish". */
  private static final List<String> ABOUT_BEFORE = List.of("~", "about", "around", "roughly", "approx",
      "approx.", "approximately", "circa", "ca.", "nearly", "almost", "ballpark", "something like",
      "maybe", "abt", "≈");

  private static final List<String> ABOUT_AFTER = List.of("ish", "-ish", " ish", " or so", " give or take",
      " ballpark", " roughly", " approx");

  /** The figure as the user hedged it ("about 230k", "~20k", "165ish"), or null when it was given as exact. */
  static String estimate(String lower, OfferAmount a) {
    String before = lower.substring(Math.max(0, a.start() - 16), a.start()).stripTrailing();
    for (String word : ABOUT_BEFORE) {
      if (before.endsWith(word) && (word.length() == 1 || before.length() == word.length()
          || !Character.isLetter(before.charAt(before.length() - word.length() - 1)))) {
        return word + (Character.isLetter(word.charAt(0)) ? " " : "") + a.written();
      }
    }
    String after = lower.substring(a.end(), Math.min(lower.length(), a.end() + 16));
    for (String word : ABOUT_AFTER) {
      if (after.startsWith(word) && (after.length() == word.length()
          || !Character.isLetter(after.charAt(word.length())))) {
        return a.written() + word.strip();
      }
    }
    return null;
  }
}
