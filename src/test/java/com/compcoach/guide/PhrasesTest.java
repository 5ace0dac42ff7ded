package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Phrases finds what the rules file's phrases mean as whole words, case-insensitively: held here to the regular
 * expression that states it (longest phrase first, a word boundary on each side that starts or ends with a letter
 * or digit), match for match on random text.
 */
class PhrasesTest {

  private static final List<String> WORDS = List.of("pay", "pay bands", "bands", "per year", "/yr", "p.a.", "4yr",
      "sign-on", "tc", "k", "€", "total comp", "total", "a year");
  private static final Phrases PHRASES = new Phrases(WORDS);
  private static final Pattern REGEX = regex(WORDS);

  private static final List<String> PIECES = List.of("pay", "PAY", "Pay", " ", "bands", "Bands", "per", " year",
      "/yr", "/YR", "p.a.", "P.A.", "4yr", "4", "sign", "-on", "tc", "TC", "k", "K", "\u212A", "€", "total", " comp",
      "a", "é", "ß", "İ", "x", "_", "٣", "\uD835\uDC00", ".", ",", "\n", "$", "5");

  @Provide
  Arbitrary<String> text() {
    return texts();
  }

  /** Random texts of pieces that make and break the phrases: cases, folds, word and non-word neighbours. */
  static Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(10).map(pieces -> String.join("", pieces));
  }

  @Property(tries = 20_000)
  void everyQuery_randomText_answersAsTheRegexWould(@ForAll("text") String text) {
    Matcher m = REGEX.matcher(text);
    List<int[]> matches = new ArrayList<>();
    while (m.find()) {
      matches.add(new int[] {m.start(), m.end()});
    }
    assertEquals(!matches.isEmpty(), PHRASES.in(text), text);
    assertEquals(matches.stream().mapToInt(r -> r[1] - r[0]).max().orElse(0), PHRASES.longest(text), text);
    assertEquals(!matches.isEmpty() && matches.get(0)[0] == 0, PHRASES.startsWith(text), text);
  }

  @Test
  void in_phraseInsideAWord_isNoMatchButAtItsEdgesIs() {
    assertFalse(PHRASES.in("repay"));
    assertFalse(PHRASES.in("payroll"));
    assertTrue(PHRASES.in("(pay)"));
    assertTrue(PHRASES.in("$120K/yr"));
  }

  @Test
  void longest_overlappingPhrases_takesTheLongestAtTheLeftmostPlace() {
    assertEquals("pay bands".length(), PHRASES.longest("Our Pay Bands"));
    assertEquals("total comp".length(), PHRASES.longest("TOTAL COMP, total"));
  }

  @Test
  void in_kelvinSignForK_matchesAsUnicodeCaseFoldingDoes() {
    assertTrue(PHRASES.in("120 \u212A"));
  }

  static Pattern regex(List<String> phrases) {
    List<String> sorted = new ArrayList<>(phrases);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder alternation = new StringBuilder();
    for (String p : sorted) {
      alternation.append(alternation.length() > 0 ? "|" : "")
          .append(Character.isLetterOrDigit(p.charAt(0)) ? "(?<![\\p{L}\\p{N}])" : "")
          .append(Pattern.quote(p))
          .append(Character.isLetterOrDigit(p.charAt(p.length() - 1)) ? "(?![\\p{L}\\p{N}])" : "");
    }
    return Pattern.compile(alternation.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
