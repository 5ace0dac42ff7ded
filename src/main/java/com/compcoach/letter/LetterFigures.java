package com.compcoach.letter;

import com.compcoach.money.DecimalMark;
import com.compcoach.money.MoneyGrammar;
import com.compcoach.money.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The figures of one sentence of a letter, as the project's money grammar reads them: money with its currency
 * ("£85,000.00", "€ 95.000,00", "CAD $120,000", "95 000 EUR", "$180K"), percentages ("15%", "10 per cent") and
 * counts ("20,000 shares"). Dates ("March 1-15", "1/3/2027"), times and phone numbers are not figures.
 */
final class LetterFigures {

  /** A "$" with no country: the reader decides which dollar from the rest of the letter. */
  static final String BARE_DOLLAR = "$";

  private static final MoneyGrammar GRAMMAR = MoneyGrammar.standard();
  /** A letter is a typed document: "€95.000" groups thousands, whatever the letter declares. */
  private static final Token.Context THOUSANDS = new Token.Context(DecimalMark.COMMA, null);

  /** A figure no letter means as money: a trillion in any currency (a won salary is under a billion). */
  static final java.math.BigDecimal NO_PAY_IS_THIS_LARGE = java.math.BigDecimal.TEN.pow(12);

  private LetterFigures() {}

  /**
   * Every figure in the sentence, in order; a range is one figure that says so ({@link Amount#range()}), except a
   * change "from" one figure "to" another ("will increase from $165,000 to $185,000"), which is two figures: the one
   * replaced and the new one.
   */
  static List<Amount> find(String s) {
    List<Amount> found = new ArrayList<>();
    for (Token t : GRAMMAR.read(s, Token.Context.PLAIN)) {
      if (t instanceof Token.Money m && m.amount().abs().compareTo(NO_PAY_IS_THIS_LARGE) >= 0) {
        // "$999999999999999999999999": no pay, grant or price is written so; left unread, so the field it would
        // fill is asked about, never shown or summed (a long could not hold it).
        continue;
      }
      if (t instanceof Token.Money m) {
        // "$0.001 per share" is a tenth of a cent: a zero before the point groups no thousands.
        Token.Money read = m.ambiguous() && !leadingZero(m.written()) ? thousands(s, m) : m;
        String currency = currency(read);
        if (!read.ranged() || !change(s, t, read.range(), currency, false, read.magnitude(), found)) {
          found.add(new Amount(read.amount(), currency, false, t.start(), t.end(), read.ranged() ? t.written() : null,
              read.ranged() ? read.range().high() : null, read.magnitude()));
        }
      } else if (t instanceof Token.Percent p) {
        if (p.range() == null || !change(s, t, p.range(), null, true, false, found)) {
          found.add(new Amount(p.value(), null, true, t.start(), t.end(), p.range() != null ? t.written() : null,
              p.range() != null ? p.range().high() : null, false));
        }
      } else if (t instanceof Token.Other o && o.value() != null
          && (o.kind() == Token.Kind.SHARES || o.kind() == Token.Kind.COUNT)) {
        found.add(new Amount(o.value(), null, false, o.start(), o.end(), false));
      }
    }
    return found;
  }

  /** A verb of change before "from": "increases from", "will rise from", "(revised from". */
  private static final Pattern CHANGE_FROM = Pattern.compile(
      "(?i)(?:\\b(?:increas(?:e|es|ed|ing)|ris(?:e|es|ing)|rose|rais(?:e|es|ed|ing)|chang(?:e|es|ed|ing)|go(?:es|ing)?|"
          + "went|mov(?:e|es|ed|ing)|grow(?:s|ing)?|grew|revised|adjust(?:s|ed|ing)?|up|step(?:s|ped)?\\s+up|bump(?:s|ed)?)"
          // "increasing your base from $140k to $155k": a few words may stand between the verb and "from".
          + "(?:\\s+(?!from\\b)[\\p{L}']+){0,3}?\\s+|\\(\\s*)from\\s*$");

  /**
   * A range written as a change ("increases from 10% to 15%"): its two ends added as two figures, the old then the
   * new, so the reader can leave the old one out as replaced; false, and nothing added, for any other range.
   */
  private static boolean change(String s, Token t, Token.Range range, String currency, boolean percent,
      boolean magnitude, List<Amount> found) {
    String written = t.written();
    int lowAt = written.indexOf(range.lowWritten());
    int highAt = written.lastIndexOf(range.highWritten());
    if (lowAt < 0 || highAt <= lowAt) {
      return false;
    }
    String before = s.substring(Math.max(0, t.start() - 40), t.start() + lowAt);
    if (!CHANGE_FROM.matcher(before).find()) {
      return false;
    }
    int low = t.start() + lowAt;
    int high = t.start() + highAt;
    found.add(new Amount(range.low(), currency, percent, low, low + range.lowWritten().length(), magnitude));
    found.add(new Amount(range.high(), currency, percent, high, t.end(), magnitude));
    return true;
  }

  private static boolean leadingZero(String written) {
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (Character.isDigit(c)) {
        return c == '0' && i + 1 < written.length() && (written.charAt(i + 1) == '.' || written.charAt(i + 1) == ',');
      }
    }
    return false;
  }

  /** The same figure read with the point grouping thousands. */
  private static Token.Money thousands(String s, Token.Money m) {
    for (Token t : GRAMMAR.read(s.substring(m.start(), m.end()), THOUSANDS)) {
      if (t instanceof Token.Money again) {
        return new Token.Money(m.written(), m.start(), m.end(), m.mark(), m.currency(), again.amount(),
            again.range(), m.period(), m.magnitude(), m.negative(), false);
      }
    }
    return m;
  }

  /** The ISO code, or {@link #BARE_DOLLAR} for a dollar the letter's country settles. */
  private static String currency(Token.Money m) {
    if (!m.currencyUnsettled()) {
      return m.currency();
    }
    if (m.mark().endsWith("$") || m.mark().equalsIgnoreCase("dollars")) {
      return BARE_DOLLAR;
    }
    return GRAMMAR.currencies().ofMark(m.mark()).orElse(null);
  }
}
