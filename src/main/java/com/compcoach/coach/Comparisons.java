package com.compcoach.coach;

import com.compcoach.guide.Region;
import java.util.ArrayList;
import java.util.List;

/** A guide's regions side by side, each with where the thread's offer would sit in it. */
final class Comparisons {

  private final Positions positions;

  Comparisons(Positions positions) {
    this.positions = positions;
  }

  /** The regions named (two or more), else every region of the guide. */
  Turn of(Conversation c, Scene scene, List<Region> named, Venue venue) {
    List<Region> regions = named.size() >= 2 ? named : scene.guide().regions();
    List<Reply.Column> columns = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Offer offer = c.offer();
    for (Region region : regions) {
      Offer usable = Cards.usable(offer, region);
      columns.add(new Reply.Column(region, scene.guide().target(region).orElse(null),
          positions.of(usable, region)));
    }
    if (offer != null && !offer.isEmpty() && venue == Venue.SHARED_CHANNEL) {
      notes.add(Cards.PRIVACY);
    }
    if (regions.stream().map(Region::currency).distinct().count() > 1) {
      notes.add("Each region is in its own currency; I don't convert between them.");
    }
    return new Turn(c.about(Conversation.Subject.COMPARISON, 0), new Reply.Comparison(scene.guide(), columns, notes));
  }
}
