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

  /** The word ranges ("bis", "tot", "à", "hasta", "até") a dash group may hold, told from a dash or "to". */
  /** A verb of change right before a "de X à Y": "passera de", "augmentera de", "pasará del", "aumentará de". */
  private static final Pattern CHANGES_FROM = Pattern.compile("(?iu)\\b(?:pass\\p{L}*|augment\\p{L}*|évolu\\p{L}*|"
      + "progress\\p{L}*|aument\\p{L}*|sub\\p{L}*|steigt|erhöht\\s+sich)\\s+(?:de|del|d'|von)\\s*$");
  private static final Pattern WORD_DASH = Pattern.compile("\\s(?:bis|tot|à|al?|hasta|até)\\s");

  /** A space between a figure and its mark: "88 000 €" is written with a no-break space in French and Swiss text. */
  private static final String SPACE = "[\\s\\u00A0\\u202F]";
  private static final String SEPARATORS = ",.'\u2019\u00A0\u202F\u2009 ";

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
    return scan(text, decimal, null);
  }

  /** A scanner of many texts, one after another on one thread, under one decimal mark. */
  public Scanner scanner(DecimalMark decimal) {
    return new Scanner(decimal);
  }

  /**
   * {@link #scan(String, DecimalMark)} for many texts with one matcher. Why: the amount pattern's matcher holds a
   * slot for each of its some 450 groups and look-arounds, and one made per text was a tenth of all that reading a
   * guide allocates. Not for sharing between threads.
   */
  public final class Scanner {

    private final DecimalMark decimal;
    private Matcher matcher;

    private Scanner(DecimalMark decimal) {
      this.decimal = decimal;
    }

    /** Every figure, range or percent in a text, marked or not, left to right. */
    public List<Amount> scan(String text) {
      return MoneyGrammar.this.scan(text, decimal, this);
    }

    private Matcher matcher(String text) {
      matcher = matcher == null ? amount.matcher(text).useTransparentBounds(true) : matcher.reset(text);
      return matcher;
    }
  }

  /**
   * Whether a text holds a figure with a currency mark or a percent sign: what {@link #scan} finds, stopped at the
   * first such figure. Why: a guide's first table or list is asked only whether it holds one, and scanning its every
   * figure for that was a twentieth of reading a guide.
   */
  public boolean holdsMarked(String text, DecimalMark decimal) {
    return !scan(text, decimal, null, true).isEmpty();
  }

  private List<Amount> scan(String text, DecimalMark decimal, Scanner scanner) {
    return scan(text, decimal, scanner, false);
  }

  /** Every figure in the text, left to right; with {@code firstMarked}, up to the first marked or percent figure. */
  private List<Amount> scan(String text, DecimalMark decimal, Scanner scanner, boolean firstMarked) {
    List<Amount> out = new ArrayList<>();
    // What Matcher.find() finds, without trying the grammar at every position of the text, which cost more than
    // the rest of reading a guide. An amount's number starts at a digit, and a mark holds none, so the next
    // amount's number starts at the next digit, and the amount there or where a mark (and one space) ends at that
    // digit. Those starts are tried left to right, each as find() would try it (transparent bounds: the
    // look-behind still sees the text before it).
    int from = 0;
    int digit = nextDigit(text, from);
    if (digit < 0) {
      // No figure: no matcher made (its many groups make it dear) for the many texts without one.
      return out;
    }
    // reset() keeps the transparent bounds.
    Matcher m = scanner != null ? scanner.matcher(text) : amount.matcher(text).useTransparentBounds(true);
    while (digit >= 0) {
      int found = -1;
      for (int start = Math.max(from, digit - longestMark - 1); start <= digit && found < 0; start++) {
        if (markEndsAt(text, start, digit) && !wordBefore(text, start)
            && m.region(start, text.length()).lookingAt()) {
          found = start;
        }
      }
      if (found >= 0) {
        Amount a = read(text, m, decimal);
        if (a != null) {
          out.add(a);
          if (firstMarked && (a.mark() != null || a.percent())) {
            return List.of(a);
          }
        }
        from = m.end();
      } else {
        from = digit + 1;
      }
      digit = nextDigit(text, from);
    }
    return firstMarked ? List.of() : out;
  }

  /**
   * Whether the char before {@code start} is one the grammar's look-behind {@code (?<![\p{L}\p{N}_.,])} refuses, so no
   * amount starts there. Why: the digits after the first of "L5", "2026-Q3" or "v1.2.3" were each tried with the whole
   * grammar, and setting its matcher to a region clears its some 450 groups. Half a surrogate pair is left to the
   * grammar.
   */
  private static boolean wordBefore(String text, int start) {
    if (start == 0) {
      return false;
    }
    char c = text.charAt(start - 1);
    if (c < 128) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == ',';
    }
    if (Character.isSurrogate(c)) {
      return false;
    }
    int type = Character.getType(c);
    return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** Whether a text can hold an amount at all: every amount's number has a digit 0–9. */
  public static boolean mayHoldAmount(String text) {
    return nextDigit(text, 0) >= 0;
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
    // Each group looked up once: a named group is a map lookup and a copy, and a guide reads thousands of figures.
    String a1 = m.group("a1");
    String m2 = m.group("m2");
    String a2 = m.group("a2");
    String mark = first(m.group("m1"), a1, m2, a2);
    // "$120,000 CAD": a code that names one currency settles a mark several share.
    if (currencies.shared(mark)) {
      for (String g : new String[] {a1, m2, a2}) {
        if (g != null && !currencies.shared(g.strip())) {
          mark = g.strip();
          break;
        }
      }
    }
    String g1 = m.group("g1");
    String g2 = m.group("g2");
    String n2Written = m.group("n2");
    boolean percent = m.group("p1") != null || m.group("p2") != null;
    boolean ranged = n2Written != null;
    long scale1 = scale(g1);
    long scale2 = ranged ? scale(g2) : scale1;
    // "$190–240K": a magnitude written once, after the second figure, applies to both.
    if (ranged && scale1 == 0) {
      scale1 = scale2;
    }
    if (ranged && scale2 == 0) {
      scale2 = scale1;
    }
    // "1,200万": a count of ten-thousands groups its digits as any number does; "1.250M" is a decimal.
    Number n1 = number(m.group("n1"), decimal, scale1 != 0 && !ideographic(g1, g2));
    Number n2 = ranged ? number(n2Written, decimal, scale2 != 0 && !ideographic(g2, g1)) : n1;
    String matched = m.group();
    String written = matched.strip();
    int start = m.start() + (matched.length() - matched.stripLeading().length());
    String lowWritten = ranged ? text.substring(start, m.start("d")).strip() : null;
    String highWritten = ranged ? text.substring(m.end("d"), start + written.length()).strip() : null;
    if (ranged && WORD_DASH.matcher(m.group("d")).find() && (percent
        && !percentRange(m, n1, n2, text.substring(Math.max(0, start - 30), start))
        || scaled(n2.value(), scale2).compareTo(scaled(n1.value(), scale1)) < 0)) {
      // "10 % à 100 % d'atteinte", "5 000 € à 3 mois", "15 % bis 2027": a word between two figures makes a range
      // only where money rises to money, as "68.000 € bis 82.000 €" does, or a percent to a higher one under 100
      // ("bonus de 10 % à 15 %", "5 % bis 10 %", "del 10% al 15%"); otherwise the first figure stands alone.
      String alone = lowWritten;
      return new Exact(alone, start, start + alone.length(), mark, plusTenThousands(scaled(n1.value(), scale1),
          m.group("x1")), plusTenThousands(scaled(n1.value(), scale1), m.group("x1")), null, null, m.group("p1") != null,
          false, scale1 != 0, n1.ambiguous());
    }
    return new Exact(written, start, start + written.length(), mark,
        plusTenThousands(scaled(n1.value(), scale1), m.group("x1")),
        plusTenThousands(scaled(n2.value(), scale2), ranged ? m.group("x2") : m.group("x1")), lowWritten, highWritten, percent, ranged, scale1 != 0 || scale2 != 0,
        n1.ambiguous() || n2.ambiguous());
  }

  /**
   * Whether two figures joined by a word are both percents, rising, the higher under 100: a bonus's range. Never
   * after a verb of change ("passera de 10 % à 15 %", "pasará del 10% al 15%", "steigt von 10 % auf 15 %"): the one
   * figure becomes the other over time, neither is a choice.
   */
  private static boolean percentRange(Matcher m, Number n1, Number n2, String before) {
    return !CHANGES_FROM.matcher(before).find() && m.group("p1") != null && m.group("p2") != null && n1.value().compareTo(n2.value()) < 0
        && n2.value().compareTo(BigDecimal.valueOf(100)) < 0;
  }

  /** Whether the magnitude written (or, where none, the other figure's) is an ideograph such as 万. */
  private static boolean ideographic(String magnitude, String other) {
    String w = magnitude != null ? magnitude : other;
    return w != null && ideograph(w.codePointAt(0));
  }

  private static String first(String... groups) {
    for (String g : groups) {
      if (g != null) {
        return g.strip();
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
    int separators = 0;
    int last = -1;
    for (int i = 0; i < written.length(); i++) {
      if (SEPARATORS.indexOf(written.charAt(i)) >= 0) {
        separators++;
        last = i;
      }
    }
    if (separators == 0) {
      return new Number(new BigDecimal(written), false);
    }
    char lastSep = written.charAt(last);
    int fraction = written.length() - last - 1;
    boolean mixed = false;
    for (int i = 0; i < last; i++) {
      char c = written.charAt(i);
      mixed |= c != lastSep && SEPARATORS.indexOf(c) >= 0;
    }
    boolean decimalLast;
    boolean ambiguous = false;
    if (mixed) {
      decimalLast = lastSep == '.' || lastSep == ',';
    } else if (separators > 1) {
      decimalLast = false;
    } else if (lastSep != '.' && lastSep != ',') {
      decimalLast = false;
    } else if (fraction != 3) {
      decimalLast = true;
    } else if (magnitude) {
      // "€1.250M" is 1.25 million, but "SEK 820K–1,040K" is 1,040 thousand: before a magnitude, the declared
      // decimal mark is a decimal point and the other mark groups thousands.
      decimalLast = lastSep == (decimal == DecimalMark.COMMA ? ',' : '.');
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

  /** A hundred-million figure with the ten-thousands written after it ("1억 350만" is 103,500,000). */
  private static BigDecimal plusTenThousands(BigDecimal value, String tenThousands) {
    return tenThousands == null ? value
        : value.add(new BigDecimal(tenThousands.replace(",", "")).multiply(BigDecimal.valueOf(10_000)));
  }

  private static long whole(BigDecimal value) {
    return value.setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  /** Whether a mark's end is a letter that must stand apart from words: not an ideograph, which is a word itself. */
  private static boolean standsApart(int c) {
    return Character.isLetter(c) && !ideograph(c);
  }

  /** Whether a character is a word of its own, as 万 and 円 are, and Korean's 만 and 원 (Hangul syllables). */
  private static boolean ideograph(int c) {
    return Character.isIdeographic(c) || c >= 0xAC00 && c <= 0xD7A3;
  }

  /**
   * An alternation of literal words, tried in the given order, written as one group per first character:
   * {@code USD|US$|$} becomes {@code \$(?:)|U(?:SD|S\$)}. It matches what the plain alternation matches, in the
   * same order (words with another first character could not match there), but a
   * position is tested once per first character instead of once per word: the regex tries every alternative in
   * turn, and the marks' alternation, about 80 words each behind its own look-behind, ran at every figure's start
   * and end, which made it most of the grammar's cost. {@code prefix} gives what stands before a word's first
   * character (the same for every word sharing it), {@code suffix} what follows the word.
   */
  static String byFirstCharacter(List<String> words, boolean caseInsensitive,
      java.util.function.Function<String, String> prefix, java.util.function.Function<String, String> suffix) {
    Map<String, List<String>> groups = new java.util.LinkedHashMap<>();
    for (String w : words) {
      String first = w.substring(0, Character.charCount(w.codePointAt(0)));
      // Under (?i) without UNICODE_CASE only ASCII letters fold: "K" and "k" start the same group, "É" and "é" not.
      String key = caseInsensitive && first.length() == 1 && first.charAt(0) < 128 ? first.toLowerCase(Locale.ROOT)
          : first;
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(w);
    }
    // Only the order within a group matters (two groups cannot both match at one position), so the groups whose
    // shortest word is shortest come first: "$", "€", "k" and "m" are what most figures hold.
    List<Map.Entry<String, List<String>>> ordered = new ArrayList<>(groups.entrySet());
    ordered.sort(java.util.Comparator.comparingInt(
        e -> e.getValue().stream().mapToInt(String::length).min().orElse(0)));
    StringBuilder out = new StringBuilder();
    ordered.forEach(e -> {
      String first = e.getKey();
      List<String> group = e.getValue();
      out.append(out.length() > 0 ? "|" : "").append(prefix.apply(group.get(0))).append(Pattern.quote(first))
          .append("(?:");
      for (int i = 0; i < group.size(); i++) {
        String rest = group.get(i).substring(first.length());
        out.append(i > 0 ? "|" : "").append(rest.isEmpty() ? "" : Pattern.quote(rest)).append(suffix.apply(group.get(i)));
      }
      out.append(')');
    });
    return out.toString();
  }

  /**
   * The first character of each word (and its other cases, for a case-insensitive alternation), each once, as the
   * inside of a character class; with {@code signs}, every currency sign as {@code \\p{Sc}} in place of the ones
   * the words start with. Java tests a character against each entry of a class above U+00FF in turn, and this
   * class is tested after every figure.
   */
  private static String firstCharacters(java.util.Collection<String> words, boolean caseInsensitive, boolean signs) {
    java.util.Set<Integer> firsts = new java.util.TreeSet<>();
    for (String w : words) {
      int c = w.codePointAt(0);
      firsts.add(c);
      if (caseInsensitive) {
        firsts.add(Character.toLowerCase(c));
        firsts.add(Character.toUpperCase(c));
      }
    }
    StringBuilder out = new StringBuilder();
    for (int c : firsts) {
      if (!signs || Character.getType(c) != Character.CURRENCY_SYMBOL) {
        out.append("\\x{").append(Integer.toHexString(c)).append('}');
      }
    }
    return signs ? out.append("\\p{Sc}").toString() : out.toString();
  }

  /**
   * The ten-thousands after a hundred million, as Korean and Japanese write one figure in two parts ("1억 350만원",
   * "1億2,000万円"): only right after 억 or 億.
   */
  private static String tenThousands(String group) {
    return "(?:(?<=[億억])\\s?(?<" + group + ">\\d{1,4}|\\d,\\d{3})\\s?[万만])?";
  }

  /**
   * Before a lone figure's bracketed magnitude: the figure is not a US retirement plan's section ("our 401 (k) plan",
   * spaced or not, names a plan, never $401K; "403 (b)", "457 (b)" alike). A range's end ("350 - 401 (k)") is pay.
   */
  private static final String NOT_A_PLAN = "(?<!(?<![\\p{N}.,])(?:401|403|457))";

  private static String grammar(Currencies currencies, java.util.Set<String> magnitudeWords) {
    List<String> markWords = currencies.marksLongestFirst();
    // A mark made of letters stands apart from words: "USD 180K", not "TUSD180".
    // An ideograph ("円" after "万") is a word of its own.
    String marks = byFirstCharacter(markWords, false,
        w -> standsApart(w.codePointAt(0)) ? "(?<![\\p{L}])" : "",
        w -> standsApart(w.codePointBefore(w.length())) ? "(?![\\p{L}])" : "") + "|\\p{Sc}";
    List<String> words = new ArrayList<>(magnitudeWords);
    words.sort((a, b) -> b.length() - a.length());
    // "万円": an ideograph stands apart from what follows it without a space, so only a letter-written magnitude
    // ("k", "lakh") needs no letter after it.
    String mags = byFirstCharacter(words, true, w -> "",
        // "$85,000.00 M.N." (moneda nacional), "S.p.A.": a letter and a point before another single letter is an
        // abbreviation, never a magnitude. A point before a word ("£78.5K.Paid monthly", a PDF paste that lost its
        // space) ends the sentence, and the magnitude stands. Case-sensitive: under (?i) \p{Ll} is any cased letter.
        w -> ideograph(w.codePointAt(0)) ? "" : "(?![\\p{L}]|\\.(?-i:\\p{L}(?!\\p{Ll})))");
    // Each alternation behind a look-ahead at the characters its words start with: most positions it is tried at
    // (after every figure) hold none.
    String mark = "(?=[" + firstCharacters(markWords, false, true) + "])(?:" + marks + ")";
    String mag = "(?i:(?=[" + firstCharacters(words, true, false) + "])(?:" + mags + "))";
    // Digits grouped by one separator, optionally a fraction with the other; else plain digits with a fraction.
    // Indian grouping first ("₹65,00,000", "1,20,00,000"): groups of two before the last three, never western.
    String number = "(?:\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d{1,2})?(?![\\d])"
        + "|\\d{1,3}(?:[,.'\\u2019\\u00A0\\u202F\\u2009]\\d{3})+(?:[.,]\\d{1,2})?(?![\\d])"
        + "|\\d{1,3}(?: \\d{3})+(?:[.,]\\d{1,2})?(?!\\d|[.,]\\d)"
        + "|\\d+(?:[.,]\\d+)?)";
    // "〜" and "～" are how Japanese writes a range ("900万円〜1,200万円").
    // "6,500만원 ~ 8,500만원": a tilde with spaces both sides is a range; "~40k" alone is "about".
    // "CHF 118’000.– bis 142’000.–", "de 60 000 à 72 000 €", "60.000 tot 75.000": a range in German, French,
    // Spanish, Portuguese or Dutch words.
    // "NT$95,000~115,000", "$150k~$180k": a tilde right after a figure, with no space, is a range too.
    // "R$ 9.500 a R$ 12.000" (Portuguese, Spanish, Italian "to"): "a" only before a marked figure, never "$5K a year".
    // "de 660,000 a 780,000": "a" before a figure grouping thousands, which no "a year" or "a 10% bonus" is.
    String dash = "(?:\\s*(?:[–—‒−\\-〜～]|\\bto\\b)\\s*|\\s+~\\s+|~(?=\\S)|\\s+(?:bis|tot|à|hasta|até)\\s+"
        + "|\\s+a\\s+(?=\\p{Sc}|\\p{Lu}{1,3}\\p{Sc}|\\d{1,3}(?:[.,\\u00a0\\u202f ]\\d{3})+(?![\\d.,]\\d))"
        + "|\\s+al?\\s+(?=\\d{1,2}(?:[.,]\\d{1,2})?\\s?%))";
    // "118’000.–", "1.500,–": whole francs or euros, the cents written as a dash.
    String wholeUnits = "(?:[.,][–—\\-](?!\\s*\\d))?";
    // "10 to 15 percent", "5 per cent": the word is the sign.
    String percent = "\\s?%|\\s(?=[pP])(?i:percent|per\\scent)(?![\\p{L}])";
    int longestMark = markWords.get(0).length();
    // "92 - 112 (k)": thousands in brackets of their own after the figure, apart from it, are its magnitude, as
    // "112k" is (only thousands: "4,500 (m)" may be a month's; "401(k)" and "401 (k)" are a plan).
    // Every figure has a digit within a mark's length of where it starts: prose without one is skipped at the cost
    // of a character class, instead of trying every mark at every character.
    return "(?=\\D{0," + (longestMark + 1) + "}\\d)(?<![\\p{L}\\p{N}_.,])"
        + "(?:(?<m1>" + mark + ")\\s?)?"
        + "(?<n1>" + number + ")" + wholeUnits + "(?:(?:" + NOT_A_PLAN + "\\s\\((?=(?i:k|thousands?)\\))|\\s?)(?<g1>" + mag + ")(?:(?<=\\((?i:k|thousands?))\\))?)?" + tenThousands("x1") + "(?<p1>" + percent + ")?"
        + "(?:" + SPACE + "?(?<a1>" + mark + "))?"
        + "(?:(?<d>" + dash + ")(?:(?<m2>" + mark + ")\\s?)?"
        + "(?<n2>" + number + ")" + wholeUnits + "(?:(?:" + "\\s\\((?=(?i:k|thousands?)\\))|\\s?)(?<g2>" + mag + ")(?:(?<=\\((?i:k|thousands?))\\))?)?" + tenThousands("x2") + "(?<p2>" + percent + ")?"
        + "(?:" + SPACE + "?(?<a2>" + mark + "))?)?"
        + "(?![\\p{N}])";
  }
}
