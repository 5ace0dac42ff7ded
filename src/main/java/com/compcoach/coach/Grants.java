package com.compcoach.coach;

import com.compcoach.money.NumberWords;
import com.compcoach.money.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A grant's vesting and years: a schedule, a cliff, "over 4 years", a yearly grant. */
final class Grants {

  private Grants() {}

  /**
   * The vesting the message gives: a schedule the grammar read ("5/15/40/40"), an even yearly share ("vesting 25% per
   * year") or a one-year cliff; each phrase is blanked in {@code blanked} so no figure is read in it. Null for none.
   */
  static Vesting vesting(List<Token> tokens, String lower, char[] blanked) {
    Vesting vesting = null;
    for (Token t : tokens) {
      if (t instanceof Token.Other o && o.kind() == Token.Kind.SCHEDULE) {
        List<Integer> parts = new ArrayList<>();
        for (String part : o.written().split("/")) {
          parts.add(Integer.parseInt(part.strip()));
        }
        vesting = new Vesting(parts, false);
      }
    }
    if (vesting == null && lower.contains("vest") && lower.indexOf('%') >= 0) {
      Matcher even = EVEN_VESTING.matcher(lower);
      if (even.find()) {
        int share = Integer.parseInt(even.group(1) != null ? even.group(1) : even.group(2) != null ? even.group(2)
            : even.group(3));
        if (share > 0 && 100 % share == 0 && 100 / share >= 2 && 100 / share <= 10) {
          // The share is a schedule, not a bonus percent: 25% a year is an even grant over four years.
          vesting = new Vesting(java.util.Collections.nCopies(100 / share, share), false);
          blank(blanked, even.start(), even.end());
        }
      }
    }
    // Only when its tell-tale is present: most messages have no cliff.
    if (lower.contains("cliff")) {
      Matcher cliff = CLIFF.matcher(lower);
      if (cliff.find()) {
        vesting = new Vesting(vesting == null ? Vesting.EVEN_FOUR_YEARS.yearly() : vesting.yearly(), true);
        blank(blanked, cliff.start(), cliff.end());
      }
    }
    return vesting;
  }

  /** An even schedule said as a yearly share: "vesting 25% per year", "25% vests each year", "vests 25% annually",
   * "vesting 25%/yr". */
  static final Pattern EVEN_VESTING = Pattern.compile("\\bvest(?:s|ed|ing)?\\s+(?:at\\s+)?(\\d{1,2})\\s*%\\s*"
      + "(?:(?:(?:per|a|each|every)\\s+|/\\s*)(?:year|yr)|annually|yearly)\\b"
      + "|\\b(\\d{1,2})\\s*%\\s*(?:of (?:it|the grant)\\s+)?"
      + "vest(?:s|ing)?\\s+(?:(?:(?:per|a|each|every)\\s+|/\\s*)(?:year|yr)|annually|yearly)\\b"
      // "25%/year vesting": the yearly share before the word.
      + "|\\b(\\d{1,2})\\s*%\\s*(?:/\\s*|per\\s+|a\\s+|each\\s+)(?:year|yr)\\s+vest(?:s|ing)?\\b");

  /** A one-year cliff, its length before or after the word ("1y cliff", "cliff: 1 yr"): never a grant's years. */
  static final Pattern CLIFF = Pattern.compile("(?:\\b(?:one|1)[- ]?(?:years?|yrs?|y)\\s+)?\\bcliff\\b"
      + "(?:\\s*(?:of|:|=|-)?\\s*(?:one|1)[- ]?(?:years?|yrs?|y)\\b)?");

  private static final Pattern STOCK_WORD = Pattern.compile("\\b(?:rsus?|stock|equity|shares|options|grant)\\b");

  /** What may follow a grant's bare years ("over 4 and a 20k sign-on", "over 4 w/ a cliff"). */
  private static final Pattern BARE_YEARS_NEXT = Pattern.compile("(?:and|with|w/|plus|but|vesting|so|which|thats|that's)\\b|w/");

  /**
   * A grant's years around the "y" at {@code at}: "over 4 years", "vesting over four years", "4-year", "for 3 yrs", "4y",
   * as {start, end, years}; null when that "y" does not start such a phrase. Read by hand around the word, because
   * a pattern with optional lead words would be tried at every character of the message.
   */
  static int[] yearSpan(String lower, int at) {
    int end;
    if (lower.startsWith("years", at)) {
      end = at + 5;
    } else if (lower.startsWith("year", at)) {
      end = at + 4;
    } else if (lower.startsWith("yrs", at)) {
      end = at + 3;
    } else if (lower.startsWith("yr", at)) {
      end = at + 2;
    } else if (at > 0 && Character.isDigit(lower.charAt(at - 1))) {
      end = at + 1; // "over 4y", "$160k rsu / 4y": the unit glued to its number
    } else {
      return null;
    }
    if ((at > 0 && Character.isLetter(lower.charAt(at - 1)))
        || (end < lower.length() && Clauses.isWordChar(lower.charAt(end)))) {
      return null;
    }
    int j = at;
    while (j > 0 && (lower.charAt(j - 1) == ' ' || lower.charAt(j - 1) == '-')) {
      j--;
    }
    int numberEnd = j;
    while (j > 0 && Character.isLetterOrDigit(lower.charAt(j - 1))) {
      j--;
    }
    String number = lower.substring(j, numberEnd);
    int years;
    boolean digits = number.chars().allMatch(Character::isDigit);
    Integer cardinal = NumberWords.cardinal(number);
    if (cardinal == null || digits && number.length() > 2) {
      return null;
    }
    years = cardinal;
    int start = j;
    int k = j;
    while (k > 0 && lower.charAt(k - 1) == ' ') {
      k--;
    }
    for (String lead : List.of("vesting over", "over", "for")) {
      if (k - lead.length() >= 0 && lower.startsWith(lead, k - lead.length())
          && (k - lead.length() == 0 || !Clauses.isWordChar(lower.charAt(k - lead.length() - 1)))) {
        start = k - lead.length();
        break;
      }
    }
    if (lower.startsWith(" vesting", end)) {
      end += " vesting".length();
    }
    return new int[] {start, end, years};
  }

  /**
   * A grant's years written without "years" ("160k RSUs over 4", "200k equity over four, 20k sign-on") as
   * {start, end, years}: "over" and a number from 1 to 10 that ends its clause, after a stock word in the 40
   * characters before; null otherwise ("over 4k" and "over 40" are amounts, "over 4 months" is no grant's years).
   */
  static int[] bareYearSpan(String lower, int at) {
    if (at > 0 && Clauses.isWordChar(lower.charAt(at - 1))) {
      return null;
    }
    int from = at + "over ".length();
    int to = from;
    while (to < lower.length() && Character.isLetterOrDigit(lower.charAt(to))) {
      to++;
    }
    String number = lower.substring(from, to);
    Integer years = NumberWords.cardinal(number);
    if (years == null || years < 1 || years > 10) {
      return null;
    }
    String rest = lower.substring(to).stripLeading();
    // A line's end or the next bullet ends it too: "• rsu: 140 over 4" above "• bonus: 12%" in a list typed in Slack.
    // "RSU 120 over 4 — does that fit?": a dash set off by a space ends the clause as a comma does ("over 4-5" has none).
    boolean endsClause = rest.isEmpty() || ",.;:)!?+•·*—–".indexOf(rest.charAt(0)) >= 0
        || rest.charAt(0) == '-' && to < lower.length() && lower.charAt(to) == ' '
        || lower.substring(to, lower.length() - rest.length()).indexOf('\n') >= 0
        || BARE_YEARS_NEXT.matcher(rest).lookingAt();
    return endsClause && STOCK_WORD.matcher(lower.substring(Math.max(0, at - 40), at)).find()
        ? new int[] {at, to, years} : null;
  }

  /** A stock word ending right where the text ends ("80k rsu", "equity "). */
  private static final Pattern STOCK_WORD_ENDING = Pattern.compile("\\b(?:rsus?|stock|equity|shares|options|grant)\\s*$");

  /** A stock word starting the text (" rsus", " in equity"). */
  private static final Pattern STOCK_WORD_NEXT = Pattern.compile("\\s*(?:in\\s+)?(?:rsus?|stock|equity|shares|options)\\b");

  /**
   * A grant's years after a slash ("80k RSU/4", "rsus 200k / 4", "200k/4 rsus") as {start, end, years}: a number from
   * 1 to 10 that ends its clause, right after a stock word, or after a thousands figure with a stock word beside it;
   * null otherwise ("190/18%/200k" is an offer's parts, "rsu/yr" a rate, "200k/4" alone is left to the thread).
   */
  static int[] slashYearSpan(String lower, int at) {
    int from = at + 1;
    while (from < lower.length() && lower.charAt(from) == ' ') {
      from++;
    }
    int to = from;
    while (to < lower.length() && Character.isDigit(lower.charAt(to))) {
      to++;
    }
    if (to == from || to - from > 2) {
      return null;
    }
    int years = Integer.parseInt(lower.substring(from, to));
    String rest = lower.substring(to).stripLeading();
    boolean endsClause = rest.isEmpty() || ",.;:)!?+".indexOf(rest.charAt(0)) >= 0
        || BARE_YEARS_NEXT.matcher(rest).lookingAt() || STOCK_WORD_NEXT.matcher(lower.substring(to)).lookingAt();
    if (years < 1 || years > 10 || !endsClause || to < lower.length() && Character.isLetterOrDigit(lower.charAt(to))) {
      return null;
    }
    String before = lower.substring(Math.max(0, at - 40), at);
    boolean afterStockWord = STOCK_WORD_ENDING.matcher(before).find();
    boolean afterGrantFigure = before.matches("(?s).*\\d\\s*k\\s*")
        && (STOCK_WORD.matcher(before).find() || STOCK_WORD_NEXT.matcher(lower.substring(to)).lookingAt());
    return afterStockWord || afterGrantFigure ? new int[] {at, to, years} : null;
  }

  /** The years of an "over 4 years" said right after a figure ("$200k over 4 years"), or 0. */
  static int grantYearsRightAfter(String lower, OfferAmount a, List<int[]> yearSpans) {
    for (int[] span : yearSpans) {
      if (span[0] >= a.end() && lower.substring(a.end(), span[0]).isBlank()
          && (lower.startsWith("over", span[0]) || lower.startsWith("vest", span[0]))) {
        return span[2];
      }
    }
    return 0;
  }

  static final Pattern PER_YEAR = Pattern.compile(
      "^\\s*(?:\\w+\\s+){0,2}?(?:per\\s+year|a\\s+year|/\\s*yr|/\\s*year|yearly|annually|per\\s+annum|annual)",
      Pattern.CASE_INSENSITIVE);

  static void blank(char[] text, int start, int end) {
    for (int i = start; i < end; i++) {
      text[i] = ' ';
    }
  }
}
