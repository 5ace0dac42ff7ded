package com.compcoach.money;

import java.util.List;

/**
 * How often a figure is paid, as people write it after it: a year's figure is the figure times {@link #perYear()}
 * (×12 a month, ×24 twice a month, ×26 every two weeks, ×52 a week, hourly × 2,080 working hours).
 */
public enum Period {
  YEAR(1, "a year", List.of("a year", "per year", "/year", "/yr", "/ yr", "/ year", "/y", "yearly", "annually", "per annum",
      "p.a.", "p/a", "pa", "per yr", "a yr", "annual", "each year", "every year", "annualised", "annualized",
      // The same after a figure in the languages letters come in: "R$ 288.000 por ano", "72 000 € par an".
      "por ano", "ao ano", "por año", "al año", "par an", "pro jahr", "per jaar", "all'anno", "l'anno",
      // The adjectives letters use most: "45.000 € anuales", "72.000 € jährlich", "€ 60.000 jaarlijks".
      "anuales", "anual", "anuais", "jährlich", "brutto jährlich", "annuel", "annuels", "annuelle", "annuo", "annui",
      "annua", "jaarlijks")),
  SEMI_MONTH(24, "twice a month", List.of("twice a month", "twice monthly", "semi-monthly", "semimonthly",
      "semi monthly", "per half month", "on the 15th and last",
      // Mexico pays by the quincena, on the 15th and the month's last day: "$48,000.00 M.N. quincenales".
      "quincenales", "quincenal", "por quincena", "a la quincena", "cada quincena")),
  MONTH(12, "a month", List.of("a month", "per month", "/month", "/mo", "monthly", "a mo", "per mo", "each month",
      "every month", "p/m", "pcm", "/ month", "/ mo",
      // "R$ 24.000,00 por mês", "6 500 € par mois", "4.500 € pro Monat", "€ 5.200 per maand".
      "por mês", "por mes", "ao mês", "al mes", "mensais", "par mois", "pro monat", "im monat", "per maand", "al mese",
      "/mês", "/mes", "/mois", "/monat",
      // "3.500 € mensuales", "4.200 € monatlich", "2 900 € mensuels", "€ 3.100 maandelijks".
      "mensuales", "mensual", "mensuais", "monatlich", "brutto monatlich", "mensuel", "mensuels", "mensuelle",
      "mensili", "mensile", "maandelijks")),
  BIWEEK(26, "every two weeks", List.of("biweekly", "bi-weekly", "bi weekly", "every two weeks", "every 2 weeks",
      "every other week", "fortnightly", "a fortnight", "per fortnight", "per two weeks", "per 2 weeks",
      // Mexico's "catorcena" is every fourteen days.
      "catorcenales", "catorcenal", "por catorcena")),
  WEEK(52, "a week", List.of("a week", "per week", "/week", "/wk", "weekly", "p/w", "pw", "per wk")),
  HOUR(2_080, "an hour", List.of("an hour", "per hour", "/hour", "/hr", "/h", "/ hr", "/ hour", "hourly", "an hr", "per hr",
      "p/h", "ph", "per h", "an h"));

  /** Phrases that name a pay period no single factor fits: asked about, never guessed. */
  public static final List<String> UNCLEAR = List.of("per paycheck", "a paycheck", "each paycheck", "per pay period",
      "each pay period", "per pay cheque", "bimonthly", "bi-monthly", "per check", "each check");

  private final long perYear;
  private final String written;
  private final List<String> phrases;

  Period(long perYear, String written, List<String> phrases) {
    this.perYear = perYear;
    this.written = written;
    this.phrases = phrases;
  }

  /** How many of these periods make a year. */
  public long perYear() {
    return perYear;
  }

  /** The period in words: "a month". */
  public String written() {
    return written;
  }

  /**
   * The period named at {@code at} in lower-cased text (only blanks before it), or null. Longer phrases are tried
   * first within each period, and the periods in declaration order, so "bi-weekly" is not read as "weekly".
   */
  public static Period at(String lower, int at) {
    int i = at;
    while (i < lower.length() && lower.charAt(i) == ' ') {
      i++;
    }
    for (Period period : values()) {
      for (String phrase : period.phrases) {
        if (startsWord(lower, i, phrase)) {
          return period;
        }
      }
    }
    return null;
  }

  /** Whether an unclear pay period is named at {@code at}. */
  public static boolean unclearAt(String lower, int at) {
    int i = at;
    while (i < lower.length() && lower.charAt(i) == ' ') {
      i++;
    }
    for (String phrase : UNCLEAR) {
      if (startsWord(lower, i, phrase)) {
        return true;
      }
    }
    return false;
  }

  /** A period adjective in a clause ("monthly base of 15k", "an hourly rate of $95"), or null. */
  public static Period adjectiveIn(String lower) {
    for (String word : List.of("hourly", "bi-weekly", "biweekly", "fortnightly", "semi-monthly", "semimonthly",
        "weekly", "monthly")) {
      int at = lower.indexOf(word);
      if (at >= 0 && (at == 0 || (!Character.isLetter(lower.charAt(at - 1)) && lower.charAt(at - 1) != '-'))) {
        return at(lower, at);
      }
    }
    return null;
  }

  private static boolean startsWord(String lower, int i, String phrase) {
    if (!lower.startsWith(phrase, i)) {
      return false;
    }
    int end = i + phrase.length();
    boolean letterEnd = Character.isLetter(phrase.charAt(phrase.length() - 1));
    return !letterEnd || end >= lower.length() || !Character.isLetterOrDigit(lower.charAt(end));
  }
}
