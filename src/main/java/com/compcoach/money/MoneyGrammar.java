package com.compcoach.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one money grammar, for guides and offers alike: a figure or range with its currency mark (before or after),
 * magnitude (K, M, million, lakh…), thousands separators and decimal mark, or a percent. Built once from the rules
 * file; thread-safe.
 *
 * <pre>
 * amount := mark? number magnitude? "%"? mark? ( dash-or-"to" mark? number magnitude? "%"? )? mark?
 * number := digits grouped by one separator (",", ".", "'", a space) | digits with a decimal fraction
 * </pre>
 *
 * <p>A figure whose one separator is followed by exactly three digits ("92.000", "1,500") could be thousands or a
 * decimal fraction. The declared {@link DecimalMark} settles it: with POINT (the default) a comma groups
 * thousands and "92.000" is flagged {@link Amount#ambiguous()}; with COMMA the reverse. A magnitude after the
 * figure ("1.250M") makes the separator a decimal mark; two separators ("1.234.567", "1.234,50") settle
 * themselves.
 */
public final class MoneyGrammar {

  private static final String SEPARATORS = ",.'\u00A0\u202F\u2009 ";

  private final Currencies currencies;
  private final Map<String, Long> magnitudes;
  private final Pattern amount;
  /** Every mark as written, and the longest one's length: what can stand before an amount's first digit. */
  private final java.util.Set<String> marks;
  private final int longestMark;

  private MoneyGrammar(Currencies currencies, Map<String, Long> magnitudes) {
    this.currencies = currencies;
    this.magnitudes = Map.copyOf(magnitudes);
    this.amount = Pattern.compile(grammar(currencies, magnitudes.keySet()));
    this.marks = java.util.Set.copyOf(currencies.marksLongestFirst());
    int longest = 2;
    for (String mark : marks) {
      if (mark.chars().anyMatch(c -> c >= '0' && c <= '9')) {
        // scan() finds an amount by its first digit, which a mark must not hold.
        throw new IllegalStateException("guide-rules.yml: the currency mark '" + mark + "' holds a digit");
      }
      longest = Math.max(longest, mark.length());
    }
    this.longestMark = longest;
  }

  private static final class Holder {
    static final MoneyGrammar STANDARD = fromRules(RulesResource.rules());
  }

  /** The grammar of {@code guide-rules.yml}. */
  public static MoneyGrammar standard() {
    return Holder.STANDARD;
  }

  static MoneyGrammar fromRules(Map<String, Object> rules) {
    Map<String, Long> magnitudes = new HashMap<>();
    if (rules.get("magnitudes") instanceof Map<?, ?> m) {
      m.forEach((k, v) -> magnitudes.put(k.toString().toLowerCase(Locale.ROOT), ((java.lang.Number) v).longValue()));
    }
    return new MoneyGrammar(Currencies.fromRules(rules), magnitudes);
  }

  /** The currencies this grammar knows. */
  public Currencies currencies() {
    return currencies;
  }

  /**
   * What every figure in a text is, left to right, for readers of offers and letters: {@link Token.Money} exact to
   * the cent with its currency (settled by the context where the mark is shared), period, range and sign;
   * {@link Token.Percent}; or {@link Token.Other} for dates, times, years, phone numbers, counts, share counts,
   * schedules and exponents, which are never money. Digits glued to a word ("409A", "L5") are no figure at all.
   * A range is returned as a range: a guide reads it as a band, an offer or a letter asks which figure it is.
   */
  public List<Token> read(String text, Token.Context context) {
    return new TokenReader(this).read(text, context);
  }

  /** Every figure, range or percent in a text, marked or not, left to right. */
  public List<Amount> scan(String text, DecimalMark decimal) {
    List<Amount> out = new ArrayList<>();
    // What Matcher.find() finds, without trying the grammar at every position of the text, which cost more than
    // the rest of reading a guide. An amount's number starts at a digit, and a mark holds none, so the next
    // amount's number starts at the next digit, and the amount there or where a mark (and one space) ends at that
    // digit. Those starts are tried left to right, each as find() would try it (transparent bounds: the
    // look-behind still sees the text before it).
    Matcher m = amount.matcher(text).useTransparentBounds(true);
    int from = 0;
    int digit = nextDigit(text, from);
    while (digit >= 0) {
      int found = -1;
      for (int start = Math.max(from, digit - longestMark - 1); start <= digit && found < 0; start++) {
        if (markEndsAt(text, start, digit) && m.region(start, text.length()).lookingAt()) {
          found = start;
        }
      }
      if (found >= 0) {
        Amount a = read(text, m, decimal);
        if (a != null) {
          out.add(a);
        }
        from = m.end();
      } else {
        from = digit + 1;
      }
      digit = nextDigit(text, from);
    }
    return out;
  }

  private static int nextDigit(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return i;
      }
    }
    return -1;
  }

  /** Whether the text from {@code start} to the digit is nothing, or a mark and at most one space. */
  private boolean markEndsAt(String text, int start, int digit) {
    if (start == digit) {
      return true;
    }
    return isMark(text, start, digit) || digit - 1 > start && isSpace(text.charAt(digit - 1))
        && isMark(text, start, digit - 1);
  }

  private boolean isMark(String text, int start, int end) {
    int cp = text.codePointAt(start);
    if (Character.charCount(cp) == end - start && Character.getType(cp) == Character.CURRENCY_SYMBOL) {
      return true;
    }
    return end - start <= longestMark && marks.contains(text.substring(start, end));
  }

  /** The regex {@code \s}. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The one amount a whole text is ("$180K", "180,000 USD", "15%"), or empty when it is not exactly one. */
  public Optional<Amount> parse(String text, DecimalMark decimal) {
    String t = text.strip();
    Matcher m = amount.matcher(t);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.ofNullable(read(t, m, decimal));
  }

  private Amount read(String text, Matcher m, DecimalMark decimal) {
    Exact e = exact(text, m, decimal);
    try {
      return new Amount(e.written(), e.start(), e.end(), e.mark(), e.mark() == null ? null
          : currencies.ofMark(e.mark()).orElse("?"), whole(e.low()), whole(e.high()), e.percent(), e.ranged(),
          e.magnitude(), e.ambiguous());
    } catch (ArithmeticException ex) {
      // Beyond a long ("$99999999999999B"): not a pay figure anyone wrote on purpose.
      return null;
    }
  }

  /**
   * One match read exactly: magnitudes applied, cents kept. {@code lowWritten} and {@code highWritten} are the two
   * figures of a range as written, null for a single figure.
   */
  record Exact(String written, int start, int end, String mark, BigDecimal low, BigDecimal high, String lowWritten,
      String highWritten, boolean percent, boolean ranged, boolean magnitude, boolean ambiguous) {}

  /** The match the grammar makes at each figure of a text. */
  Matcher matcher(CharSequence text) {
    return amount.matcher(text);
  }

  Exact exact(String text, Matcher m, DecimalMark decimal) {
    String mark = first(m, "m1", "a1", "m2", "a2");
    // "$120,000 CAD": a code that names one currency settles a mark several share.
    if (currencies.shared(mark)) {
      for (String g : new String[] {"a1", "m2", "a2"}) {
        if (m.group(g) != null && !currencies.shared(m.group(g).strip())) {
          mark = m.group(g).strip();
          break;
        }
      }
    }
    boolean percent = m.group("p1") != null || m.group("p2") != null;
    boolean ranged = m.group("n2") != null;
    long scale1 = scale(m.group("g1"));
    long scale2 = ranged ? scale(m.group("g2")) : scale1;
    // "$190–240K": a magnitude written once, after the second figure, applies to both.
    if (ranged && scale1 == 0) {
      scale1 = scale2;
    }
    if (ranged && scale2 == 0) {
      scale2 = scale1;
    }
    // "1,200万": a count of ten-thousands groups its digits as any number does; "1.250M" is a decimal.
    Number n1 = number(m.group("n1"), decimal, scale1 != 0 && !ideographic(m.group("g1"), m.group("g2")));
    Number n2 = ranged ? number(m.group("n2"), decimal, scale2 != 0 && !ideographic(m.group("g2"), m.group("g1"))) : n1;
    String written = m.group().strip();
    int start = m.start() + (m.group().length() - m.group().stripLeading().length());
    String lowWritten = ranged ? text.substring(start, m.start("d")).strip() : null;
    String highWritten = ranged ? text.substring(m.end("d"), start + written.length()).strip() : null;
    return new Exact(written, start, start + written.length(), mark, scaled(n1.value(), scale1),
        scaled(n2.value(), scale2), lowWritten, highWritten, percent, ranged, scale1 != 0 || scale2 != 0,
        n1.ambiguous() || n2.ambiguous());
  }

  /** Whether the magnitude written (or, where none, the other figure's) is an ideograph such as 万. */
  private static boolean ideographic(String magnitude, String other) {
    String w = magnitude != null ? magnitude : other;
    return w != null && Character.isIdeographic(w.codePointAt(0));
  }

  private static String first(Matcher m, String... groups) {
    for (String g : groups) {
      if (m.group(g) != null) {
        return m.group(g).strip();
      }
    }
    return null;
  }

  private long scale(String word) {
    if (word == null) {
      return 0;
    }
    return magnitudes.getOrDefault(word.toLowerCase(Locale.ROOT), 0L);
  }

  /** A number as a decimal, and whether its separator could be read either way. */
  private record Number(BigDecimal value, boolean ambiguous) {}

  private static Number number(String written, DecimalMark decimal, boolean magnitude) {
    List<Integer> seps = new ArrayList<>();
    for (int i = 0; i < written.length(); i++) {
      if (SEPARATORS.indexOf(written.charAt(i)) >= 0) {
        seps.add(i);
      }
    }
    if (seps.isEmpty()) {
      return new Number(new BigDecimal(written), false);
    }
    int last = seps.get(seps.size() - 1);
    char lastSep = written.charAt(last);
    int fraction = written.length() - last - 1;
    boolean mixed = seps.stream().anyMatch(i -> written.charAt(i) != lastSep);
    boolean decimalLast;
    boolean ambiguous = false;
    if (mixed) {
      decimalLast = lastSep == '.' || lastSep == ',';
    } else if (seps.size() > 1) {
      decimalLast = false;
    } else if (lastSep != '.' && lastSep != ',') {
      decimalLast = false;
    } else if (fraction != 3) {
      decimalLast = true;
    } else if (magnitude) {
      decimalLast = true;
    } else {
      char declaredDecimal = decimal == DecimalMark.COMMA ? ',' : '.';
      decimalLast = lastSep == declaredDecimal;
      // Read as the declared mark says, and flagged: the caller decides whether that can stand.
      ambiguous = decimalLast;
    }
    StringBuilder digits = new StringBuilder(written.length());
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (Character.isDigit(c)) {
        digits.append(c);
      } else if (i == last && decimalLast) {
        digits.append('.');
      }
    }
    return new Number(new BigDecimal(digits.toString()), ambiguous);
  }

  /** The value times its magnitude; "1.2 million" is 1200000, not 1200000.0 (cents are kept only as written). */
  private static BigDecimal scaled(BigDecimal value, long scale) {
    if (scale == 0) {
      return value;
    }
    BigDecimal v = value.multiply(BigDecimal.valueOf(scale)).stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }

  private static long whole(BigDecimal value) {
    return value.setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  /** The first character of each word, upper and lower case, as the inside of a character class. */
  private static String firstCharacters(java.util.Collection<String> words) {
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      int c = w.codePointAt(0);
      for (int variant : new int[] {c, Character.toLowerCase(c), Character.toUpperCase(c)}) {
        out.append("\\x{").append(Integer.toHexString(variant)).append('}');
      }
    }
    return out.toString();
  }

  private static String grammar(Currencies currencies, java.util.Set<String> magnitudeWords) {
    StringBuilder marks = new StringBuilder();
    for (String mark : currencies.marksLongestFirst()) {
      String q = Pattern.quote(mark);
      // A mark made of letters stands apart from words: "USD 180K", not "TUSD180".
      // An ideograph ("円" after "万") is a word of its own.
      boolean letters = Character.isLetter(mark.charAt(0)) && !Character.isIdeographic(mark.charAt(0));
      boolean endsInLetter = Character.isLetter(mark.charAt(mark.length() - 1))
          && !Character.isIdeographic(mark.charAt(mark.length() - 1));
      marks.append(marks.length() > 0 ? "|" : "")
          .append(letters ? "(?<![\\p{L}])" : "").append(q).append(endsInLetter ? "(?![\\p{L}])" : "");
    }
    marks.append("|\\p{Sc}");
    List<String> words = new ArrayList<>(magnitudeWords);
    words.sort((a, b) -> b.length() - a.length());
    StringBuilder mags = new StringBuilder();
    for (String w : words) {
      // "万円": an ideograph stands apart from what follows it without a space, so only a letter-written
      // magnitude ("k", "lakh") needs no letter after it.
      boolean ideograph = Character.isIdeographic(w.codePointAt(0));
      mags.append(mags.length() > 0 ? "|" : "").append(Pattern.quote(w)).append(ideograph ? "" : "(?![\\p{L}])");
    }
    // Each alternation behind a look-ahead at the characters its words start with: the regex would otherwise try
    // every mark (four times an amount) and every magnitude after every figure before giving up on them.
    String mark = "(?=[" + firstCharacters(currencies.marksLongestFirst()) + "\\p{Sc}])(?:" + marks + ")";
    String mag = "(?i:(?=[" + firstCharacters(words) + "])(?:" + mags + "))";
    // Digits grouped by one separator, optionally a fraction with the other; else plain digits with a fraction.
    // Indian grouping first ("₹65,00,000", "1,20,00,000"): groups of two before the last three, never western.
    String number = "(?:\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d{1,2})?(?![\\d])"
        + "|\\d{1,3}(?:[,.'\\u00A0\\u202F\\u2009]\\d{3})+(?:[.,]\\d{1,2})?(?![\\d])"
        + "|\\d{1,3}(?: \\d{3})+(?:[.,]\\d{1,2})?(?!\\d|[.,]\\d)"
        + "|\\d+(?:[.,]\\d+)?)";
    // "〜" and "～" are how Japanese writes a range ("900万円〜1,200万円").
    String dash = "(?:\\s*(?:[–—‒−\\-〜～]|\\bto\\b)\\s*)";
    int longestMark = currencies.marksLongestFirst().get(0).length();
    // Every figure has a digit within a mark's length of where it starts: prose without one is skipped at the cost
    // of a character class, instead of trying every mark at every character.
    return "(?=\\D{0," + (longestMark + 1) + "}\\d)(?<![\\p{L}\\p{N}_.,])"
        + "(?:(?<m1>" + mark + ")\\s?)?"
        + "(?<n1>" + number + ")(?:\\s?(?<g1>" + mag + "))?(?<p1>\\s?%)?"
        + "(?:\\s?(?<a1>" + mark + "))?"
        + "(?:(?<d>" + dash + ")(?:(?<m2>" + mark + ")\\s?)?"
        + "(?<n2>" + number + ")(?:\\s?(?<g2>" + mag + "))?(?<p2>\\s?%)?"
        + "(?:\\s?(?<a2>" + mark + "))?)?"
        + "(?![\\p{N}])";
  }
}
