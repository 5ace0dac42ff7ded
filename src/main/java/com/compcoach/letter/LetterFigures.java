package com.compcoach.letter;

import com.compcoach.money.DecimalMark;
import com.compcoach.money.MoneyGrammar;
import com.compcoach.money.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

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

  private LetterFigures() {}

  /**
   * Every figure in the sentence, in order. Both ends of a range are given, so a field that takes one sees two
   * figures and asks which one the letter means instead of picking one.
   */
  static List<Amount> find(String s) {
    List<Amount> found = new ArrayList<>();
    for (Token t : GRAMMAR.read(s, Token.Context.PLAIN)) {
      if (t instanceof Token.Money m) {
        Token.Money read = m.ambiguous() ? thousands(s, m) : m;
        String currency = currency(read);
        add(found, read.amount(), read.range(), currency, false, t);
      } else if (t instanceof Token.Percent p) {
        add(found, p.value(), p.range(), null, true, t);
      } else if (t instanceof Token.Other o && o.value() != null
          && (o.kind() == Token.Kind.SHARES || o.kind() == Token.Kind.COUNT)) {
        found.add(new Amount(o.value(), null, false, o.start(), o.end()));
      }
    }
    return found;
  }

  private static void add(List<Amount> found, BigDecimal value, Token.Range range, String currency, boolean percent,
                          Token t) {
    found.add(new Amount(value, currency, percent, t.start(), t.end()));
    if (range != null) {
      found.add(new Amount(range.high(), currency, percent, t.start(), t.end()));
    }
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
