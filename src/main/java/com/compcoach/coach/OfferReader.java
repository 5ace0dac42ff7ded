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
  private static final Pattern AMOUNT = Pattern.compile(
      "(?<neg>(?<![\\w$£€¥₹])[-−]\\s?)?"
          + "(?<pre>US\\$|C\\$|CA\\$|A\\$|AU\\$|\\$|£|€|¥|₹|(?:USD|GBP|EUR|CAD|AUD|INR|JPY)\\s?)?"
          // Thousands by commas, or by spaces as in French and SI writing ("180 000"), then plain numbers.
          + "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?![\\d.,])|\\d+(?:\\.\\d+)?)"
          + "(?:\\s?(?<suf>mm|million|thousand|k|m)(?![a-z]))?"
          + "(?:\\s?(?<post>USD|GBP|EUR|CAD|AUD|INR|JPY)\\b)?"
          + "(?<pct>\\s?%|\\s?percent\\b)?",
      Pattern.CASE_INSENSITIVE);
  // Plain phrases, checked with contains on the lower-cased clause: several times cheaper than regular expressions.
  private static final List<String> FORFEIT = List.of("forfeit", "unvested", "leave behind", "leaving behind",
      "leave on the table", "leaving on the table", "walking away from", "give up", "giving up", "lose ", "losing");
  private static final List<String> WALK_AWAY = List.of("walk-away", "walk away", "walkaway", "bottom line",
      "bottom-line", "minimum", "floor", "won't accept", "wont accept", "will not accept", "lowest i");
  private static final List<String> COMPETING = List.of("compet", "other offer", "another offer", "outside offer",
      "rival offer", "offer from");
  /** Phrases that report their answer to a counter; plain substring checks, cheaper than one big pattern. */
  private static final List<String> REVISION = List.of("came back", "come back", "comes back", "countered",
      "revised", "raised", "increased", "bumped", "moved up", "moved to", "updated", "new offer", "now offer",
      "improved", "went up", "upped", "agreed to", "they said", "they offered instead");
  private static final List<String> CLAUSE_WORDS = List.of("and", "but", "plus", "while");
  private static final Pattern OFFER_WORD = Pattern.compile("\\boffer", Pattern.CASE_INSENSITIVE);
  private static final Pattern PER_YEAR = Pattern.compile(
      "^\\s*(?:\\w+\\s+){0,2}?(?:per\\s+year|a\\s+year|/\\s*yr|/\\s*year|yearly|annually|per\\s+annum|annual)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern EMPLOYER = Pattern.compile(
      "\\b(?:[Ii](?:'m| am) (?:currently |now )?(?:at|with)|[Ii] (?:currently |now )?work (?:at|for)"
          + "|[Mm]y (?:current )?(?:company|employer) is|[Cc]urrently at)\\s+([A-Z][\\w&.'-]*(?:\\s+[A-Z][\\w&.'-]*)*)");
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
    String lower = text.toLowerCase(Locale.ROOT);
    char[] blanked = text.toCharArray();

    // Each pattern below runs only when its tell-tale is present: most messages have no schedule or cliff.
    Vesting vesting = null;
    if (text.indexOf('/') >= 0) {
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
    }
    if (lower.contains("cliff")) {
      Matcher cliff = CLIFF.matcher(lower);
      if (cliff.find()) {
        vesting = new Vesting(vesting == null ? Vesting.EVEN_FOUR_YEARS.yearly() : vesting.yearly(), true);
        blank(blanked, cliff.start(), cliff.end());
      }
    }
    List<int[]> yearSpans = new ArrayList<>();
    String unscheduled = new String(blanked).toLowerCase(Locale.ROOT);
    for (int at = unscheduled.indexOf('y'); at >= 0; at = unscheduled.indexOf('y', at + 1)) {
      int[] span = yearSpan(unscheduled, at);
      if (span != null) {
        yearSpans.add(span);
        blank(blanked, span[0], span[1]);
        at = span[1] - 1;
      }
    }
    String clean = new String(blanked);
    List<int[]> clauses = clauses(clean);
    List<Amount> amounts = amounts(clean);
    List<Keyword> keywords = keywords(clean);

    Component[] after = new Component[amounts.size()];
    Component[] before = new Component[amounts.size()];
    int afterCount = 0;
    int beforeCount = 0;
    for (int i = 0; i < amounts.size(); i++) {
      int[] clause = clauseOf(clauses, amounts.get(i).start());
      int nextStart = i + 1 < amounts.size() ? amounts.get(i + 1).start() : clean.length();
      int prevEnd = i > 0 ? amounts.get(i - 1).end() : 0;
      after[i] = keywordAfter(keywords, amounts.get(i).end(), Math.min(nextStart, clause[1]));
      before[i] = keywordBefore(keywords, Math.max(prevEnd, clause[0]), amounts.get(i).start());
      afterCount += after[i] == null ? 0 : 1;
      beforeCount += before[i] == null ? 0 : 1;
    }
    boolean suffixStyle = afterCount >= beforeCount;

    List<Figure> figures = new ArrayList<>();
    List<String> loose = new ArrayList<>();
    String competitor = null;
    Figure.Purpose[] purposes = new Figure.Purpose[clauses.size()];
    for (int i = 0; i < amounts.size(); i++) {
      Amount a = amounts.get(i);
      int[] clause = clauseOf(clauses, a.start());
      String clauseText = clean.substring(clause[0], clause[1]);
      int index = clauses.indexOf(clause);
      if (purposes[index] == null) {
        purposes[index] = purpose(clauseText);
      }
      Figure.Purpose purpose = purposes[index];
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
      boolean yearly = component == Component.STOCK
          && PER_YEAR.matcher(clean.substring(a.end(), Math.min(clean.length(), a.end() + 30))).find();
      figures.add(new Figure(purpose, component, value(a, percent), percent, currency(a), grantYears, yearly,
          a.written()));
    }
    boolean revision = false;
    for (String phrase : REVISION) {
      revision |= lower.contains(phrase);
    }
    String employer = null;
    if (lower.contains(" at ") || lower.contains(" for ") || lower.contains(" is ")) {
      Matcher at = EMPLOYER.matcher(text);
      employer = at.find() ? at.group(1) : null;
    }
    return new Reading(figures, vesting, revision, competitor, loose, employer);
  }

  private static Figure.Purpose purpose(String clause) {
    String lower = clause.toLowerCase(Locale.ROOT) + " ";
    if (FORFEIT.stream().anyMatch(lower::contains)) {
      return Figure.Purpose.FORFEITED;
    }
    if (WALK_AWAY.stream().anyMatch(lower::contains)) {
      return Figure.Purpose.WALK_AWAY;
    }
    if (COMPETING.stream().anyMatch(lower::contains)) {
      return Figure.Purpose.COMPETING;
    }
    return Figure.Purpose.OFFER;
  }

  private static long value(Amount a, boolean percent) {
    double number = Double.parseDouble(a.num().replaceAll("[,\\s\\u00A0\\u202F]", ""));
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

  private static Component keywordAfter(List<Keyword> keywords, int from, int limit) {
    for (Keyword k : keywords) {
      if (k.start() >= from && k.end() <= limit) {
        return k.start() - from <= NEAR ? k.component() : null;
      }
    }
    return null;
  }

  private static Component keywordBefore(List<Keyword> keywords, int from, int limit) {
    Keyword last = null;
    for (Keyword k : keywords) {
      if (k.start() >= from && k.end() <= limit) {
        last = k;
      }
    }
    return last != null && limit - last.end() <= NEAR ? last.component() : null;
  }

  /**
   * Every component word in the text, from its words: "base", "base salary", "salary", "rsu(s)", "stock",
   * "equity", "shares", "grant", "options", "bonus", "annual/target bonus", "sign-on (bonus)", "signing (bonus)",
   * "joining/welcome bonus", "tc", "total (comp/compensation)", "package", "comp".
   */
  private static List<Keyword> keywords(String text) {
    List<int[]> words = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (Character.isLetter(text.charAt(i))) {
        int start = i;
        while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
          i++;
        }
        words.add(new int[] {start, i});
      } else {
        i++;
      }
    }
    List<Keyword> out = new ArrayList<>();
    for (int w = 0; w < words.size(); w++) {
      int[] span = words.get(w);
      String word = text.substring(span[0], span[1]).toLowerCase(Locale.ROOT);
      String next = w + 1 < words.size() && adjacent(text, span, words.get(w + 1))
          ? text.substring(words.get(w + 1)[0], words.get(w + 1)[1]).toLowerCase(Locale.ROOT) : "";
      Component component = null;
      boolean takesNext = false;
      switch (word) {
        case "sign-on", "signon", "signing" -> {
          component = Component.SIGN_ON;
          takesNext = next.equals("bonus");
        }
        case "sign" -> {
          if (next.equals("on")) {
            component = Component.SIGN_ON;
            takesNext = true;
          }
        }
        case "joining", "welcome" -> {
          if (next.equals("bonus")) {
            component = Component.SIGN_ON;
            takesNext = true;
          }
        }
        case "base" -> {
          component = Component.BASE;
          takesNext = next.equals("salary") || next.equals("pay");
        }
        case "salary" -> component = Component.BASE;
        case "rsu", "rsus", "stock", "equity", "shares", "grant", "options" -> component = Component.STOCK;
        case "bonus" -> component = Component.BONUS;
        case "annual", "target" -> {
          if (next.equals("bonus")) {
            component = Component.BONUS;
            takesNext = true;
          }
        }
        case "tc", "package", "comp" -> component = Component.TOTAL;
        case "total" -> {
          component = Component.TOTAL;
          takesNext = next.equals("comp") || next.equals("compensation");
        }
        default -> {
          // not a component word
        }
      }
      if (component != null) {
        int end = takesNext ? words.get(w + 1)[1] : span[1];
        out.add(new Keyword(span[0], end, component));
        w += takesNext ? 1 : 0;
      }
    }
    return out;
  }

  /** Whether two words are separated by blanks only. */
  private static boolean adjacent(String text, int[] first, int[] second) {
    for (int i = first[1]; i < second[0]; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Every amount, found by scanning for digits and matching {@link #AMOUNT} only there: a pattern with optional
   * marks in front cannot skip ahead by itself and would be tried at every character.
   */
  private static List<Amount> amounts(String text) {
    List<Amount> out = new ArrayList<>();
    Matcher m = AMOUNT.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int n = text.length();
    int lastEnd = 0;
    int i = 0;
    while (i < n) {
      if (!Character.isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      Amount found = null;
      for (int start : new int[] {prefixStart(text, i, lastEnd), i}) {
        m.region(start, n);
        if (found == null && m.lookingAt() && m.start("num") == i) {
          found = snapshot(m);
        }
      }
      if (found != null) {
        out.add(found);
        lastEnd = found.end();
        i = Math.max(i + 1, found.end());
      } else {
        while (i < n && (Character.isDigit(text.charAt(i)) || text.charAt(i) == ',' || text.charAt(i) == '.')) {
          i++;
        }
      }
    }
    return out;
  }

  /**
   * A grant's years around the "y" at {@code at}: "over 4 years", "vesting over four years", "4-year", "for 3 yrs",
   * as {start, end, years}; null when that "y" does not start such a phrase. Read by hand around the word, because
   * a pattern with optional lead words would be tried at every character of the message.
   */
  private static int[] yearSpan(String lower, int at) {
    int end;
    if (lower.startsWith("years", at)) {
      end = at + 5;
    } else if (lower.startsWith("year", at)) {
      end = at + 4;
    } else if (lower.startsWith("yrs", at)) {
      end = at + 3;
    } else if (lower.startsWith("yr", at)) {
      end = at + 2;
    } else {
      return null;
    }
    if ((at > 0 && Character.isLetter(lower.charAt(at - 1))) || (end < lower.length() && isWordChar(lower.charAt(end)))) {
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
    if (NUMBER_WORDS.containsKey(number)) {
      years = NUMBER_WORDS.get(number);
    } else if (!number.isEmpty() && number.length() <= 2 && number.chars().allMatch(Character::isDigit)) {
      years = Integer.parseInt(number);
    } else {
      return null;
    }
    int start = j;
    int k = j;
    while (k > 0 && lower.charAt(k - 1) == ' ') {
      k--;
    }
    for (String lead : List.of("vesting over", "over", "for")) {
      if (k - lead.length() >= 0 && lower.startsWith(lead, k - lead.length())
          && (k - lead.length() == 0 || !isWordChar(lower.charAt(k - lead.length() - 1)))) {
        start = k - lead.length();
        break;
      }
    }
    if (lower.startsWith(" vesting", end)) {
      end += " vesting".length();
    }
    return new int[] {start, end, years};
  }

  /** Where an amount's marks begin: "-", "$", "US$", "C$", "£", "USD " and the like just before its digits. */
  private static int prefixStart(String text, int digit, int floor) {
    int start = digit;
    int k = digit - 1 >= floor && text.charAt(digit - 1) == ' ' ? digit - 1 : digit;
    if (k - 1 >= floor && "$£€¥₹".indexOf(text.charAt(k - 1)) >= 0) {
      start = k - 1;
      for (String lead : List.of("US", "CA", "AU", "C", "A")) {
        if (start - lead.length() >= floor && text.regionMatches(true, start - lead.length(), lead, 0, lead.length())) {
          start -= lead.length();
          break;
        }
      }
    } else if (k - 3 >= floor) {
      for (String code : List.of("USD", "GBP", "EUR", "CAD", "AUD", "INR", "JPY")) {
        if (text.regionMatches(true, k - 3, code, 0, 3)) {
          start = k - 3;
          break;
        }
      }
    }
    if (start - 1 >= floor && "-−".indexOf(text.charAt(start - 1)) >= 0) {
      start--;
    } else if (start - 2 >= floor && text.charAt(start - 1) == ' ' && "-−".indexOf(text.charAt(start - 2)) >= 0) {
      start -= 2;
    }
    return start;
  }

  /** Clause spans: split at commas (not thousands separators), ";", "+", line breaks, sentence ends, and/but. */
  private static List<int[]> clauses(String text) {
    List<int[]> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      int breakLength = 0;
      if (c == ';' || c == '+' || c == '\n') {
        breakLength = 1;
      } else if (c == ',') {
        boolean thousands = i + 3 < n && Character.isDigit(text.charAt(i + 1)) && Character.isDigit(text.charAt(i + 2))
            && Character.isDigit(text.charAt(i + 3)) && (i + 4 >= n || !isWordChar(text.charAt(i + 4)));
        breakLength = thousands ? 0 : 1;
      } else if (c == '.') {
        breakLength = i + 1 >= n || Character.isWhitespace(text.charAt(i + 1)) ? 1 : 0;
      } else if (Character.isLetter(c) && (i == 0 || !isWordChar(text.charAt(i - 1)))) {
        for (String word : CLAUSE_WORDS) {
          int end = i + word.length();
          if (text.regionMatches(true, i, word, 0, word.length()) && (end >= n || !isWordChar(text.charAt(end)))) {
            breakLength = word.length();
            break;
          }
        }
      }
      if (breakLength > 0) {
        out.add(new int[] {start, i});
        start = i + breakLength;
        i = start;
      } else {
        i++;
      }
    }
    out.add(new int[] {start, n});
    return out;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
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

  /** One component word and where it stands. */
  private record Keyword(int start, int end, Component component) {}

  /** One amount's match, kept so several can be looked at side by side. */
  private record Amount(int start, int end, boolean negative, String pre, String num, String suffix, String post,
                        boolean percent, String written) {}
}
