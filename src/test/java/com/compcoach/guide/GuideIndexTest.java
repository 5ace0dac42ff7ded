package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GuideIndexTest {

  private static final GuideIndex SEEDS = GuideIndex.of(List.of(
      SeedGuides.guide("security-engineer"), SeedGuides.guide("ml-ai-engineer"),
      SeedGuides.guide("empathetic-automation-platform-engineer")));

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "ml-ai-engineer charlotte | ml-ai-engineer | Charlotte, NC",
      "ML/AI Engineer Charlotte | ml-ai-engineer | Charlotte, NC",
      "ml engineer clt | ml-ai-engineer | Charlotte, NC",
      "security nyc | security-engineer | New York",
      "signature role hq | empathetic-automation-platform-engineer | Detroit, MI (HQ)",
      "ally security-engineer new york | security-engineer | New York",
      "Ally Financial ML/AI Engineer New York City | ml-ai-engineer | New York",
      "security engineer Detroit, MI | security-engineer | Detroit, MI (HQ)",
      "security north carolina | security-engineer | Charlotte, NC",
      "platform engineer michigan | empathetic-automation-platform-engineer | Detroit, MI (HQ)",
      "for ml-ai-engineer charlotte | ml-ai-engineer | Charlotte, NC",
      "hi, ml-ai-engineer charlotte | ml-ai-engineer | Charlotte, NC",
      "bands for security engineer new york | security-engineer | New York",
  })
  void find_queryAsPeopleTypeIt_findsRoleAndRegion(String query, String role, String region) {
    Lookup.Found found = assertInstanceOf(Lookup.Found.class, SEEDS.find(query));

    assertEquals(role, found.guide().role().slug());
    assertEquals(region, found.region().name());
    assertEquals("", found.rest());
  }

  @Test
  void find_roleByItsInitials_findsTheRoleOfThreeWordsOrMore() throws Exception {
    Guide sre = SeedGuides.READER.read("orbital/site-reliability-engineer.md", """
        # Site Reliability Engineer at Orbital Freight

        | Region | Base | Stock | Bonus | Total |
        |---|---|---|---|---|
        | Tier 2 (Austin, Denver, Seattle) | $178K–$210K | $60K–$85K | $20K–$30K | $258K–$325K |
        """).guide();

    Lookup.Found found = assertInstanceOf(Lookup.Found.class, GuideIndex.of(List.of(sre)).find("sre austin"));

    assertEquals("site-reliability-engineer", found.guide().role().slug());
    assertEquals("Tier 2 (Austin, Denver, Seattle)", found.region().name());
  }

  @Test
  void find_queryWithAnOffer_leavesTheOfferAsRest() {
    Lookup.Found found = assertInstanceOf(Lookup.Found.class, SEEDS.find("ml engineer clt, offer $200K base"));

    assertEquals("offer $200K base", found.rest());
  }

  @Test
  void find_anyCityInAGuideWhoseOneBandIsForAllLocations_answersWithThatBand() {
    Guide controls = SeedGuides.READER.read("cobalt/controls-engineer.md", """
        # Cobalt Robotics · Controls Engineer II

        ## Pay

        Controls engineers are paid $118,000 to $136,000 base, stock $10,000 a year, no bonus.
        """).guide();

    Lookup.Found found = assertInstanceOf(Lookup.Found.class,
        GuideIndex.of(List.of(controls)).find("controls engineer new york offer $120K base"));

    assertEquals("All locations", found.region().name());
    assertEquals("offer $120K base", found.rest());
  }

  @Test
  void find_aUsCityNoRowNames_answersWithTheEverywhereElseInTheUsRow() {
    Guide sre = SeedGuides.READER.read("larkspur-health/site-reliability-engineer.md", """
        # Site Reliability Engineer — Larkspur Health

        | Location | Base | Annual RSUs | Bonus | Total |
        |---|---|---|---|---|
        | Denver, CO (HQ) | $170K–$205K | $35K–$50K | $17K–$20K | $222K–$275K |
        | Seattle, WA | $180K–$215K | $38K–$55K | $18K–$21K | $236K–$291K |
        | Everywhere else in the US | $155K–$190K | $30K–$45K | $15K–$19K | $200K–$254K |
        """).guide();
    GuideIndex index = GuideIndex.of(List.of(sre));

    Lookup.Found found = assertInstanceOf(Lookup.Found.class, index.find("sre austin offer $170K base"));

    assertEquals("Everywhere else in the US", found.region().name());
    assertEquals("offer $170K base", found.rest());
    assertEquals("Seattle, WA", assertInstanceOf(Lookup.Found.class, index.find("sre seattle")).region().name());
    // A city abroad is never answered with the US row: the user is shown the rows there are.
    assertInstanceOf(Lookup.Unknown.class, index.find("sre london"));
  }

  @Test
  void find_catchAllRow_comesLastAndOnlyForACityKnownToBeInItsCountry() {
    Guide ic = SeedGuides.READER.read("tamarack-payroll/implementation-consultant.md", """
        # Implementation Consultant — Tamarack Payroll

        | Location | Currency | Base | Bonus target | RSUs per year |
        |---|---|---|---|---|
        | Denver, CO (HQ) | USD | 95,000–115,000 | 10% | 8,000–12,000 |
        | New York metro | USD | 105,000–126,000 | 10% | 8,000–12,000 |
        | All other US locations | USD | 90,000–108,000 | 10% | 6,000–10,000 |
        | Canada (all provinces) | CAD | 100,000–120,000 | 10% | 6,000–10,000 |
        """).guide();
    GuideIndex index = GuideIndex.of(List.of(ic));

    assertEquals("All other US locations",
        assertInstanceOf(Lookup.Found.class, index.find("implementation consultant austin")).region().name());
    // A near spelling of a row's city is that row suggested, never the catch-all served.
    Lookup.Unknown typo = assertInstanceOf(Lookup.Unknown.class, index.find("implementation consultant denvr"));
    assertTrue(typo.suggestions().get(0).endsWith("denver"), typo.suggestions().toString());
    // "ny" is New York's code: that row first among the rows offered, not the US catch-all's band.
    Lookup.Unknown ny = assertInstanceOf(Lookup.Unknown.class, index.find("implementation consultant ny"));
    assertTrue(ny.suggestions().get(0).endsWith("new york metro"), ny.suggestions().toString());
    // A city the reader cannot place in the US is asked about, never given a US band in USD.
    assertInstanceOf(Lookup.Unknown.class, index.find("implementation consultant quebec city"));
  }

  @Test
  void find_roleOnly_asksForTheRegion() {
    Lookup.RoleOnly only = assertInstanceOf(Lookup.RoleOnly.class, SEEDS.find("security engineer"));

    assertEquals("security-engineer", only.guide().role().slug());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "security zurich | Zürich, CH (HQ)",
      "security Zürich | Zürich, CH (HQ)",
      "security ZÜRICH | Zürich, CH (HQ)",
      "security sao paulo | São Paulo, BR",
      "security são paulo | São Paulo, BR",
      "security tokyo | 東京 (Tokyo)",
      "security 東京 | 東京 (Tokyo)",
  })
  void find_accentedAndNonLatinPlaces_matchAsTypedOrWithoutAccents(String query, String region) throws Exception {
    Path root = Path.of(GuideIndexTest.class.getResource("/guides/places").toURI());
    GuideReading reading = SeedGuides.READER.read("globex/security-engineer.md",
        SeedGuides.text(root, "globex/security-engineer.md"));
    GuideIndex globex = GuideIndex.of(List.of(reading.usable().orElseThrow(
        () -> new AssertionError(reading.findings().toString()))));

    Lookup.Found found = assertInstanceOf(Lookup.Found.class, globex.find(query));

    assertEquals(region, found.region().name());
  }

  @Test
  void guides_areOrderedByCompanyThenRole() {
    assertEquals(List.of("empathetic-automation-platform-engineer", "ml-ai-engineer", "security-engineer"),
        SEEDS.guides().stream().map(g -> g.role().slug()).toList());
  }

  @Test
  void guide_companyAndRoleSlugs_findThatGuideAndNoOther() {
    Guide ml = SEEDS.guides().get(1);

    assertEquals(Optional.of(ml), SEEDS.guide(ml.company().slug(), ml.role().slug()));
    assertEquals(Optional.empty(), SEEDS.guide(ml.company().slug(), "no-such-role"));
    assertEquals(Optional.empty(), SEEDS.guide("no-such-company", ml.role().slug()));
  }

  @Test
  void region_wordsNamingOneRow_findIt() {
    Guide ml = SEEDS.guides().get(1);

    assertEquals("New York", SEEDS.region(ml, "what about new york?").orElseThrow().name());
    assertEquals(Optional.empty(), SEEDS.region(ml, "compare detroit and charlotte"));
    assertEquals(List.of("Charlotte, NC", "Detroit, MI (HQ)"),
        SEEDS.regions(ml, "compare charlotte and detroit").stream().map(Region::name).toList());
  }

  @Test
  void region_sfAndBayAreaAndRemote_matchRowsByMeaning() {
    Region bay = new Region("San Francisco Bay Area", false, "USD", null, 1);
    Region remote = new Region("Remote (US)", false, "USD", null, 2);
    List<Region> rows = List.of(bay, remote);

    assertEquals(List.of(bay), Places.named(rows, "sf"));
    assertEquals(List.of(bay), Places.named(rows, "in the bay area"));
    assertEquals(List.of(remote), Places.named(rows, "remote"));
    assertEquals(List.of(), Places.named(rows, "in charlotte"), "'in' is a word here, not Indiana");
  }

  @Nested
  class NoGuess {

    @Test
    void find_misspeltRegion_suggestsTheClosestRegionFirst() {
      Lookup.Unknown unknown = assertInstanceOf(Lookup.Unknown.class, SEEDS.find("ml-ai-engineer charlote"));

      assertEquals("region", unknown.what());
      assertEquals("charlote", unknown.asked());
      assertEquals("ml-ai-engineer charlotte", unknown.suggestions().get(0));
    }

    @Test
    void find_misspeltRole_suggestsTheClosestRoleFirst() {
      Lookup.Unknown unknown = assertInstanceOf(Lookup.Unknown.class, SEEDS.find("secruity engineer nyc"));

      assertEquals("role", unknown.what());
      assertEquals("security-engineer nyc", unknown.suggestions().get(0));
    }

    @Test
    void find_genericWordOnly_listsRolesInsteadOfPickingOne() {
      Lookup.Unknown unknown = assertInstanceOf(Lookup.Unknown.class, SEEDS.find("engineer charlotte"));

      assertEquals(3, unknown.suggestions().size());
      assertTrue(unknown.suggestions().stream().allMatch(s -> s.endsWith(" charlotte")));
    }

    @Test
    void find_regionTheGuideLacks_isUnknownWithTheGuidesRegions() {
      Lookup.Unknown unknown = assertInstanceOf(Lookup.Unknown.class, SEEDS.find("security engineer boston"));

      assertEquals("region", unknown.what());
      assertEquals(3, unknown.suggestions().size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "charlotte | Charlotte, NC | charlotte",
        "nyc | New York | new york",
        "Ally Detroit, MI | Detroit, MI (HQ) | detroit",
    })
    void find_regionWithoutRole_asksWhichRoleOfferingRolesThatHaveIt(String query, String region, String city) {
      Lookup.RegionOnly place = assertInstanceOf(Lookup.RegionOnly.class, SEEDS.find(query));

      assertTrue(place.exact());
      assertEquals(region, place.region());
      assertEquals(List.of("empathetic-automation-platform-engineer " + city, "ml-ai-engineer " + city,
          "security-engineer " + city), place.suggestions());
    }

    @Test
    void find_placeBeforeTheRole_readsBothAndLeavesTheOffer() {
      Lookup.Found found = assertInstanceOf(Lookup.Found.class,
          SEEDS.find("charlotte security engineer 180k base"));

      assertEquals("security-engineer", found.guide().role().slug());
      assertEquals("Charlotte, NC", found.region().name());
      assertEquals("180k base", found.rest());
    }

    @Test
    void find_twoPlacesAndNoRole_asksForTheRoleOfTheFirst() {
      Lookup.RegionOnly place = assertInstanceOf(Lookup.RegionOnly.class, SEEDS.find("charlotte nyc"));

      assertEquals("Charlotte, NC", place.region());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "london | london",
        "bay area | bay area",
        "london security | london",
    })
    void find_placeNoGuideHas_saysSoAndOffersThePlacesThereAre(String query, String asked) {
      Lookup.Unknown unknown = assertInstanceOf(Lookup.Unknown.class, SEEDS.find(query));

      assertEquals("place", unknown.what());
      assertEquals(asked, unknown.asked());
      assertEquals(3, unknown.suggestions().size());
      assertTrue(List.of("detroit", "charlotte", "new york").containsAll(unknown.suggestions()),
          unknown.suggestions().toString());
    }

    @Test
    void find_misspeltRegionWithoutRole_offersTheClosestRegionNotAnAnswer() {
      Lookup.RegionOnly place = assertInstanceOf(Lookup.RegionOnly.class, SEEDS.find("charlote"));

      assertFalse(place.exact());
      assertEquals("charlote", place.asked());
      assertEquals("Charlotte, NC", place.region());
      assertTrue(place.suggestions().contains("ml-ai-engineer charlotte"), place.suggestions().toString());
    }

    @Test
    void find_misspeltRoleAlone_isStillAnUnknownRole() {
      Lookup.Unknown unknown = assertInstanceOf(Lookup.Unknown.class, SEEDS.find("secruity"));

      assertEquals("role", unknown.what());
      assertEquals("security-engineer", unknown.suggestions().get(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "security bay area | bay area",
        "security remote | remote",
        "ml engineer silicon valley | silicon valley",
    })
    void find_knownPlaceTheGuideLacks_saysSoInsteadOfAskingForARegion(String query, String asked) {
      Lookup.Unknown unknown = assertInstanceOf(Lookup.Unknown.class, SEEDS.find(query));

      assertEquals("region", unknown.what());
      assertEquals(asked, unknown.asked());
      assertEquals(3, unknown.suggestions().size());
    }

    @Test
    void find_roleAtTwoCompanies_asksWhichCompany() {
      String text = SeedGuides.text(java.nio.file.Path.of("seeds"), "ally-financial/security-engineer.md");
      Guide ally = SeedGuides.READER.read("ally-financial/security-engineer.md", text).guide();
      Guide other = SeedGuides.READER.read("other-bank/security-engineer.md", text).guide();
      GuideIndex two = GuideIndex.of(List.of(ally, other));

      Lookup.Ambiguous ambiguous = assertInstanceOf(Lookup.Ambiguous.class, two.find("security engineer nyc"));
      Lookup.Found picked = assertInstanceOf(Lookup.Found.class, two.find("other-bank security engineer nyc"));

      assertEquals(List.of(ally, other), ambiguous.choices());
      assertEquals("other-bank", picked.guide().company().slug());
    }

    @Test
    void with_aSecondCompanysGuideOfARole_answersFromTheNewCatalogAndLeavesTheOldOneAsItWas() {
      String text = SeedGuides.text(java.nio.file.Path.of("seeds"), "ally-financial/security-engineer.md");
      Guide ally = SeedGuides.READER.read("ally-financial/security-engineer.md", text).guide();
      Guide other = SeedGuides.READER.read("other-bank/security-engineer.md", text).guide();
      GuideIndex one = GuideIndex.of(List.of(ally));
      one.find("charlotte");
      // An edit that adds a guide: the catalog that follows shares the first one's word sets, not its places.
      GuideIndex two = one.with(List.of(GuideCard.of(ally), GuideCard.of(other)));

      Lookup.RegionOnly before = assertInstanceOf(Lookup.RegionOnly.class, one.find("charlotte"));
      Lookup.RegionOnly after = assertInstanceOf(Lookup.RegionOnly.class, two.find("charlotte"));
      Lookup.Found picked = assertInstanceOf(Lookup.Found.class, two.find("other-bank security engineer nyc"));

      assertEquals(List.of("security-engineer charlotte"), before.suggestions());
      assertEquals(List.of("ally-financial security-engineer charlotte", "other-bank security-engineer charlotte"),
          after.suggestions());
      assertEquals("other-bank", picked.guide().company().slug());
      assertInstanceOf(Lookup.Ambiguous.class, two.find("security engineer nyc"));
    }

    @Test
    void find_emptyQueryOrEmptyLibrary_isUnknownNotAnException() {
      assertInstanceOf(Lookup.Unknown.class, SEEDS.find("   "));
      assertInstanceOf(Lookup.Unknown.class, GuideIndex.of(List.of()).find("security nyc"));
    }
  }
}
