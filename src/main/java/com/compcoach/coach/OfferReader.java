package com.compcoach.coach;

import com.compcoach.guide.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads offer figures from a message as people type them: "180k base, 50k rsu per year, 40k bonus",
 * "200k RSU over 4 years", "15% bonus", "$182,500 base + $30k sign-on", "base 1.1M", "£100k base", "TC 300k",
 * "a competing offer of 400k TC from Stripe", "my walk-away is 240k", "they came back with 190k base", vesting
 * schedules ("5/15/40/40") and a one-year cliff. It only reads: checking figures against a band is the caller's job.
 */
final class OfferReader {

  private static final Pattern SCHEDULE = Pattern.compile("(?<![\\d.,/])(\\d{1,3}(?:\\s*/\\s*\\d{1,3}){1,9})(?![\\d/])");
  private static final Pattern CLIFF = Pattern.compile("(?:\\b(?:one|1)[- ]?(?:year|yr)\\s+)?\\bcliff\\b");
  private static final Pattern OVER_YEARS = Pattern.compile(
      "(?:\\bover\\s+|\\bvesting\\s+over\\s+|\\bfor\\s+)?\\b(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
          + "\\s*-?\\s*(?:years?|yrs?)\\b(?:\\s+vesting)?");
  private static final Pattern AMOUNT = Pattern.compile(
      "(?<neg>(?<![\\w$£€¥₹])[-−]\\s?)?"
          + "(?<pre>US\\$|C\\$|CA\\$|A\\$|AU\\$|\\$|£|€|¥|₹|(?:USD|GBP|EUR|CAD|AUD|INR|JPY)\\s?)?"
          + "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
          + "(?:\\s?(?<suf>mm|million|thousand|k|m)(?![a-z]))?"
          + "(?:\\s?(?<post>USD|GBP|EUR|CAD|AUD|INR|JPY)\\b)?"
          + "(?<pct>\\s?%|\\s?percent\\b)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern KEYWORD = Pattern.compile(
      "(?<signon>sign[- ]?on(?:\\s+bonus)?|signing(?:\\s+bonus)?|joining\\s+bonus|welcome\\s+bonus)"
          + "|(?<base>base(?:\\s+(?:salary|pay))?|salary)"
          + "|(?<stock>rsus?|stock|equity|shares|grant|options)"
          + "|(?<bonus>(?:annual\\s+|target\\s+)?bonus)"
          + "|(?<total>tc|total(?:\\s+comp(?:ensation)?)?|package|comp\\b)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CLAUSE_BREAK = Pattern.compile(
      ",(?!\\d{3}\\b)|;|\\+|\\n|\\.(?=\\s|$)|\\band\\b|\\bbut\\b|\\bplus\\b|\\bwhile\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern FORFEIT = Pattern.compile(
      "forfeit|unvested|leav(?:e|ing)\\s+(?:behind|on the table)|walking away from|giv(?:e|ing) up|los(?:e|ing)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern WALK_AWAY = Pattern.compile(
      "walk[- ]?away|bottom[- ]line|\\bminimum\\b|\\bfloor\\b|won'?t accept|will not accept|lowest i",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern COMPETING = Pattern.compile(
      "compet|other offer|another offer|outside offer|rival offer|offer from", Pattern.CASE_INSENSITIVE);
  private static final Pattern REVISION = Pattern.compile(
      "came back|come back|comes back|countered|revised|raised|increased|bumped|moved (?:up|to)|updated|new offer"
          + "|now offer|improved|went up|upped|agreed to|they said|they offered instead",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern OFFER_WORD = Pattern.compile("\\boffer", Pattern.CASE_INSENSITIVE);
  private static final Pattern PER_YEAR = Pattern.compile(
      "^\\s*(?:\\w+\\s+){0,2}?(?:per\\s+year|a\\s+year|/\\s*yr|/\\s*year|yearly|annually|per\\s+annum|annual)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern FROM_WHOM = Pattern.compile("\\bfrom\\s+([A-Z][\\w&.'-]*(?:\\s+[A-Z][\\w&.'-]*)*)");
  private static final Map<String, Integer> NUMBER_WORDS = Map.of("one", 1, "two", 2, "three", 3, "four", 4,
      "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10);
  private static final Map<String, String> CURRENCIES = Map.ofEntries(
      Map.entry("$", "$"), Map.entry("us$", "USD"), Map.entry("c$", "CAD"), Map.entry("ca$", "CAD"),
      Map.entry("a$", "AUD"), Map.entry("au$", "AUD"), Map.entry("£", "GBP"), Map.entry("€", "EUR"),
      Map.entry("¥", "JPY"), Map.entry("₹", "INR"), Map.entry("usd", "USD"), Map.entry("gbp", "GBP"),
      Map.entry("eur", "EUR"), Map.entry("cad", "CAD"), Map.entry("aud", "AUD"), Map.entry("inr", "INR"),
      Map.entry("jpy", "JPY"));
  private static final int NEAR = 24;

  /** Reads every figure in the message; a message with none gives an empty reading. */
  Reading read(String message) {
    String text = message == null ? "" : message;
    char[] blanked = text.toCharArray();

    Vesting vesting = null;
    Matcher schedule = SCHEDULE.matcher(text);
    while (schedule.find()) {
      List<Integer> parts = new ArrayList<>();
      for (String part : schedule.group(1).split("/")) {
        parts.add(Integer.parseInt(part.trim()));
      }
      if (parts.stream().mapToInt(Integer::intValue).sum() == 100) {
        vesting = new Vesting(parts, false);
        blank(blanked, schedule.start(), schedule.end());
      }
    }
    Matcher cliff = CLIFF.matcher(text.toLowerCase(Locale.ROOT));
    if (cliff.find()) {
      vesting = new Vesting(vesting == null ? Vesting.EVEN_FOUR_YEARS.yearly() : vesting.yearly(), true);
      blank(blanked, cliff.start(), cliff.end());
    }
    List<int[]> yearSpans = new ArrayList<>();
    Matcher years = OVER_YEARS.matcher(new String(blanked).toLowerCase(Locale.ROOT));
    while (years.find()) {
      String n = years.group(1);
      int count = NUMBER_WORDS.containsKey(n) ? NUMBER_WORDS.get(n) : Integer.parseInt(n);
      yearSpans.add(new int[] {years.start(), years.end(), count});
      blank(blanked, years.start(), years.end());
    }

    String clean = new String(blanked);
    List<int[]> clauses = clauses(clean);
    List<Amount> amounts = new ArrayList<>();
    Matcher m = AMOUNT.matcher(clean);
    while (m.find()) {
      amounts.add(snapshot(m));
    }

    Component[] after = new Component[amounts.size()];
    Component[] before = new Component[amounts.size()];
    int afterCount = 0;
    int beforeCount = 0;
    for (int i = 0; i < amounts.size(); i++) {
      int[] clause = clauseOf(clauses, amounts.get(i).start());
      int nextStart = i + 1 < amounts.size() ? amounts.get(i + 1).start() : clean.length();
      int prevEnd = i > 0 ? amounts.get(i - 1).end() : 0;
      after[i] = keywordAfter(clean, amounts.get(i).end(), Math.min(nextStart, clause[1]));
      before[i] = keywordBefore(clean, Math.max(prevEnd, clause[0]), amounts.get(i).start());
      afterCount += after[i] == null ? 0 : 1;
      beforeCount += before[i] == null ? 0 : 1;
    }
    boolean suffixStyle = afterCount >= beforeCount;

    List<Figure> figures = new ArrayList<>();
    List<String> loose = new ArrayList<>();
    String competitor = null;
    for (int i = 0; i < amounts.size(); i++) {
      Amount a = amounts.get(i);
      int[] clause = clauseOf(clauses, a.start());
      String clauseText = clean.substring(clause[0], clause[1]);
      Figure.Purpose purpose = purpose(clauseText);
      Component component = suffixStyle
          ? (after[i] != null ? after[i] : before[i])
          : (before[i] != null ? before[i] : after[i]);
      boolean percent = a.percent();
      if (component == null) {
        if (percent) {
          continue;
        }
        if (purpose != Figure.Purpose.OFFER || OFFER_WORD.matcher(clauseText).find()) {
          component = Component.TOTAL;
        } else {
          // A bare number inside a sentence ("in 2 days") is not a figure; a marked one or a lone one may be.
          if (a.pre() != null || a.post() != null || a.suffix() != null || clean.trim().equals(a.written())) {
            loose.add(a.written());
          }
          continue;
        }
      }
      if (purpose == Figure.Purpose.COMPETING && competitor == null) {
        Matcher from = FROM_WHOM.matcher(text.substring(clause[0], clause[1]));
        competitor = from.find() ? from.group(1) : null;
      }
      int grantYears = 0;
      for (int[] span : yearSpans) {
        if (span[0] >= a.end() && span[0] < clause[1] && component == Component.STOCK) {
          grantYears = span[2];
        }
      }
      boolean yearly = PER_YEAR.matcher(clean.substring(a.end(), Math.min(clean.length(), a.end() + 30))).find();
      figures.add(new Figure(purpose, component, value(a, percent), percent, currency(a), grantYears, yearly,
          a.written()));
    }
    return new Reading(figures, vesting, REVISION.matcher(text).find(), competitor, loose);
  }

  private static Figure.Purpose purpose(String clause) {
    if (FORFEIT.matcher(clause).find()) {
      return Figure.Purpose.FORFEITED;
    }
    if (WALK_AWAY.matcher(clause).find()) {
      return Figure.Purpose.WALK_AWAY;
    }
    if (COMPETING.matcher(clause).find()) {
      return Figure.Purpose.COMPETING;
    }
    return Figure.Purpose.OFFER;
  }

  private static long value(Amount a, boolean percent) {
    double number = Double.parseDouble(a.num().replace(",", ""));
    String suffix = a.suffix() == null ? "" : a.suffix().toLowerCase(Locale.ROOT);
    double scale = switch (suffix) {
      case "k", "thousand" -> 1_000;
      case "m", "mm", "million" -> 1_000_000;
      default -> 1;
    };
    long amount = Math.round(number * (percent ? 1 : scale));
    return a.negative() ? -amount : amount;
  }

  private static String currency(Amount a) {
    String mark = a.pre() != null ? a.pre() : a.post();
    return mark == null ? null : CURRENCIES.get(mark.trim().toLowerCase(Locale.ROOT));
  }

  private static Component keywordAfter(String text, int from, int limit) {
    if (from >= limit) {
      return null;
    }
    Matcher k = KEYWORD.matcher(text).region(from, limit);
    return k.find() && k.start() - from <= NEAR ? component(k) : null;
  }

  private static Component keywordBefore(String text, int from, int limit) {
    if (from >= limit) {
      return null;
    }
    Matcher k = KEYWORD.matcher(text).region(from, limit);
    Component last = null;
    int lastEnd = -1;
    while (k.find()) {
      last = component(k);
      lastEnd = k.end();
    }
    return last != null && limit - lastEnd <= NEAR ? last : null;
  }

  private static Component component(Matcher k) {
    if (k.group("signon") != null) {
      return Component.SIGN_ON;
    }
    if (k.group("base") != null) {
      return Component.BASE;
    }
    if (k.group("stock") != null) {
      return Component.STOCK;
    }
    if (k.group("bonus") != null) {
      return Component.BONUS;
    }
    return Component.TOTAL;
  }

  private static List<int[]> clauses(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher b = CLAUSE_BREAK.matcher(text);
    int start = 0;
    while (b.find()) {
      out.add(new int[] {start, b.start()});
      start = b.end();
    }
    out.add(new int[] {start, text.length()});
    return out;
  }

  private static int[] clauseOf(List<int[]> clauses, int index) {
    for (int[] clause : clauses) {
      if (index >= clause[0] && index < clause[1]) {
        return clause;
      }
    }
    return clauses.get(clauses.size() - 1);
  }

  private static void blank(char[] text, int start, int end) {
    for (int i = start; i < end; i++) {
      text[i] = ' ';
    }
  }

  private static Amount snapshot(Matcher m) {
    return new Amount(m.start(), m.end(), m.group("neg") != null, m.group("pre"), m.group("num"), m.group("suf"),
        m.group("post"), m.group("pct") != null, m.group().trim());
  }

  /** One amount's match, kept so several can be looked at side by side. */
  private record Amount(int start, int end, boolean negative, String pre, String num, String suffix, String post,
                        boolean percent, String written) {}
}
