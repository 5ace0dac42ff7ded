package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Holds the hand-written figure scanner to its grammar, written here as the regular expression it replaced: on
 * every line of the seeds and on random text made of the pieces figures are written with, both find the same
 * figures with the same parts.
 */
class FigureSyntaxTest {

  private static final String MARK = "(?:US\\$|CA\\$|AU\\$|NZ\\$|HK\\$|C\\$|A\\$|S\\$|"
      + "(?:USD|GBP|EUR|CAD|AUD|NZD|SGD|HKD|JPY|INR|CHF|SEK|NOK|DKK|PLN|MXN|BRL|ZAR)(?![A-Za-z])|\\p{Sc})";
  private static final String NUM = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
  private static final String MAG_WORD = "(?:million|thousand|billion|mn|bn)";
  /** The grammar of a figure, as the documentation states it. */
  private static final Pattern GRAMMAR = Pattern.compile(
      "(?=[\\p{Sc}\\dA-Z])(?<![\\w.,$])(?<m1>" + MARK + ")?\\s?(?<n1>" + NUM + ")"
          + "(?:\\s?(?<w1>" + MAG_WORD + ")\\b|(?<l1>[KkMmBb])(?![A-Za-z]))?(?<p1>%)?"
          + "(?:\\s*(?:–|—|-|\\bto\\b)\\s*(?<m2>" + MARK + ")?\\s?(?<n2>" + NUM + ")"
          + "(?:\\s?(?<w2>" + MAG_WORD + ")\\b|(?<l2>[KkMmBb])(?![A-Za-z]))?(?<p2>%)?)?"
          + "(?![\\d])");

  /** The pieces random text is made of: figures' parts, near misses, and characters that border them. */
  private static final List<String> PIECES = List.of(
      "0", "1", "5", "12", "165", "1,000", ",", ",000", ".", ".5", " ", "  ", "\t", "\n", "–", "—", "-", "to", " to ",
      "$", "£", "€", "₩", "\uD807\uDFDD", "US$", "C$", "CA$", "A$", "HK$", "USD", "GBP", "USDX", "K", "k", "M", "m",
      "B", "b", "million", "mn", "bn", "thousand", "Million", "%", "x", "A", "S", "C", "U", "_", "(", ")", "é",
      "\u0301", "o", "t", "tox", " ".repeat(70), "9".repeat(40));

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.of(PIECES).list().ofMaxSize(24).map(pieces -> String.join("", pieces));
  }

  @Property(tries = 20_000)
  void scan_randomText_findsWhatTheGrammarFinds(@ForAll("text") String text) {
    assertEquals(byGrammar(text), byScanner(text), text);
  }

  @Test
  void scan_everyLineOfTheSeeds_findsWhatTheGrammarFinds() throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("seeds"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".md")).toList()) {
        lines.addAll(Files.readAllLines(file));
      }
    }
    for (String line : lines) {
      assertEquals(byGrammar(line), byScanner(line), line);
    }
  }

  @Test
  void scan_figureCutByTheWindow_endsWhereTheGrammarEnds() {
    String text = "$100K to" + " ".repeat(60) + "$200K and 1,234,567,890,123,456.75 then 12,3456";

    assertEquals(byGrammar(text), byScanner(text));
  }

  /** Each figure's parts, found the way Figures.scan walks a text, with the regular expression. */
  private static List<String> byGrammar(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = GRAMMAR.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int n = text.length();
    int from = 0;
    int i = 0;
    while (i < n) {
      if (!Character.isDigit(text.charAt(i)) || text.charAt(i) > '9') {
        i++;
        continue;
      }
      m.region(Math.max(from, i - 5), Math.min(n, i + 64));
      if (m.find() && m.start() <= i) {
        out.add(m.start() + ".." + m.end() + " m1=" + m.group("m1") + " n1=" + m.group("n1") + " w1=" + m.group("w1")
            + " l1=" + m.group("l1") + " p1=" + m.group("p1") + " m2=" + m.group("m2") + " n2=" + m.group("n2")
            + " w2=" + m.group("w2") + " l2=" + m.group("l2") + " p2=" + m.group("p2"));
        from = m.end();
        i = Math.max(i + 1, m.end());
      } else {
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          i++;
        }
      }
    }
    return out;
  }

  /** The same, with the scanner; also checks that Figures.scan reports each figure where the scanner found it. */
  private static List<String> byScanner(String text) {
    List<String> out = new ArrayList<>();
    FigureSyntax s = new FigureSyntax(text);
    int n = text.length();
    int from = 0;
    int i = 0;
    while (i < n) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        i++;
        continue;
      }
      int at = Math.max(from, i - 5);
      while (at <= i && !s.matchAt(at, Math.min(n, i + 64))) {
        at++;
      }
      if (at <= i) {
        out.add(s.start + ".." + s.end + " m1=" + part(text, s.mark1Start, s.mark1End) + " n1="
            + part(text, s.number1Start, s.number1End) + " w1=" + part(text, s.word1Start, s.word1End) + " l1="
            + part(text, s.letter1, s.letter1 + 1) + " p1=" + (s.percent1 ? "%" : null) + " m2="
            + part(text, s.mark2Start, s.mark2End) + " n2=" + part(text, s.number2Start, s.number2End) + " w2="
            + part(text, s.word2Start, s.word2End) + " l2=" + part(text, s.letter2, s.letter2 + 1) + " p2="
            + (s.percent2 ? "%" : null));
        from = s.end;
        i = Math.max(i + 1, s.end);
      } else {
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          i++;
        }
      }
    }
    List<String> starts = out.stream().map(d -> d.substring(0, d.indexOf(".."))).toList();
    List<String> reported = Figures.scan(text).stream().map(f -> String.valueOf(f.start())).toList();
    if (reported.size() == starts.size()) {
      assertEquals(starts, reported, "Figures.scan walks the text as the scanner does: " + text);
    }
    return out;
  }

  private static String part(String text, int start, int end) {
    return start < 0 ? null : text.substring(start, end);
  }
}
