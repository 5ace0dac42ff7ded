package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which table row prose marks as headquarters when the table marks none. */
class HeadquartersSaidTest {

  private static final Bands BANDS = new Bands(Range.of(100, 120), Range.of(0, 0), Range.of(0, 0), Range.of(100, 120));
  private static final List<Region> ROWS = List.of(new Region("Vancouver", false, "CAD", BANDS, 9),
      new Region("Toronto", false, "CAD", BANDS, 10));

  @Test
  void ourHeadquartersIsIn_marksThatRow() {
    List<Region> marked = HeadquartersSaid.marked(ROWS, "Our headquarters is in Toronto; we also hire in Vancouver.");

    assertEquals(List.of(false, true), marked.stream().map(Region::hq).toList());
  }

  @Test
  void placeIsOurHeadOffice_marksThatRow() {
    List<Region> marked = HeadquartersSaid.marked(ROWS, "Vancouver is our head office.");

    assertEquals(List.of(true, false), marked.stream().map(Region::hq).toList());
  }

  @Test
  void anyOfTheHqWordsInBrackets_marksThatRow() {
    // hq_words: "main office" and "home base" are read wherever "HQ" and "head office" are.
    for (String words : List.of("HQ", "head office", "main office", "home base")) {
      List<Region> marked = HeadquartersSaid.marked(ROWS, "We hire in Toronto (" + words + ") and Vancouver.");

      assertEquals(List.of(false, true), marked.stream().map(Region::hq).toList(), words);
    }
  }

  @Test
  void theHqWords_nameARegionAndAColumnAsHeadquarters() {
    for (String words : List.of("HQ", "Headquarters", "Head office", "Main office", "Home base")) {
      assertEquals(true, RegionBands.isHq("Toronto (" + words + ")"), words);
      assertEquals(true, ReadingRules.standard().namesHqColumn(words), words);
    }
    assertEquals(true, RegionBands.isHq("Berlin (Hauptsitz)"));
    assertEquals(true, ReadingRules.standard().namesHqColumn("HQ?"));
    assertEquals(false, RegionBands.isHq("Toronto (home office)"));
  }

  @Test
  void twoPlacesSaid_marksNone() {
    List<Region> marked = HeadquartersSaid.marked(ROWS, "We're headquartered in Toronto. Vancouver is our HQ for sales.");

    assertEquals(List.of(false, false), marked.stream().map(Region::hq).toList());
  }

  @Test
  void aPlaceNamedBesideHeadquartersInOtherWords_marksNone() {
    List<Region> marked = HeadquartersSaid.marked(ROWS, "Our Toronto team works closely with HQ.");

    assertEquals(List.of(false, false), marked.stream().map(Region::hq).toList());
  }

  @Test
  void otherFirmsHeadquarteredInAPlace_marksNone() {
    List<Region> marked = HeadquartersSaid.marked(ROWS,
        "Most of the firms we lose candidates to are headquartered in Toronto, so expect competing offers.");

    assertEquals(List.of(false, false), marked.stream().map(Region::hq).toList());
  }

  @Test
  void companySaidToBeABiotechHeadquarteredInAPlace_marksThatRow() {
    List<Region> marked = HeadquartersSaid.marked(ROWS,
        "Kestrel Bio is a Series C biotech headquartered in Toronto. We hire in Toronto and Vancouver.");

    assertEquals(List.of(false, true), marked.stream().map(Region::hq).toList());
  }

  @Test
  void aCompetitorSaidToBeAFintechHeadquarteredInAPlace_marksNone() {
    List<Region> marked = HeadquartersSaid.marked(ROWS,
        "We lose people to Brex, which is a fintech headquartered in Toronto.");

    assertEquals(List.of(false, false), marked.stream().map(Region::hq).toList());
  }
}
