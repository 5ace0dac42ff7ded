package com.compcoach.coach;

import com.compcoach.guide.Bands;
import com.compcoach.guide.Component;
import com.compcoach.guide.Range;

/**
 * What a counteroffer is computed from: one region's bands and target, the offer and what the user told us.
 *
 * @param target      the region's Negotiate-Up target (or the top quarter of the total band where there is none)
 * @param signOnRange the guide's sign-on range, or null where it gives none
 * @param offer       the offer; never null, possibly empty
 * @param competing   a competing offer's yearly total, or null
 * @param walkAway    the user's walk-away yearly total, or null
 * @param forfeited   equity or bonus left behind at the current employer, or null
 * @param floorPart   the part a walk-away is on ("her floor is 175 base"), or null for a yearly total
 * @param floor       that part's lowest figure, which the counter never asks below, or null
 * @param rival       the competing offer in the band's currency with the parts the user gave, or null: the counter
 *                    never asks a part below the same part of it
 */
record Situation(String currency, Bands bands, Range target, Range signOnRange, Offer offer, Long competing,
                 Long walkAway, Long forfeited, Component floorPart, Long floor, Competing rival) {

  /** A situation whose competing offer, if any, is known by its yearly total alone. */
  Situation(String currency, Bands bands, Range target, Range signOnRange, Offer offer, Long competing,
            Long walkAway, Long forfeited, Component floorPart, Long floor) {
    this(currency, bands, target, signOnRange, offer, competing, walkAway, forfeited, floorPart, floor, null);
  }

  /** A situation whose walk-away, if any, is a yearly total. */
  Situation(String currency, Bands bands, Range target, Range signOnRange, Offer offer, Long competing,
            Long walkAway, Long forfeited) {
    this(currency, bands, target, signOnRange, offer, competing, walkAway, forfeited, null, null);
  }
}
