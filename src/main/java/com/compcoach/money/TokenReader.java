package com.compcoach.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Tells what each figure of a text is, for {@link MoneyGrammar#read}: lookalikes (dates, times, phone numbers,
 * schedules) first, then every match of the grammar as money, a percent, a year, a count or an exponent.
 */
final class TokenReader {

  private static final char MASK = '\u0001';
  /** Words after a figure that make it a count, not pay: "4 years", "30 days", "50 people". */
  private static final List<String> COUNT_UNITS = List.of("years", "year", "yrs", "yr", "months", "month", "weeks",
      "week", "days", "day", "hours", "hour", "hrs", "minutes", "minute", "mins", "people", "persons", "person",
      "employees", "employee", "engineers", "engineer", "reports", "report", "times", "installments", "instalments",
      "payments", "paychecks", "salaries", "offers", "companies", "rounds", "interviews");
  /** Words after a figure that make it a number of shares, even with a magnitude: "10,000 shares", "5k options". */
  private static final List<String> SHARE_UNITS = List.of("shares", "share", "stock options", "options", "units",
      "psus", "ordinary shares", "common shares");
  /** Words before four digits that make them a year: "in 2027", "by 2026", "FY2025" is already no figure. */
  private static final List<String> YEAR_WORDS = List.of("in", "by", "since", "until", "till", "from", "of", "after",
      "before", "early", "mid", "late", "end", "year", "fy", "class", "spring", "summer", "autumn", "fall", "winter");

  /** Words before a plain figure that make it a place in a document: "page 2", "section 4", "clause 7". */
  /** US retirement plans named by their tax code's section: "401(k)", "403(b)", "457(b)". */
  private static final Set<String> PLAN_SECTIONS = Set.of("401", "403", "457");
  private static final List<String> PLACE_WORDS = List.of("page", "pages", "pg", "section", "clause", "paragraph",
      "slide", "appendix", "exhibit");

  private final MoneyGrammar grammar;
  private final Currencies currencies;
  private final Lookalikes lookalikes = new Lookalikes();

  TokenReader(MoneyGrammar grammar) {
    this.grammar = grammar;
    this.currencies = grammar.currencies();
  }

  List<Token> read(String text, Token.Context context) {
    List<Token.Other> others = lookalikes.find(text);
    char[] masked = text.toCharArray();
    char[] lowered = new char[masked.length];
    for (int i = 0; i < masked.length; i++) {
      // Character by character, so offsets stay those of the text ("İ" lowercases to two chars as a string).
      lowered[i] = Character.toLowerCase(masked[i]);
    }
    for (Token.Other o : others) {
      for (int i = o.start(); i < o.end(); i++) {
        masked[i] = MASK;
      }
    }
    String lower = new String(lowered);
    String scanned = new String(masked);
    List<Token> out = new ArrayList<>(others);
    List<Token> figures = new ArrayList<>();
    Matcher m = grammar.matcher(scanned);
    while (m.find()) {
      Token t = token(text, lower, grammar.exact(scanned, m, context.decimal()), context);
      if (t != null) {
        figures.add(t);
      }
    }
    out.addAll(between(text, lower, figures));
    out.addAll(spelled(text, lower, context));
    out.sort(Comparator.comparingInt(Token::start));
    return List.copyOf(out);
  }

  private Token token(String text, String lower, MoneyGrammar.Exact e, Token.Context context) {
    int n = text.length();
    int end = e.end();
    boolean plain = e.mark() == null && !e.magnitude() && !e.percent();
    // "1e6", "$1.5e5": an exponent, marked or not; "2.5k" or "5%" before an "e" is not one.
    if (!e.magnitude() && !e.percent() && !e.ranged() && end < n
        && (text.charAt(end) == 'e' || text.charAt(end) == 'E')) {
      int k = end + 1 < n && (text.charAt(end + 1) == '+' || text.charAt(end + 1) == '-') ? end + 2 : end + 1;
      if (k < n && Character.isDigit(text.charAt(k))) {
        while (k < n && Character.isDigit(text.charAt(k))) {
          k++;
        }
        return new Token.Other(text.substring(e.start(), k), e.start(), k, Token.Kind.EXPONENT, null);
      }
    }
    Token.Range range = e.ranged() ? new Token.Range(e.lowWritten(), e.low(), e.highWritten(), e.high()) : null;
    if (e.percent()) {
      return new Token.Percent(e.written(), e.start(), end, e.low(), range);
    }
    int after = skipSpaces(lower, end);
    for (String word : List.of("percent", "per cent", "pct")) {
      if (e.mark() == null && startsWord(lower, after, word)) {
        return new Token.Percent(text.substring(e.start(), after + word.length()), e.start(), after + word.length(),
            e.low(), range);
      }
    }
    String mark = e.mark();
    String key = mark;
    int close = end;
    String named = null;
    if (mark == null || currencies.shared(mark)) {
      Optional<Map.Entry<Integer, String>> name = currencies.nameAt(text, after);
      if (name.isPresent()) {
        close = after + name.get().getKey();
        named = name.get().getValue();
        if (mark == null || !named.equals("$")) {
          mark = text.substring(after, close);
          key = named;
        }
      }
    }
    if (mark == null) {
      Token.Kind kind = unit(lower, end);
      if (kind == Token.Kind.SHARES || kind == Token.Kind.COUNT && !e.magnitude()) {
        return new Token.Other(e.written(), e.start(), end, kind, e.low());
      }
      if (monthsNotMillions(e)) {
        return new Token.Other(e.written(), e.start(), end, Token.Kind.COUNT, e.low());
      }
      if (plain && !e.ranged() && PLACE_WORDS.contains(wordBefore(lower, e.start()))) {
        // "bonus target on page 2 is 12%": a place in the document, never pay.
        return new Token.Other(e.written(), e.start(), end, Token.Kind.COUNT, e.low());
      }
      if (plain && !e.ranged() && isYear(e, lower)) {
        return new Token.Other(e.written(), e.start(), end, Token.Kind.YEAR, e.low());
      }
    }
    Period period = Period.at(lower, close);
    if (close == end && end < n && Character.isLetter(text.charAt(end)) && period == null || namesAPlan(text, end)) {
      // Glued to a word: "409A", "3x", "2FA" are names, not figures; so are "401(k)" and "403(b)".
      return null;
    }
    if (mark == null && !e.magnitude() && namesAForm(text, e.start())) {
      // "they asked for my W-2", "an I-9": a letter and a dash before the digits name a form, never $2.
      return null;
    }
    int start = e.start();
    boolean negative = false;
    // Only a minus against the figure: "Base salary - $150,000" is a dash, "-5k" is negative.
    int k = start - 1;
    if (k >= 0 && (text.charAt(k) == '-' || text.charAt(k) == '−')
        && (k == 0 || !Character.isLetterOrDigit(text.charAt(k - 1)) && text.charAt(k - 1) != '_')) {
      negative = true;
      start = k;
    }
    return new Token.Money(text.substring(start, close), start, close, mark, currency(key, named, context),
        e.low(), range, period, e.magnitude(), negative, e.ambiguous());
  }

  /** "W-2", "I-9": one letter standing alone and a dash right before the digits name a form. */
  private static boolean namesAForm(String text, int start) {
    return start >= 2 && text.charAt(start - 1) == '-' && Character.isLetter(text.charAt(start - 2))
        && (start == 2 || !Character.isLetterOrDigit(text.charAt(start - 3)));
  }

  /**
   * "401(k)": digits followed by one bracketed letter name a plan or a rule; so does a plan's section with a space
   * before its letter ("our 401 (k) plan", "a 403 (b)"), never $401K.
   */
  private static boolean namesAPlan(String text, int end) {
    if (end + 3 < text.length() && text.charAt(end) == ' ' && end >= 3
        && PLAN_SECTIONS.contains(text.substring(end - 3, end))
        && (end == 3 || !Character.isLetterOrDigit(text.charAt(end - 4)) && text.charAt(end - 4) != '.'
            && text.charAt(end - 4) != ',')) {
      end++;
    }
    return end + 2 < text.length() && text.charAt(end) == '(' && Character.isLetter(text.charAt(end + 1))
        && text.charAt(end + 2) == ')';
  }


  /** The ISO code a mark stands for here: a shared mark only when the context names one it may mean. */
  private String currency(String key, String named, Token.Context context) {
    if (key == null) {
      return null;
    }
    if (currencies.shared(key)) {
      return context.local() != null && currencies.mayMean(key, context.local()) ? context.local() : null;
    }
    if (named != null && key.equals(named)) {
      return named;
    }
    return currencies.ofMark(key).orElse(null);
  }

  /**
   * Amounts spelled out ("two hundred thousand dollars"): a thousand or more, with the currency named after them.
   * One followed by its figure in brackets ("One Hundred Fifty Thousand Dollars ($150,000)") is read once, from the
   * figure.
   */
  private List<Token> spelled(String text, String lower, Token.Context context) {
    // "hundred" lets chat's "one hundred fifty k" through; the amount must still reach a thousand.
    if (!(lower.contains("thousand") || lower.contains("million") || lower.contains("lakh")
        || lower.contains("crore") || lower.contains("billion") || lower.contains("hundred"))) {
      return List.of();
    }
    List<Token> out = new ArrayList<>();
    Matcher m = NumberWords.SPELLED.matcher(lower);
    while (m.find()) {
      long value = NumberWords.amount(m.group());
      int before = m.start() - 1;
      while (before >= 0 && lower.charAt(before) == ' ') {
        before--;
      }
      if (value < 1_000 || before >= 0 && Character.isDigit(lower.charAt(before))) {
        continue;
      }
      int close = m.end();
      String mark = null;
      String named = null;
      Optional<Map.Entry<Integer, String>> name = currencies.nameAt(text, skipSpaces(lower, close));
      if (name.isPresent()) {
        int at = skipSpaces(lower, close);
        close = at + name.get().getKey();
        mark = text.substring(at, close);
        named = name.get().getValue();
      }
      if (skipSpaces(lower, close) < lower.length() && lower.charAt(skipSpaces(lower, close)) == '(') {
        continue;
      }
      out.add(new Token.Money(text.substring(m.start(), close), m.start(), close, mark,
          currency(named, named, context), BigDecimal.valueOf(value), null, Period.at(lower, close), true, false,
          false));
    }
    return out;
  }

  /** "between 170 and 180": two figures of one kind joined by "and" after "between" are one range. */
  private static List<Token> between(String text, String lower, List<Token> figures) {
    List<Token> out = new ArrayList<>();
    for (int i = 0; i < figures.size(); i++) {
      Token a = figures.get(i);
      Token b = i + 1 < figures.size() ? figures.get(i + 1) : null;
      if (b != null && lower.substring(a.end(), b.start()).strip().equals("and")
          && lower.substring(Math.max(0, a.start() - 12), a.start()).strip().endsWith("between")) {
        Token merged = merge(text, a, b);
        if (merged != null) {
          out.add(merged);
          i++;
          continue;
        }
      }
      out.add(a);
    }
    return out;
  }

  private static Token merge(String text, Token a, Token b) {
    String written = text.substring(a.start(), b.end());
    if (a instanceof Token.Money x && b instanceof Token.Money y && !x.ranged() && !y.ranged()
        && x.negative() == y.negative()) {
      // "between 170 and 180k": a magnitude written once, after the second figure, applies to both.
      BigDecimal low = !x.magnitude() && y.magnitude() ? x.amount().multiply(y.amount().divide(
          plainValue(y), java.math.MathContext.DECIMAL64)) : x.amount();
      return new Token.Money(written, a.start(), b.end(), x.mark() != null ? x.mark() : y.mark(),
          x.mark() != null ? x.currency() : y.currency(), low,
          new Token.Range(x.written(), low, y.written(), y.amount()), y.period(), x.magnitude() || y.magnitude(),
          x.negative(), x.ambiguous() || y.ambiguous());
    }
    if (a instanceof Token.Percent x && b instanceof Token.Percent y && x.range() == null && y.range() == null) {
      return new Token.Percent(written, a.start(), b.end(), x.value(),
          new Token.Range(x.written(), x.value(), y.written(), y.value()));
    }
    return null;
  }

  /** The figure of a Money token before its magnitude: "180k" is 180. */
  private static BigDecimal plainValue(Token.Money m) {
    String digits = m.written().replaceAll("[^0-9.]", "");
    BigDecimal v = digits.isEmpty() || digits.equals(".") ? BigDecimal.ONE : new BigDecimal(digits);
    return v.signum() == 0 ? BigDecimal.ONE : v;
  }

  private static Token.Kind unit(String lower, int end) {
    int at = end < lower.length() && lower.charAt(end) == '-' ? end + 1 : skipSpaces(lower, end);
    for (String u : SHARE_UNITS) {
      if (startsWord(lower, at, u)) {
        return Token.Kind.SHARES;
      }
    }
    for (String u : COUNT_UNITS) {
      if (startsWord(lower, at, u)) {
        return Token.Kind.COUNT;
      }
    }
    return null;
  }

  /** "12m" with no currency: months far more often than twelve million ("a 12m cliff"). */
  private static boolean monthsNotMillions(MoneyGrammar.Exact e) {
    return !e.ranged() && e.written().endsWith("m") && e.low().scale() <= 0
        && e.low().compareTo(BigDecimal.valueOf(60_000_000)) <= 0
        && e.low().remainder(BigDecimal.valueOf(1_000_000)).signum() == 0;
  }

  /** The word right before {@code start}, over blanks: "page" in "page 2"; empty where none is. */
  private static String wordBefore(String lower, int start) {
    int k = start;
    while (k > 0 && lower.charAt(k - 1) == ' ') {
      k--;
    }
    int w = k;
    while (w > 0 && Character.isLetter(lower.charAt(w - 1))) {
      w--;
    }
    return lower.substring(w, k);
  }

  private static boolean isYear(MoneyGrammar.Exact e, String lower) {
    if (e.written().length() != 4 || e.low().intValue() < 1900 || e.low().intValue() > 2100) {
      return false;
    }
    int k = e.start();
    while (k > 0 && lower.charAt(k - 1) == ' ') {
      k--;
    }
    int w = k;
    while (w > 0 && Character.isLetter(lower.charAt(w - 1))) {
      w--;
    }
    return YEAR_WORDS.contains(lower.substring(w, k));
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\u00a0' || s.charAt(i) == '\u202f')) {
      i++;
    }
    return i;
  }

  private static boolean startsWord(String lower, int i, String word) {
    int end = i + word.length();
    return lower.startsWith(word, i) && (end >= lower.length() || !Character.isLetter(lower.charAt(end)));
  }
}
