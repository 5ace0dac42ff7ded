package com.compcoach.guide;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A guide as the catalog matches queries against it: its names and regions, and the whole guide, which a library
 * restarted from its parse index works out only when a lookup picks it.
 *
 * @param guide the whole guide, the same one on every call
 */
public record GuideCard(Company company, Role role, boolean signatureRole, List<Region> regions,
    Supplier<Guide> guide) {

  public GuideCard {
    Objects.requireNonNull(company, "company");
    Objects.requireNonNull(role, "role");
    regions = List.copyOf(regions);
    Objects.requireNonNull(guide, "guide");
  }

  /** The card of a guide already at hand. */
  public static GuideCard of(Guide guide) {
    return new GuideCard(guide.company(), guide.role(), guide.signatureRole(), guide.regions(), () -> guide);
  }
}
