package com.compcoach.coach;

import com.compcoach.guide.Guide;
import com.compcoach.guide.Range;
import com.compcoach.guide.Region;
import com.compcoach.guide.Target;
import java.util.Optional;

/** The guide and region a conversation is about, resolved from the current catalog. */
public record Scene(Guide guide, Region region) {

  /** The region's Negotiate-Up target as the guide writes it, if it gives one. */
  public Optional<Target> target() {
    return guide.target(region);
  }

  /**
   * The total to aim inside: the guide's target for the region, else the top quarter of the region's total band
   * (documented in docs/coaching.md, so the figure still traces to the guide).
   */
  public Range aimRange() {
    return target().map(Target::total).orElseGet(() -> {
      Range total = region.bands().total();
      return Range.of(total.low() + total.width() * 3 / 4, total.high());
    });
  }
}
