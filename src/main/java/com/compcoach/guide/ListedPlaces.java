package com.compcoach.guide;

import java.util.List;

/**
 * The places a region's band is for, as the guide lists them ("**Tier 2:** Boston, Los Angeles, Denver"): a place asked
 * by name is served from that region's band, and the card says so.
 *
 * @param region the name of the pay-table row the list is for ("Tier 2", or "2" under a Tier column)
 * @param label  the list's label as the guide writes it ("Tier 2")
 * @param places the places as the guide writes them, in its order
 * @param rest   the list's words for every place no list names ("anywhere else in the US"), else null
 * @param line   1-based line of the list in the guide file
 */
public record ListedPlaces(String region, String label, List<String> places, String rest, int line) {

  public ListedPlaces {
    places = List.copyOf(places);
  }
}
