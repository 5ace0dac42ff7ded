package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A table of several phrase sets finds, in one pass, what each set's own regular expression finds in the text:
 * its longest match and where its last match before a limit ends, set by set, however the sets' phrases overlap.
 */
class PhraseTableTest {

  /** Sets that share first letters and words ("pay", "pay bands"; "total", "total comp"), one of them of signs. */
  private static final List<List<String>> SETS = List.of(
      List.of("pay", "total comp", "4yr", "k"),
      List.of("pay bands", "bands", "total", "tc"),
      List.of("per year", "/yr", "p.a.", "€", "sign-on"),
      List.of("a year", "pay", "year"));
  private static final PhraseTable TABLE = new PhraseTable(SETS.stream().map(Phrases::new).toList());
  private static final List<Pattern> REGEXES = SETS.stream().map(PhrasesTest::regex).toList();

  @Provide
  Arbitrary<String> text() {
    return PhrasesTest.texts();
  }

  @Property(tries = 10_000)
  void scan_randomText_answersForEverySetAsItsRegexWould(@ForAll("text") String text) {
    PhraseTable.Hits hits = TABLE.scan(text);
    for (int k = 0; k < SETS.size(); k++) {
      List<int[]> matches = new ArrayList<>();
      Matcher m = REGEXES.get(k).matcher(text);
      while (m.find()) {
        matches.add(new int[] {m.start(), m.end()});
      }
      assertEquals(matches.stream().mapToInt(r -> r[1] - r[0]).max().orElse(0), hits.longest(k), text + " set " + k);
      assertEquals(!matches.isEmpty(), hits.in(k), text + " set " + k);
      for (int limit = 0; limit <= text.length(); limit++) {
        int end = -1;
        for (int[] r : matches) {
          if (r[0] < limit) {
            end = r[1];
          }
        }
        assertEquals(end, hits.lastEndBefore(k, limit), text + " set " + k + " before " + limit);
      }
    }
  }

  @Test
  void scan_phraseOfOneSetInsideAnothersMatch_isStillFoundForItsOwnSet() {
    PhraseTable.Hits hits = TABLE.scan("Our pay bands per year");
    assertEquals("pay".length(), hits.longest(0));
    assertEquals("pay bands".length(), hits.longest(1));
    assertEquals("per year".length(), hits.longest(2));
    assertEquals("Our pay bands per year".length(), hits.lastEndBefore(3, 22));
    assertEquals("Our pay".length(), hits.lastEndBefore(3, 5));
  }

  @Test
  void in_setWithNoPhraseInTheText_isFalseAndTheOthersTrue() {
    PhraseTable.Hits hits = TABLE.scan("$120K/yr");
    assertTrue(hits.in(2));
    assertFalse(hits.in(0));
    assertFalse(hits.in(1));
    assertFalse(hits.in(3));
  }
}
