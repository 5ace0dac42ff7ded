package com.compcoach.coach;

import com.compcoach.guide.Bands;
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
   * The bands a counter is planned on: the region's, with the base band lifted to the guide's base aim where it
   * writes one for base alone ("push base to 240k in Austin"), so the counter asks at least that base.
   */
  public Bands counterBands() {
    Bands b = region.bands();
    return guide.baseTarget(region).map(t -> new Bands(Range.of(Math.max(b.base().low(), t.base().low()),
            Math.max(b.base().high(), t.base().low())), b.stock(), b.bonus(), b.total(), b.grant(), b.bonusRate(),
            b.totalDerived()))
        .orElse(b);
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
