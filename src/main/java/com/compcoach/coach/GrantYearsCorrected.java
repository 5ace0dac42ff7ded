package com.compcoach.coach;

import com.compcoach.guide.Money;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grant's vesting years put right with no figure: "oh wait equity is actually over 5 years not 4", "sorry, it's
 * a 3 year vest", "the rsus vest over 3 years, not 4". The thread's grant is the same money spread over the years now
 * said (120k over 5 years is 24k a year, not 30k), said back; with the stock given as a year's figure, whether that
 * was a year's or the whole grant is asked. Never a year's figure kept over the wrong years in silence.
 */
final class GrantYearsCorrected {

  /** A word of the equity: the years said must be the grant's, not a cliff's, a deadline's or a career's. */
  private static final Pattern EQUITY = Pattern.compile(
      "(?i)\\b(?:equity|rsus?|stock|grant|shares|vest|vests|vesting|vested)\\b");

  /** "over 5 years", "5 yrs", "a 3 year vest", "3-year vesting", "five years". */
  private static final Pattern YEARS = Pattern.compile("(?i)(?<![\\d.$£€])\\b(?<n>[2-6]|two|three|four|five|six)"
      + "\\s*[- ]?\\s*(?:years?|yrs?|yr|y)\\b(?![- ]?\\s*(?:cliff|old|ago|of\\s+experience|exp))");

  /** Right before years taken back: "not 4 years", "instead of four years". */
  private static final Pattern TAKEN_BACK = Pattern.compile("(?i)\\b(?:not|instead\\s+of|rather\\s+than)\\s+$");

  /** Years taken back, with or without their word: "not 4", "instead of four years". */
  private static final Pattern YEARS_TAKEN_BACK = Pattern.compile("(?i)\\b(?:not|instead\\s+of|rather\\s+than)\\s+"
      + "(?:[2-6]|two|three|four|five|six)\\b(?:\\s*(?:years?|yrs?|yr|y)\\b)?");

  /**
   * A question, a wish or a what-if about vesting ("would a 3 year vest be better?", "should i ask for 3 years",
   * "if it vested over 3 years"): nothing of the offer changes.
   */
  private static final Pattern NOT_A_FACT = Pattern.compile("(?i)\\?|\\b(?:if|what\\s+if|would|could|should|ask|"
      + "asking|asked|want|wants|prefer|push|counter|countered|request|negotiate|hoping|hope|typical|typically|normal|"
      + "usually|standard|refresh|refreshers?|cliff)\\b");

  /**
   * Years of something other than this offer's grant: time at a job, the current employer's stock, a plan to stay
   * ("I've been at my current job 2 years", "my current stock vests in 2 years", "I plan to stay 3 years").
   */
  private static final Pattern ELSEWHERE = Pattern.compile("(?i)\\b(?:current|currently|old|previous|former|"
      + "existing|been\\s+(?:at|with|there|here)|worked|working|stay|staying|plan|planning|leave|leaving|left|"
      + "on\\s+the\\s+table|underwater|unvested|tenure|my\\s+(?:job|company|employer))\\b");

  /** A question without its "?": a clause opening on "is", "does", "how" ("I plan to stay 3 years, is it worth it"). */
  private static final Pattern ASKED = Pattern.compile("(?i)(?:^|[,.;:!]\\s*|\\b(?:and|but|so)\\s+)(?:is|are|does|do|"
      + "did|can|will|how|what|why|which|worth)\\b|\\bworth\\s+it\\b");

  /**
   * The correction's shape: the years tied to the vesting ("over 3 years", "a 3 year vest", "vest over 3 years") or
   * said instead of other years ("3 years not 4").
   */
  private static final Pattern VESTING_YEARS = Pattern.compile("(?i)\\bover\\s+(?:[2-6]|two|three|four|five|six)\\b"
      + "|\\b(?:[2-6]|two|three|four|five|six)\\s*[- ]?\\s*(?:years?|yrs?|yr|y)\\s*[- ]?\\s*(?:vest|vesting|schedule)\\b"
      + "|\\b(?:vest|vests|vesting|vested)\\s+(?:over|across|for)\\s"
      + "|\\b(?:not|instead\\s+of|rather\\s+than)\\s+(?:[2-6]|two|three|four|five|six)\\b");

  private GrantYearsCorrected() {}

  /**
   * The years the message puts the grant's vesting at, or 0 when it says none, says them of something else, or only
   * asks or wishes.
   */
  static int yearsSaid(String text) {
    if (text == null || !EQUITY.matcher(text).find() || NOT_A_FACT.matcher(text).find()
        || ELSEWHERE.matcher(text).find() || ASKED.matcher(text).find() || !VESTING_YEARS.matcher(text).find()) {
      return 0;
    }
    Matcher m = YEARS.matcher(text);
    int found = 0;
    while (m.find()) {
      // "over 5 years, not 4 years": the years after "not" are the ones taken back.
      if (TAKEN_BACK.matcher(text.substring(Math.max(0, m.start() - 16), m.start())).find()) {
        continue;
      }
      int n = count(m.group("n"));
      if (found != 0 && found != n) {
        // Two years said, neither taken back: two things (a grant and a refresh), never one correction.
        return 0;
      }
      found = n;
    }
    return found;
  }

  /**
   * The thread's grant spread over the years this message says, or a question when its stock was given as a year's
   * figure; null when the message names no such years, holds a figure, or the thread has no stock.
   */
  static Turn weigh(Conversation c, Scene scene, String text, Venue venue, OfferReader reader, NewFigures figures) {
    Offer offer = c.offer();
    if (offer == null || offer.stock() == null) {
      return null;
    }
    int years = yearsSaid(text);
    if (years == 0) {
      return null;
    }
    List<String> home = TheirCompany.names(scene.guide());
    // "5 yrs not 4 for the rsus": the 4 taken back is no figure of stock.
    Reading own = reader.read(YEARS_TAKEN_BACK.matcher(text).replaceAll(""), home);
    if (!own.figures().isEmpty() || !own.loose().isEmpty() || !own.unclear().isEmpty()) {
      return null;
    }
    String currency = scene.region().currency();
    Integer before = offer.grantYears();
    if (before == null) {
      Money yearly = new Money(offer.stock(), currency);
      return new Turn(c, new Reply.Question("Your offer's stock is " + yearly.full() + " a year as you gave it. Is "
          + "that a year's worth, or the whole grant vesting over " + years + " years? Say \""
          + thousands(offer.stock() * years) + " rsu over " + years + " years\" for a grant of "
          + new Money(offer.stock() * years, currency).full() + ", or \"" + thousands(offer.stock())
          + " rsu per year\" to keep it as it is."));
    }
    if (before == years) {
      return null;
    }
    long grant = offer.stock() * before;
    Reading reading = reader.read(thousands(grant) + " rsu over " + years + " years", home);
    if (reading.figures().size() != 1) {
      return null;
    }
    String remark = "Spread the " + new Money(grant, currency).full() + " grant over " + years + " years, not "
        + before + ": " + new Money(Math.round((double) grant / years), currency).full() + " a year (it was "
        + new Money(offer.stock(), currency).full() + ").";
    return figures.apply(c, scene, reading.withRemark(remark, false), venue);
  }

  /** A whole amount as a message would say it: 120000 is "120k", 122500 is "122.5k". */
  private static String thousands(long amount) {
    return java.math.BigDecimal.valueOf(amount, 3).stripTrailingZeros().toPlainString() + "k";
  }

  private static int count(String written) {
    return switch (written.toLowerCase(Locale.ROOT)) {
      case "two" -> 2;
      case "three" -> 3;
      case "four" -> 4;
      case "five" -> 5;
      case "six" -> 6;
      default -> Integer.parseInt(written);
    };
  }
}
