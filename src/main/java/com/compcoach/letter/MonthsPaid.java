package com.compcoach.letter;

import com.compcoach.money.NumberWords;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many monthly salaries a letter pays a year: twelve, or more where it pays "13 monthly salaries", a 13th month,
 * a Singapore AWS, an aguinaldo of 30 days or a "13º salário" (the phrases are the {@code extraMonth} lines of
 * {@code letter/words.txt}). A monthly base is that many months a year.
 */
final class MonthsPaid {

  /**
   * What the letter says.
   *
   * @param months      salaries a year (12.5 for an aguinaldo of 15 days)
   * @param instalments whether it says a yearly figure is paid in that many parts ("paid in 13 instalments"), so a
   *                    yearly figure already holds them
   * @param sentence    the lowercased sentence that says so, or null for twelve
   * @param daysUnsaid  an aguinaldo is paid but the letter gives no number of days for it
   */
  record Count(BigDecimal months, boolean instalments, String sentence, boolean daysUnsaid) {
    static final Count TWELVE = new Count(BigDecimal.valueOf(12), false, null, false);

    boolean extra() {
      return months.compareTo(BigDecimal.valueOf(12)) > 0;
    }
  }

  private static final Pattern INSTALMENTS = Pattern.compile(
      "\\b(1[2-5](?:[.,]\\d{1,2})?|twelve|thirteen|fourteen|fifteen)\\s+(?:equal\\s+)?(?:monthly\\s+)?"
          + "(?:instal(?:l)?ments|payments|salaries|monthly\\s+salaries)\\b");
  /** "versée sur 13 mois", "payée en 13 mensualités": a French monthly salary paid so many times. */
  private static final Pattern FRENCH_INSTALMENTS = Pattern.compile(
      "\\b(?:sur|en)\\s+(1[2-5])\\s+(?:mois|mensualités|versements)\\b");
  /** A word of the salary's payment, so "évaluée sur 12 mois glissants" (a bonus's period) counts no months paid. */
  private static final Pattern FRENCH_PAY = Pattern.compile("\\b(?:versée?s?|payée?s?|salaire|rémunération|mensualités)\\b");
  /**
   * "paid 13 times a year", and in German "wird 13-mal jährlich gezahlt", "in 13 Monatsgehältern", "zahlbar in 13
   * gleichen Teilbeträgen": a salary paid so many times (the 13th month such a letter names is one of them).
   */
  private static final Pattern TIMES_A_YEAR = Pattern.compile(
      "\\b(1[2-5](?:[.,]\\d{1,2})?|twelve|thirteen|fourteen|fifteen)\\s+times\\s+(?:a|per|each|every)\\s+year\\b"
          + "|\\b(1[2-5](?:,5)?)\\s*-?\\s*mal\\s+(?:jährlich|pro\\s+jahr|im\\s+jahr|p\\.\\s?a\\.)"
          // Portuguese and Spanish: "paga 14 vezes por ano", "pagadero 14 veces al año".
          + "|\\b(1[2-5])\\s+(?:vezes\\s+(?:por|ao)\\s+ano|veces\\s+(?:al|por)\\s+año)\\b"
          + "|\\b(?:in|zu|mit)\\s+(1[2-5](?:,5)?)\\s+(?:(?:brutto)?(?:monats)?gehältern|(?:brutto)?monatslöhnen"
          + "|(?:gleichen\\s+)?(?:teilbeträgen|(?:monats)?raten))\\b");
  /** "AWS of one month's salary", "1 month AWS": the letters alone name Amazon Web Services as often. */
  private static final Pattern AWS = Pattern.compile(
      "\\baws\\b\\)?\\s*(?::|of|equivalent\\s+to|equal\\s+to|amounting\\s+to|-|–)?\\s*(?:one|1)\\s*(?:\\(1\\)\\s*)?month"
          + "|\\b(?:one|1)[\\s-]*(?:\\(1\\)\\s*)?month['’]?s?\\s+(?:of\\s+)?aws\\b");
  /**
   * A yearly payment of a part of a month's salary ("Weihnachtsgeld in Höhe eines halben Bruttomonatsgehalts",
   * "Urlaubsgeld von 50 % eines Monatsgehalts", "une prime de fin d'année égale à un mois de salaire"): that part of a
   * month on top of twelve. Group 1 is the part in words, group 2 in percent.
   */
  private static final Pattern PART_OF_A_MONTH = Pattern.compile(
      "\\b(?:weihnachtsgeld|urlaubsgeld|jahressonderzahlung|sonderzahlung|weihnachtsgratifikation|"
          + "prime\\s+de\\s+fin\\s+d['’]ann[ée]e|prime\\s+de\\s+vacances|treizi[èe]me\\s+mois)\\b[^.;]{0,60}?"
          + "(?:(eines\\s+halben|einem\\s+halben|ein\\s+halbes|eines|einem|ein|un\\s+demi|un|la\\s+moiti[ée]\\s+d['’]un)"
          + "|(\\d{1,3})\\s*%\\s*(?:eines|d['’]un))\\s+(?:brutto)?(?:monatsgehalts?|monatsgehälter|mois\\s+de\\s+salaire)\\b");
  /** "30 days of salary", and in Spanish "aguinaldo de 30 días de salario". */
  private static final Pattern DAYS = Pattern.compile(
      "\\b(\\d{1,2}|\\w+)(?:\\s*\\(\\d{1,2}\\))?\\s+(?:days?|días|dias)(?![\\p{L}])");

  private MonthsPaid() {}

  static Count of(List<String> lowers, LetterWords words) {
    for (String lower : lowers) {
      if (!mayName(lower)) {
        continue;
      }
      Matcher n = INSTALMENTS.matcher(lower);
      Matcher french = n.find() ? null : FRENCH_INSTALMENTS.matcher(lower);
      if (french != null && french.find() && FRENCH_PAY.matcher(lower).find() && !french.group(1).equals("12")) {
        // "versée sur 13 mois": the French months are written in digits. "évaluée sur 12 mois glissants" is a
        // period, and 12 is what a month's pay counts anyway: only 13 to 15 end the search, so a "treizième mois"
        // said later still counts.
        return new Count(new BigDecimal(french.group(1)), true, lower, false);
      }
      n.reset();
      // "paid in twelve monthly instalments, plus a 13th month": twelve parts of the year and a month on top, which
      // the extra month's words below count.
      boolean twelveAndMore = false;
      if (n.find()) {
        BigDecimal parts = count(n.group(1));
        twelveAndMore = twelve(parts) && paidExtraMonth(lower, words, Topic.EXTRA_MONTH) && !INCLUDED.matcher(lower).find();
        if (!twelveAndMore) {
          return new Count(parts, true, lower, false);
        }
      }
      if (!twelveAndMore && (n = TIMES_A_YEAR.matcher(lower)).find()) {
        String times = n.group(1) != null ? n.group(1) : n.group(2) != null ? n.group(2)
            : n.group(3) != null ? n.group(3) : n.group(4);
        BigDecimal parts = count(times.replace(',', '.'));
        if (!(twelve(parts) && paidExtraMonth(lower, words, Topic.EXTRA_MONTH) && !INCLUDED.matcher(lower).find())) {
          return new Count(parts, true, lower, false);
        }
      }
      if (paidExtraMonth(lower, words, Topic.SECOND_EXTRA_MONTH)) {
        return new Count(BigDecimal.valueOf(14), false, lower, false);
      }
      if (lower.contains("aguinaldo")) {
        return aguinaldo(lower);
      }
      if (paidExtraMonth(lower, words, Topic.EXTRA_MONTH) || AWS.matcher(lower).find()) {
        return new Count(BigDecimal.valueOf(13), false, lower, false);
      }
    }
    return partsOfAMonth(lowers);
  }

  /**
   * Whether a sentence pays an extra month for sure: it names one that is neither denied ("no 13th month is paid",
   * "you will not receive a 13th month", "the company does not pay a 13th month") nor left to the company ("a
   * discretionary 13th month depending on company results"), which no base may count.
   */
  private static boolean paidExtraMonth(String lower, LetterWords words, Topic month) {
    for (LetterWords.Hit hit : words.all(lower, month)) {
      if (!denied(lower, hit) && !discretionary(lower, hit) && !conditional(lower, hit)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first sentence that names an extra month only as the company's choice, for a note that it is left out of the
   * base; null where none does (or where another sentence pays one for sure).
   */
  static String discretionaryExtraMonth(List<String> lowers, LetterWords words) {
    return unsureExtraMonth(lowers, words, false);
  }

  /**
   * The first sentence that pays an extra month only on a condition ("employees with five years of service also
   * receive a 13th month"), for a note asking whether it applies; null where none does (or another pays one for sure).
   */
  static String conditionalExtraMonth(List<String> lowers, LetterWords words) {
    return unsureExtraMonth(lowers, words, true);
  }

  private static String unsureExtraMonth(List<String> lowers, LetterWords words, boolean onCondition) {
    String found = null;
    for (String lower : lowers) {
      for (LetterWords.Hit hit : words.all(lower, Topic.EXTRA_MONTH)) {
        if (denied(lower, hit)) {
          continue;
        }
        boolean discretionary = discretionary(lower, hit);
        boolean conditional = conditional(lower, hit);
        if (!discretionary && !conditional) {
          return null;
        }
        if (onCondition ? conditional && !discretionary : discretionary) {
          found = found == null ? lower : found;
        }
      }
    }
    return found;
  }

  /** The clause around a phrase: from the last comma, semicolon, colon or bracket before it to the next after it. */
  private static String before(String lower, LetterWords.Hit hit) {
    int from = hit.start();
    while (from > 0 && ",;:()".indexOf(lower.charAt(from - 1)) < 0) {
      from--;
    }
    return lower.substring(from, hit.start());
  }

  private static String after(String lower, LetterWords.Hit hit) {
    int to = hit.end();
    while (to < lower.length() && ";()".indexOf(lower.charAt(to)) < 0 && !lower.startsWith(". ", to)) {
      to++;
    }
    return lower.substring(hit.end(), to);
  }

  private static boolean denied(String lower, LetterWords.Hit hit) {
    return DENIED_BEFORE.matcher(before(lower, hit)).find() || DENIED_AFTER.matcher(after(lower, hit)).find();
  }

  private static boolean discretionary(String lower, LetterWords.Hit hit) {
    return DISCRETIONARY.matcher(before(lower, hit)).find() || DISCRETIONARY.matcher(after(lower, hit)).find();
  }

  private static boolean conditional(String lower, LetterWords.Hit hit) {
    return CONDITIONAL.matcher(before(lower, hit)).find() || CONDITIONAL.matcher(after(lower, hit)).find();
  }

  /** "no 13th month", "not receive a 13th month", "without a 13th month", "neither a 13th nor …". */
  private static final Pattern DENIED_BEFORE = Pattern.compile(
      "\\b(?:no|not|never|without|neither|nor|none)\\b|n['’]t\\b|\\bkein(?:e[nmrs]?)?\\b|\\bpas\\s+de\\b|\\bsans\\b");
  /**
   * "a 13th month is not paid", "13th month: none", "13th month does not apply", "is not part of this offer", and in
   * German "wird nicht gezahlt", "ist nicht vorgesehen", in French "n'est pas prévu" (but "is not included" and "ist
   * nicht enthalten" are on top).
   */
  private static final Pattern DENIED_AFTER = Pattern.compile(
      // The phrase may end before its noun: "13th month" in "a 13th month salary is not part of this offer".
      "^\\s*(?:(?:salary|salaries|pay|payment|bonus)\\b\\s*)?"
          + "(?::\\s*(?:none|no|n/a|not\\s+applicable)\\b|(?:is|are|will\\s+be)\\s+not\\s+(?:paid|payable|offered|provided|"
          + "granted|applicable|available|foreseen|planned)\\b|(?:does|do|will)\\s+not\\s+apply\\b|(?:isn['’]t|won['’]t\\s+be)\\s+paid\\b"
          + "|(?:is|are|will\\s+be)\\s+not\\s+(?:a\\s+)?part\\s+of\\s+(?:this|the|your|our)\\s+(?:offer|package|contract|agreement)\\b"
          + "|(?:wird|werden|ist|sind)\\s+(?:\\p{L}+\\s+){0,2}?nicht\\s+(?:\\p{L}+\\s+)?(?:gezahlt|ausgezahlt|bezahlt|gewährt|vorgesehen|"
          + "geschuldet|vereinbart|bestandteil)\\b"
          + "|n['’](?:est|sont)\\s+pas\\s+(?:prévue?s?|versée?s?|payée?s?|accordée?s?)\\b)");
  /**
   * A month paid only to some ("employees with five years of service", "after two years of service", "nach fünf Jahren
   * Betriebszugehörigkeit", "sous réserve d'ancienneté"): whether it applies to this candidate cannot be told.
   */
  private static final Pattern CONDITIONAL = Pattern.compile(
      "\\b(?:employees|staff|those|colleagues|members)\\s+(?:with|who|having)\\b|\\b(?:years?|months?)\\s+of\\s+"
          + "(?:service|employment|tenure|seniority)\\b|\\bonce\\s+you\\s+(?:have\\s+)?(?:completed|reached|passed)\\b"
          + "|\\bprovided\\s+(?:that|you)\\b|\\bupon\\s+(?:completion|completing|reaching)\\b|\\bfrom\\s+(?:the|your)\\s+"
          + "(?:second|third|fourth|fifth|\\d(?:st|nd|rd|th))\\s+year\\b|\\bnach\\s+\\p{L}+\\s+(?:jahren|dienstjahren)\\b"
          + "|\\bbetriebszugehörigkeit\\b|\\bsous\\s+réserve\\b|\\bancienneté\\b|\\bantigüedad\\b|\\banzianità\\b");
  /** A month the company may pay: "a discretionary 13th month", "depending on company results", "at its discretion". */
  private static final Pattern DISCRETIONARY = Pattern.compile(
      "\\b(?:discretionary|possible|potential|optional|eventual)\\b|\\bdiscretion\\b"
          + "|\\b(?:depending|dependent|conditional|contingent)\\s+(?:up)?on\\s+(?:the\\s+)?(?:company['’]?s?\\s+|business\\s+|"
          + "group\\s+|individual\\s+|your\\s+)?(?:results|performance|profits?|financial)\\b|\\bsubject\\s+to\\s+(?:the\\s+)?(?:company['’]?s?\\s+|business\\s+|group\\s+)?"
          + "(?:results|performance|profits?)\\b|\\bnot\\s+guaranteed\\b|\\bmay\\s+(?:also\\s+)?(?:receive|be\\s+paid|pay)\\b");

  /** Twelve and the parts of a month each year-end or holiday payment adds ("ein halbes Monatsgehalt": 12.5). */
  private static Count partsOfAMonth(List<String> lowers) {
    BigDecimal months = BigDecimal.valueOf(12);
    String first = null;
    for (String lower : lowers) {
      if (!(lower.contains("geld") || lower.contains("sonderzahlung") || lower.contains("gratifikation")
          || lower.contains("prime de") || lower.contains("treizi"))) {
        // Only a sentence that names such a payment is tried; most name none.
        continue;
      }
      // "ein Urlaubsgeld in Höhe von 50 % eines Monatsgehalts und ein Weihnachtsgeld in Höhe eines Monatsgehalts".
      Matcher part = PART_OF_A_MONTH.matcher(lower);
      while (part.find()) {
        BigDecimal share = part.group(2) != null ? new BigDecimal(part.group(2)).movePointLeft(2)
            : part.group(1).contains("halb") || part.group(1).contains("demi") || part.group(1).contains("moiti")
                ? new BigDecimal("0.5") : BigDecimal.ONE;
        if (share.signum() > 0 && share.compareTo(BigDecimal.ONE) <= 0) {
          months = months.add(share);
          first = first == null ? lower : first;
        }
      }
    }
    return first == null ? Count.TWELVE : new Count(months.stripTrailingZeros(), false, first, false);
  }

  /**
   * Whether a sentence can name salaries past twelve: every rule needs a "1" ("13 salaries", "13th month") or one of
   * these words. Most sentences have none, and this check costs a fraction of the rules.
   */
  private static boolean mayName(String lower) {
    for (String marker : MARKERS) {
      if (lower.contains(marker)) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> MARKERS = List.of("1", "teen", "twelve", "aws", "wage supplement", "aguinaldo",
      "décimo", "decimo", "maand", "mois", "tredicesima", "quattordicesima", "weihnacht", "urlaubsgeld",
      "sonderzahlung");

  private static boolean twelve(BigDecimal parts) {
    return parts.compareTo(BigDecimal.valueOf(12)) == 0;
  }

  /**
   * "EUR 62,400, paid in twelve monthly instalments, plus a 13th month", "62 400 €, versée en douze mensualités, à
   * laquelle s'ajoute un 13e mois": the sentence says its yearly figure is twelve months' pay and the extra month
   * comes on top of it (nothing says it is included).
   */
  static boolean onTopOfTwelve(Count count) {
    return count.extra() && !count.instalments() && count.sentence() != null
        && TWELVE_PAID.matcher(count.sentence()).find() && !INCLUDED.matcher(count.sentence()).find();
  }

  /**
   * "Ihr Jahresbruttogehalt beträgt 72.000 EUR, zahlbar in zwölf gleichen Monatsraten." then "Zusätzlich erhalten Sie
   * ein 13. Monatsgehalt …": the year's own sentence says it is twelve payments, so the extra month another sentence
   * names is on top of it (unless either says it is included).
   */
  static boolean onTopOfTwelvePaid(Count count, String baseSentence) {
    return count.extra() && !count.instalments() && count.sentence() != null && !count.sentence().equals(baseSentence)
        && TWELVE_PAID.matcher(baseSentence).find() && !INCLUDED.matcher(baseSentence).find()
        && !INCLUDED.matcher(count.sentence()).find();
  }

  private static final Pattern TWELVE_PAID = Pattern.compile(
      // "in zwölf gleichen Monatsraten", "en douze mensualités égales": equal parts in the letter's language.
      "\\b(?:12|twelve|douze|zwölf|doce|dodici)\\s+(?:equal\\s+|gleichen\\s+|gleiche\\s+)?(?:monthly\\s+)?(?:instal(?:l)?ments|payments|mensualités|"
          + "versements|monatsraten|raten|monatsgehältern|pagos|mensualidades|pagamentos|mensilità)\\b"
          + "|\\b(?:12|twelve)\\s+times\\s+(?:a|per)\\s+year\\b");
  /**
   * The extra month is one of the year's payments, not on top: "included" (not "not included"), "(the 13th month
   * forms part of the annual salary)", "plus a 13th month in December, which together make up the annual salary".
   */
  private static final Pattern INCLUDED = Pattern.compile(
      // "a 13th month, which is not included in the annual salary" is on top.
      "(?<!\\bnot\\s)(?<!\\bnot\\sbe\\s)\\binclu|\\by\\s+compris\\b|\\beinschlie(?:ß|ss)lich\\b|\\binklusive\\b|\\bcompris\\b"
          + "|\\b(?:forms?|forming|is|are)\\s+(?:a\\s+|an\\s+)?part\\s+of\\s+(?:the|your|this)\\s+(?:gross\\s+)?(?:annual|yearly|base|total)\\b"
          + "|\\b(?:together\\s+)?(?:make|makes|making)\\s+up\\s+(?:the|your|this)\\s+(?:gross\\s+)?(?:annual|yearly|base|total)\\b"
          // "paid in December as part of the above", "out of this amount", "im Jahresgehalt enthalten".
          + "|\\b(?:as\\s+)?(?:a\\s+)?part\\s+of\\s+(?:the\\s+above|it|(?:this|that|the)\\s+(?:above\\s+)?(?:amount|figure|sum|salary))\\b"
          + "|\\b(?:out\\s+of|within|from)\\s+(?:the\\s+above|(?:this|that|the)\\s+(?:above\\s+)?(?:amount|figure|sum))\\b"
          + "|(?<!\\bnicht\\s)\\benthalten\\b|\\binbegriffen\\b");

  /** "13", "thirteen", or a Belgian "13.92" (the 13th month and double holiday pay as parts of a month). */
  private static BigDecimal count(String written) {
    if (Character.isDigit(written.charAt(0))) {
      return new BigDecimal(written.replace(',', '.')).stripTrailingZeros();
    }
    Integer count = NumberWords.count(written);
    return BigDecimal.valueOf(count == null ? 12 : count);
  }

  /** Mexico's year-end pay is written in days of salary (15 by law, often 30): a thirtieth of a month each. */
  private static Count aguinaldo(String lower) {
    Matcher days = DAYS.matcher(lower.substring(lower.indexOf("aguinaldo")));
    Integer n = days.find() ? NumberWords.count(days.group(1)) : null;
    if (n == null || n <= 0 || n > 90) {
      return new Count(BigDecimal.valueOf(12), false, lower, true);
    }
    BigDecimal months = BigDecimal.valueOf(12).add(BigDecimal.valueOf(n).divide(BigDecimal.valueOf(30), 4,
        RoundingMode.HALF_UP));
    return new Count(months.stripTrailingZeros(), false, lower, false);
  }
}
