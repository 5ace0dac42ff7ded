package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue #12, batch 15: guides written as lists, prose and captions, and the look-ups their places feed. */
class BatchFifteenFormsTest {

  private static Region region(String name) {
    Range r = Range.of(1, 2);
    return new Region(name, false, "USD", new Bands(r, r, r, r), 1);
  }

  @Test
  void placeFirst_dotLeadersAndFigureBeforeItsPlace_readAsPlaceThenFigures() {
    assertEquals("Portland, OR (head office): 132,000 – 158,000",
        RegionProse.placeFirst("• Portland, OR (head office) ........ 132,000 – 158,000"));
    assertEquals("Boise: $118K–$141K", RegionProse.placeFirst("Boise …… $118K–$141K"));
    assertEquals("Atlanta (HQ): $120K–$140K", RegionProse.placeFirst("$120K–$140K · Atlanta (HQ)"));
    assertEquals("Nashville: $172K total", RegionProse.placeFirst("$172K total — Nashville"));
  }

  @Test
  void placeFirst_aLineThatIsNoPriceList_asWritten() {
    assertEquals("Austin: base $150K–$180K", RegionProse.placeFirst("Austin: base $150K–$180K"));
    assertEquals("Bonus 10% · paid yearly", RegionProse.placeFirst("Bonus 10% · paid yearly"));
  }

  @Test
  void grouped_aLabelListingPlaces_eachPlace() {
    assertEquals(List.of("Austin", "Denver", "Raleigh"), Places.grouped("Austin, Denver and Raleigh"));
    assertEquals(List.of("Seattle", "San Francisco"), Places.grouped("Seattle & San Francisco"));
    assertEquals(List.of("Portland, OR", "Boise, ID"), Places.grouped("Portland, OR and Boise, ID"));
  }

  @Test
  void grouped_onePlaceOrNoList_theLabel() {
    assertEquals(List.of("Portland, OR (HQ)"), Places.grouped("Portland, OR (HQ)"));
    assertEquals(List.of("Remote (US and Canada)"), Places.grouped("Remote (US and Canada)"));
    assertEquals(List.of("Research and development"), Places.grouped("Research and development"));
  }

  @Test
  void named_remote_neverACityWhoseAsideTakesRemoteHires() {
    List<Region> rows = List.of(region("Denver (HQ / remote)"), region("Austin"));

    assertEquals(List.of(), Places.named(rows, "remote"));
    assertEquals(List.of("Denver (HQ / remote)"), Places.named(rows, "denver").stream().map(Region::name).toList());
  }

  @Test
  void named_remote_theRegionThatIsRemote() {
    for (String name : List.of("Remote (US)", "US remote", "US (remote)", "Anywhere (remote)")) {
      List<Region> rows = List.of(region("Denver (HQ)"), region(name));
      assertEquals(List.of(name), Places.named(rows, "remote").stream().map(Region::name).toList(), name);
    }
  }

  @Test
  void read_aimsForPlacesInASentence_neverABand() {
    GuideReading reading = SeedGuides.READER.read("tallow/backend-engineer.md", """
        # Backend Engineer — Tallow Labs

        ## Notes from the team

        The bonus is 10% in every location.

        Push your base to $175K in Austin and $160K in Denver.

        Sources: recruiter notes.
        """);

    assertTrue(reading.guide() == null || reading.guide().regions().isEmpty(), "aims read as bands: " + reading);
  }

  /** A one-row guide for this role in Austin. */
  private static Guide austinGuide(String path, String title) {
    return SeedGuides.READER.read(path, "# " + title + " at Quarry Health\n\n"
        + "| Region | Base | Stock | Bonus | Total |\n|---|---|---|---|---|\n"
        + "| Austin | $178K–$210K | $60K–$85K | $20K–$30K | $258K–$325K |\n").guide();
  }

  @Test
  void find_initialsOfARoleWithALevelWord_neverPickThatRole() {
    Guide staff = austinGuide("quarry/staff-data-engineer.md", "Staff Data Engineer");

    assertFalse(GuideIndex.of(List.of(staff)).find("sde austin") instanceof Lookup.Found,
        "'sde' picked a staff data engineer guide");
    assertInstanceOf(Lookup.Found.class, GuideIndex.of(List.of(staff)).find("staff data engineer austin"));
  }

  @Test
  void find_initialsOfATitleOfThreeWords_stillFindIt() {
    Guide sde = austinGuide("quarry/software-development-engineer.md", "Software Development Engineer");

    assertInstanceOf(Lookup.Found.class, GuideIndex.of(List.of(sde)).find("sde austin"));
  }

  @Test
  void faqQuestions_aQuestionRightOverItsAnswer_aHeadingOfTheSameLength() {
    String text = "**Q: And in Montréal?**\nA: CA$82,000 to CA$97,000.\n\nQ: What about Calgary?\nA: CA$85,000.\n";
    String apart = FaqQuestions.apart(text);

    assertEquals(text.length(), apart.length());
    // The answer's "A:" goes too (as spaces), or its "A" reads as a place's label.
    assertTrue(apart.startsWith("### Q: And in Montréal?\n   CA$82,000"), apart);
    assertTrue(apart.contains("\n## What about Calgary?\n   CA$85,000."), apart);
  }

  @Test
  void currencyHeadings_severalCurrencies_eachPlaceUnderItsOwn() {
    CurrencyHeadings headings = new CurrencyHeadings(List.of(new CurrencyHeadings.Heading(3, 2, null),
        new CurrencyHeadings.Heading(5, 3, "GBP"), new CurrencyHeadings.Heading(10, 3, "EUR"),
        new CurrencyHeadings.Heading(15, 2, null)));

    assertEquals("GBP", headings.at(7));
    assertEquals("EUR", headings.at(12));
    assertEquals(null, headings.at(17));
    assertEquals(null, new CurrencyHeadings(List.of(new CurrencyHeadings.Heading(5, 3, "GBP"))).at(7));
  }
}
