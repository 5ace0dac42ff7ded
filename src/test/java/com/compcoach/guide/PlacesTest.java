package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlacesTest {

  private static final List<Region> REGIONS = List.of(region("London"), region("New York, NY"), region("Seattle, WA"),
      region("Remote (US)"));

  private static Region region(String name) {
    Range r = Range.of(1, 2);
    return new Region(name, false, "USD", new Bands(r, r, r, r), 1);
  }

  private static List<String> named(String words) {
    return Places.named(REGIONS, words).stream().map(Region::name).toList();
  }

  @Test
  void named_aPlaceListedInARegionsParentheses_givesThatRegion() {
    List<Region> tiers = List.of(region("Tier 1 (SF Bay Area, New York)"), region("Tier 2 (Austin, Denver & Seattle)"));

    assertEquals(List.of("Tier 2 (Austin, Denver & Seattle)"), Places.named(tiers, "sre austin").stream()
        .map(Region::name).toList());
    assertEquals(List.of("Tier 2 (Austin, Denver & Seattle)"), Places.named(tiers, "seattle").stream()
        .map(Region::name).toList());
    assertEquals(List.of("Tier 1 (SF Bay Area, New York)"), Places.named(tiers, "offer in new york").stream()
        .map(Region::name).toList());
  }

  @Test
  void named_remote_givesTheTierWhoseCatchAllTakesRemoteHires() {
    List<Region> tiers = List.of(region("Tier A (Seattle, San Francisco)"),
        region("Tier C (everywhere else in the US, remote included)"), region("Denver (HQ / remote)"));

    assertEquals(List.of("Tier C (everywhere else in the US, remote included)"), Places.named(tiers, "sre remote")
        .stream().map(Region::name).toList());
  }

  @Test
  void named_placesAmongManyWords_givesEachInTheOrderWritten() {
    assertEquals(List.of("Seattle, WA", "London"),
        named("For the offers we saw this year, Seattle pays more than London does at this level"));
  }

  @Test
  void named_placesByTheirPeopleAmongManyWords_givesThePlaces() {
    assertEquals(List.of("London", "New York, NY"),
        named("Our Londoners got more than the New Yorkers did last year"));
    assertEquals(List.of("Seattle, WA"), named("most Seattleites on the team push base first"));
  }

  @Test
  void named_longTextNamingNoPlace_givesNone() {
    assertEquals(List.of(), named("Push for a larger sign-on bonus before you sign the offer letter"));
    // Not a people's word: "londonish" is no suffix a place's people take.
    assertEquals(List.of(), named("a rather londonish way of asking for more base pay"));
  }

  @Test
  void tokens_asciiAndAccentedText_lowercasedWordsOfLettersAndDigits() {
    assertEquals(List.of("new", "york", "hq", "l5"), Places.tokens("New York (HQ) - L5"));
    assertEquals(List.of("zurich", "sao", "paulo"), Places.tokens("Zürich, São Paulo"));
  }

  @Test
  void catchAllCovers_citiesTheRulesFileLists_usRowAnswersForUsCitiesOnly() {
    Region usRow = region("All other US locations");

    assertTrue(Places.catchAllCovers(usRow, List.of("spokane")), "us_cities: in guide-rules.yml lists Spokane");
    assertTrue(Places.catchAllCovers(usRow, List.of("st.", "louis")) || Places.catchAllCovers(usRow,
        List.of("st", "louis")), "us_cities: lists St. Louis as people type it");
    assertFalse(Places.catchAllCovers(usRow, List.of("yyz")), "cities_abroad: lists Toronto's airport code");
    assertFalse(Places.catchAllCovers(usRow, List.of("quebec", "city")), "a city in no list gets the rows there are");
  }
}
