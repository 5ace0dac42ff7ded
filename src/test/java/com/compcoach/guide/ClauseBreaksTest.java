package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a Negotiate-Up sentence is cut into clauses, each of which may give one place its target. */
class ClauseBreaksTest {

  private static List<String> clauses(String s) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int[] cut = ClauseBreaks.next(s, 0); cut != null; cut = ClauseBreaks.next(s, cut[1])) {
      out.add(s.substring(from, cut[0]));
      from = cut[1];
    }
    out.add(s.substring(from));
    return out;
  }

  @Test
  void next_semicolonsCommasAndColons_cutThereCommasAndColonsWithTheSpaceAfterThem() {
    assertEquals(List.of("Aim for $215K in Seattle", " Denver", "$190K", " Austin", "$170K"),
        clauses("Aim for $215K in Seattle; Denver,  $190K; Austin:\t$170K"));
  }

  @Test
  void next_commaOrColonWithoutSpace_cutsNothing() {
    assertEquals(List.of("Push to $1,250,000 at 9:30"), clauses("Push to $1,250,000 at 9:30"));
  }

  @Test
  void next_dashesBetweenSpaces_cutWithEverySpaceAroundThem() {
    assertEquals(List.of("Chicago", "$268K", "Dallas", "$236K"), clauses("Chicago  — $268K – Dallas - $236K"));
  }

  @Test
  void next_dashesInsideWordsOrFiguresOrSpacedOnOneSide_cutNothing() {
    assertEquals(List.of("Winston-Salem", "$150K–$170K or -$5K"), clauses("Winston-Salem: $150K–$170K or -$5K"));
  }

  @Test
  void next_middleDotOrBulletBetweenSingleSpaces_cuts() {
    assertEquals(List.of("NYC $300K", "SF $310K", "Remote $250K"), clauses("NYC $300K · SF $310K • Remote $250K"));
  }

  @Test
  void next_noBreak_null() {
    assertEquals(null, ClauseBreaks.next("Aim for $230K total in Boston.", 0));
  }
}
