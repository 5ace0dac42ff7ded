package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.compcoach.guide.LeverAmount.Reference;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Holds the lever keywords of guide-rules.yml to their table, written here independently as a regular expression:
 * the nearest keyword of a clause and the keyword right after a figure are the same on random text.
 */
class LeverKeywordsTest {

  /** The keyword table of LeverAmounts, as a regular expression over lowercased text. */
  private static final Pattern TABLE = Pattern.compile(
      "(?=[sryowcbemtp])\\b(?:(?<signon>sign[- ]?on(?: bonus)?|signing bonus)"
          + "|(?<other>refresh(?:es| grants?)?|year\\s*\\d+|within|step-ups?|stipend|relocation|milestone)"
          + "|(?<market>competing offers?|offers? (?:in|from)\\b|current (?:offer|package|pay|comp\\w*)"
          + "|best (?:coastal |competing )?offers?|evaluating offers|offers\\b"
          + "|market|benchmark\\w*|comparable|equivalent|closest analog)"
          + "|(?<base>base(?: salary)?)"
          + "|(?<stock>rsus?|stock|equity)"
          + "|(?<bonus>bonus(?:es)?)"
          + "|(?<total>total comp(?:ensation)?|tc\\b|total|targeting|target|package|offer\\b))");

  private static final List<String> PIECES = List.of(
      "sign", "-", " ", "on", " bonus", "signing bonus", "refresh", "es", " grant", "s", "year", "  ", "2", "\t",
      "within", "step-up", "stipend", "relocation", "milestone", "competing offer", "offer", "offers", " in", " from",
      "in", "side", "current ", "package", "pay", "comp", "ensation", "best ", "coastal ", "competing ", "evaluating",
      "market", "ing", "benchmark", "comparable", "equivalent", "closest analog", "base", " salary", "rsu", "stock",
      "equity", "bonus", "total", "total comp", "tc", "target", "targeting", "x", "_", "é", "\u0301", ".", ",", "(",
      "$", "5", "TC", "Offer");

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.of(PIECES).list().ofMaxSize(12).map(pieces -> String.join("", pieces));
  }

  @Property(tries = 20_000)
  void nearest_randomText_isTheLastKeywordTheTableFinds(@ForAll("text") String text) {
    Matcher m = TABLE.matcher(text);
    Reference last = null;
    while (m.find()) {
      last = reference(m);
    }
    assertEquals(last, LeverAmounts.nearest(text), text);
  }

  @Property(tries = 20_000)
  void keywordAt_start_isWhatTheTableFindsThere(@ForAll("text") String text) {
    Matcher m = TABLE.matcher(text);
    LeverAmounts.Keyword expected = m.lookingAt() ? new LeverAmounts.Keyword(reference(m), m.end()) : null;
    assertEquals(expected, text.isEmpty() ? null : LeverAmounts.keywordAt(text, 0), text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a sign-on bonus of | SIGN_ON", "year 2 refresh at | OTHER", "competing offers from | MARKET",
      "offer in | MARKET", "an offer | TOTAL", "their current offering | MARKET", "base salary of | BASE", "rsus at | STOCK",
      "bonuses of | BONUS", "total compensation of | TOTAL", "marketing budget | MARKET"})
  void nearest_phrase_givesItsReference(String clause, Reference expected) {
    assertEquals(expected, LeverAmounts.nearest(clause));
  }

  private static Reference reference(Matcher m) {
    if (m.group("signon") != null) {
      return Reference.SIGN_ON;
    }
    if (m.group("other") != null) {
      return Reference.OTHER;
    }
    if (m.group("market") != null) {
      return Reference.MARKET;
    }
    if (m.group("base") != null) {
      return Reference.BASE;
    }
    if (m.group("stock") != null) {
      return Reference.STOCK;
    }
    if (m.group("bonus") != null) {
      return Reference.BONUS;
    }
    return Reference.TOTAL;
  }
}
