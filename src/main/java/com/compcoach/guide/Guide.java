package com.compcoach.guide;

import java.util.List;
import java.util.Optional;

/**
 * Everything comp-coach knows from one guide file; immutable.
 *
 * @param path the file's path relative to the library root, as lint and "why?" name it
 */
public record Guide(
    String path,
    Company company,
    Role role,
    boolean signatureRole,
    List<String> dnaTags,
    List<Region> regions,
    LevelMapping levelMapping,
    List<Premium> premiums,
    List<Lever> levers,
    List<Target> targets,
    Architecture architecture,
    List<String> sources,
    Freshness freshness) {

  public Guide {
    dnaTags = List.copyOf(dnaTags);
    regions = List.copyOf(regions);
    premiums = List.copyOf(premiums);
    levers = List.copyOf(levers);
    targets = List.copyOf(targets);
    sources = List.copyOf(sources);
  }

  /** The region marked HQ, else the first row: the one the levers' figures are written for. */
  public Region leverRegion() {
    return regions.stream().filter(Region::hq).findFirst().orElse(regions.get(0));
  }

  /** The Negotiate-Up target of a region, where the guide gives one. */
  public Optional<Target> target(Region region) {
    return targets.stream().filter(t -> t.region().equals(region.name())).findFirst();
  }
}
