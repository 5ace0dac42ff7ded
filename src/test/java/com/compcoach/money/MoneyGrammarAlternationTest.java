package com.compcoach.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The grammar's mark and magnitude alternations, grouped by first character for speed, match what the plain
 * alternation of the rules file's words matches, in the same order: held to it on random text, at every position,
 * with continuations that make the regex backtrack into the alternation for a later word.
 */
class MoneyGrammarAlternationTest {

  private static final List<String> MARKS = Currencies.standard().marksLongestFirst();
  private static final List<String> MAGNITUDES = magnitudes();
  private static final Function<String, String> LETTER_BEFORE =
      w -> Character.isLetter(w.charAt(0)) ? "(?<![\\p{L}])" : "";
  private static final Function<String, String> LETTER_AFTER =
      w -> Character.isLetter(w.charAt(w.length() - 1)) ? "(?![\\p{L}])" : "";
  /** What may follow the alternation; each one accepts some words' ends and refuses others'. */
  private static final List<String> CONTINUATIONS = List.of("", "(?![\\p{L}])", "\\s?\\d", "(?![$ .])", "\\$",
      "D", "\\s\\$", "(?=\\d)");

  private static final List<String> PIECES = List.of("$", "US", "USD", "U.S.", "C", "CA", "CAD", "Can", "CDN", " ",
      "A", "AU", "NZ", "HK", "MX", "S", "SG", "R", "Rs", "Rs.", "kr", "Kč", "zł", "Fr.", "円", "€", "£", "¥", "₹",
      "₩", "¢", "CN", "k", "K", "m", "M", "mm", "mn", "mio", "Mio", "million", "MILLION", "thousand", "b", "bn", "lakh",
      "lakhs", "lac", "lpa", "crore", "cr", "Cr", "x", "é", "1", "20", ".", "/", "-", "\u212A");

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.of(PIECES).list().ofMaxSize(6).map(pieces -> String.join("", pieces));
  }

  @Property(tries = 5_000)
  void byFirstCharacter_marks_matchAsThePlainAlternation(@ForAll("text") String text) {
    String plain = plain(MARKS, LETTER_BEFORE, LETTER_AFTER);
    String grouped = MoneyGrammar.byFirstCharacter(MARKS, false, LETTER_BEFORE, LETTER_AFTER);
    assertSameMatches(text, "(?:" + plain + "|\\p{Sc})", "(?:" + grouped + "|\\p{Sc})");
  }

  @Property(tries = 5_000)
  void byFirstCharacter_magnitudes_matchAsThePlainAlternationCaseInsensitively(@ForAll("text") String text) {
    String plain = plain(MAGNITUDES, w -> "", w -> "");
    String grouped = MoneyGrammar.byFirstCharacter(MAGNITUDES, true, w -> "", w -> "");
    assertSameMatches(text, "(?i:" + plain + ")", "(?i:" + grouped + ")");
  }

  private static void assertSameMatches(String text, String plain, String grouped) {
    for (String continuation : CONTINUATIONS) {
      Matcher a = Pattern.compile(plain + continuation).matcher(text).useTransparentBounds(true);
      Matcher b = Pattern.compile(grouped + continuation).matcher(text).useTransparentBounds(true);
      for (int at = 0; at <= text.length(); at++) {
        boolean found = a.region(at, text.length()).lookingAt();
        assertEquals(found, b.region(at, text.length()).lookingAt(), () -> text + " " + continuation);
        if (found) {
          assertEquals(a.end(), b.end(), () -> text + " " + continuation);
        }
      }
    }
  }

  private static String plain(List<String> words, Function<String, String> before, Function<String, String> after) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      out.add(before.apply(w) + Pattern.quote(w) + after.apply(w));
    }
    return String.join("|", out);
  }

  private static List<String> magnitudes() {
    List<String> words = new ArrayList<>();
    if (RulesResource.rules().get("magnitudes") instanceof Map<?, ?> m) {
      m.keySet().forEach(k -> words.add(k.toString()));
    }
    words.sort((x, y) -> y.length() - x.length());
    return words;
  }
}
