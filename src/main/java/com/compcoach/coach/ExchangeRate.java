package com.compcoach.coach;

import com.compcoach.money.Currencies;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exchange rate the user gave ("assume 1 gbp = 1.27 usd", "£1 = $1.27", "1.27 usd per gbp", "at a rate of 1.27"),
 * the only way a competing offer in another currency is weighed: the coach never makes one up.
 *
 * @param from the currency one unit of which is worth {@code rate} of {@code to}, or null when only the rate was said
 * @param to   the currency the rate is in, or null when only the rate was said
 */
record ExchangeRate(String from, String to, BigDecimal rate) {

  /** A currency as written in a rate: a mark, a code or a word; {@link #code} says which currency, if any. */
  private static final String UNIT = "([£€$¥₹₩₪]|[a-z]{1,3}\\$|[a-z]+)";
  /** Singulars and slang a rate is said in ("a pound is 1.27 dollars", "a quid"), by the rules' name for them. */
  private static final Map<String, String> SPOKEN = Map.of("pound", "pounds", "quid", "pounds", "euro", "euros",
      "franc", "francs", "buck", "dollars", "bucks", "dollars", "dollar", "dollars");
  private static final Currencies CURRENCIES = Currencies.standard();
  private static final String NUMBER = "(\\d{1,4}(?:[.,]\\d{1,6})?)";
  /** "1 gbp = 1.27 usd", "£1 = $1.27", "1 gbp is about 1.27 usd", "a pound is 1.27 dollars". */
  private static final Pattern ONE_IS = Pattern.compile("(?:\\b(?:1\\s*|(?:one|a|an)\\s+)" + UNIT + "|" + UNIT + "\\s*1\\b)"
      + "\\s*(?:=|≈|~|is|to|equals|is worth|is about|is around|buys|gets)\\s*(?:about\\s+|around\\s+|roughly\\s+)?"
      + "(?:" + UNIT + "\\s*)?" + NUMBER + "\\s*" + UNIT + "?");
  /** "1.27 usd per gbp", "1.27 dollars to the pound", "1.27 usd/gbp". */
  private static final Pattern PER = Pattern.compile(NUMBER + "\\s*" + UNIT + "\\s*(?:per|to the|to a|for a|for each|"
      + "/)\\s*" + UNIT);
  /** "gbp/usd 1.27", "gbp to usd is 1.27", "gbp-usd at 1.27". */
  private static final Pattern PAIR = Pattern.compile("\\b" + UNIT + "\\s*(?:/|-|to)\\s*" + UNIT
      + "\\s*(?:rate\\s*)?(?:is|=|at|of|:)?\\s*(?:about\\s+|around\\s+)?" + NUMBER + "(?![\\d%kK])");
  /** "use a rate of 1.27", "exchange rate is 1.27", "fx 1.27": the rate alone, from their currency to the band's. */
  private static final Pattern RATE_ALONE = Pattern.compile("\\b(?:exchange rate|fx rate|conversion rate|fx"
      + "|(?:at|use|using) (?:a|the) rate)" + "(?:\\s+(?:today|now|right now))?\\s*(?:is|=|of|at|:)?\\s*(?:about\\s+|around\\s+|roughly\\s+)?" + NUMBER + "(?![\\d%kK])"
      // "the rate is 1.08", "rate's about 0.73": the bare word only with a decimal figure that is not pay by the hour
      // ("the rate is $90/hr", "my rate is 95" are a contractor's pay).
      + "|(?:^|[.!?,;]\\s*|\\b(?:the|a|that|todays?|today's)\\s+)rate(?:\\s+(?:today|now|right now))?(?:\\s+(?:is|was|would be|of|at)|'s|\\s*[=:])"
      // "1,250" is a thousand and more ("the rate is 1,250 a day"), never a decimal comma.
      + "\\s*(?:about\\s+|around\\s+|roughly\\s+|like\\s+)?(\\d{1,3}(?:\\.\\d{1,6}|,(?!\\d{3}(?!\\d))\\d{1,6}))"
      + "(?![\\d%kK]|\\s*(?:/|an? hour|a day|per|hr|hourly|daily))");
  /**
   * "use 1.27", "ok call it 1.27" sent as its own sentence: a decimal and nothing after it but the message's end
   * ("use 1.5 months" or "use 1.27k" are no rate). A rate only while figures in another currency wait for one (see
   * {@link #awaited}); in a thread held in the band's currency "go with 192.5" is the user's figure.
   */
  private static final Pattern SAID_ALONE = Pattern.compile("(^|[.!?]\\s+)\\s*(?:ok\\s+|okay\\s+|so\\s+)?"
      + "(?:use|call it|lets use|let's use|go with)\\s+(\\d{1,3}\\.\\d{1,6})\\s*[.!]?\\s*$", Pattern.CASE_INSENSITIVE);

  /** "use 0.73 for usd", "at 0.73 to usd": the rate from their currency into the one named. */
  private static final Pattern USE_FOR = Pattern.compile("\\b(?:use|using|at|rate of|rate is)\\s+" + NUMBER
      + "\\s+(?:for|to|into|in)\\s+" + UNIT + "\\b");

  /** The rate a message gives, or null; a dollar sign or "dollars" is {@code dollar} (the band's or the US dollar). */
  static ExchangeRate read(String message, String dollar) {
    String lower = message.toLowerCase(Locale.ROOT);
    Matcher m = ONE_IS.matcher(lower);
    while (m.find()) {
      ExchangeRate rate = of(code(m.group(1) != null ? m.group(1) : m.group(2), dollar),
          code(m.group(5) != null ? m.group(5) : m.group(3), dollar), m.group(4));
      if (rate != null) {
        return rate;
      }
    }
    m = PER.matcher(lower);
    while (m.find()) {
      ExchangeRate rate = of(code(m.group(3), dollar), code(m.group(2), dollar), m.group(1));
      if (rate != null) {
        return rate;
      }
    }
    m = PAIR.matcher(lower);
    while (m.find()) {
      ExchangeRate rate = of(code(m.group(1), dollar), code(m.group(2), dollar), m.group(3));
      if (rate != null) {
        return rate;
      }
    }
    m = USE_FOR.matcher(lower);
    while (m.find()) {
      String to = code(m.group(2), dollar);
      if (to != null) {
        return new ExchangeRate(null, to, new BigDecimal(m.group(1).replace(',', '.')));
      }
    }
    m = RATE_ALONE.matcher(lower);
    return m.find() ? new ExchangeRate(null, null,
        new BigDecimal((m.group(1) != null ? m.group(1) : m.group(2)).replace(',', '.'))) : null;
  }

  /**
   * The reply to figures in another currency that wait for their rate, with a figure said alone ("use 1.27") written
   * as the rate it is there ("exchange rate 1.27"), so it is read and blanked as one; the reply as it was otherwise.
   * Callers pass only such replies: the gate is theirs, since only they know what the thread holds.
   */
  static String awaited(String reply) {
    Matcher m = SAID_ALONE.matcher(reply);
    return m.find() ? reply.substring(0, m.start()) + m.group(1) + "exchange rate " + m.group(2) : reply;
  }

  /**
   * The message with each exchange rate in it blanked ("1 cad = 0.73 usd"): a rate's figures are no pay, and a
   * rate said alone is no offer in another currency.
   */
  static String blanked(String message) {
    if (message.indexOf('=') < 0
        && !message.toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:is|to|per|equals|buys|gets|for|rate|fx)\\b.*")) {
      return message;
    }
    String lower = message.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(message);
    blank(out, ONE_IS.matcher(lower), m -> of(code(m.group(1) != null ? m.group(1) : m.group(2), "USD"),
        code(m.group(5) != null ? m.group(5) : m.group(3), "USD"), m.group(4)));
    blank(out, PER.matcher(lower), m -> of(code(m.group(3), "USD"), code(m.group(2), "USD"), m.group(1)));
    blank(out, PAIR.matcher(lower), m -> of(code(m.group(1), "USD"), code(m.group(2), "USD"), m.group(3)));
    blank(out, USE_FOR.matcher(lower), m -> code(m.group(2), "USD") == null ? null
        : new ExchangeRate(null, code(m.group(2), "USD"), BigDecimal.ONE));
    // "the rate is 1.08", "fx 1.27": a rate said alone is no figure either.
    blank(out, RATE_ALONE.matcher(lower), m -> new ExchangeRate(null, null, BigDecimal.ONE));
    return out.toString();
  }

  /** Blanks each match that {@code rate} reads as a rate. */
  private static void blank(StringBuilder out, Matcher m, java.util.function.Function<Matcher, ExchangeRate> rate) {
    while (m.find()) {
      if (rate.apply(m) != null) {
        for (int i = m.start(); i < m.end(); i++) {
          out.setCharAt(i, ' ');
        }
      }
    }
  }

  /** The rate, or null when the word in the first currency's place names none ("1 year is 2"), or both are one. */
  private static ExchangeRate of(String from, String to, String number) {
    BigDecimal rate = new BigDecimal(number.replace(',', '.'));
    if (from == null || rate.signum() <= 0 || from.equals(to)) {
      return null;
    }
    return new ExchangeRate(from, to, rate);
  }

  /** The currency a written unit names: "$" and dollars are {@code dollar}; null when it names none. */
  private static String code(String written, String dollar) {
    if (written == null) {
      return null;
    }
    String word = SPOKEN.getOrDefault(written, written);
    if (word.equals("$") || word.equals("dollars")) {
      return dollar;
    }
    return CURRENCIES.ofWord(word).orElse(null);
  }

  /**
   * How many units of {@code band} one unit of {@code foreign} is worth by this rate, or null when the rate names
   * other currencies: a rate said alone is read from their currency to the band's, and said back so.
   */
  BigDecimal perUnit(String foreign, String band) {
    if (from == null && (to == null || band.equals(to))) {
      return rate;
    }
    if (foreign.equals(from) && (to == null || band.equals(to))) {
      return rate;
    }
    if (band.equals(from) && (to == null || foreign.equals(to))) {
      return BigDecimal.ONE.divide(rate, 6, RoundingMode.HALF_UP);
    }
    return null;
  }
}
