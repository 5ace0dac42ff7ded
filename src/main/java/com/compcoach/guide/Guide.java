package com.compcoach.guide;

import java.util.List;
import java.util.Optional;

/**
 * Everything comp-coach knows from one guide file; immutable.
 *
 * @param path        the file's path relative to the library root, as lint and "why?" name it
 * @param targets     the Negotiate-Up totals to aim for
 * @param baseTargets the Negotiate-Up aims written for base alone ("aim for $250K base (NYC)"), never totals
 * @param approvals   the approvals the guide says an offer needs past a line ("Offers above the midpoint need VP
 *                    approval"), in its order
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
    Freshness freshness,
    List<BaseTarget> baseTargets,
    List<ApprovalRule> approvals) {

  /** A guide whose Negotiate-Up aims are all totals. */
  public Guide(String path, Company company, Role role, boolean signatureRole, List<String> dnaTags,
      List<Region> regions, LevelMapping levelMapping, List<Premium> premiums, List<Lever> levers, List<Target> targets,
      Architecture architecture, List<String> sources, Freshness freshness) {
    this(path, company, role, signatureRole, dnaTags, regions, levelMapping, premiums, levers, targets, architecture,
        sources, freshness, List.of(), List.of());
  }

  /** A guide that writes no approval rule. */
  public Guide(String path, Company company, Role role, boolean signatureRole, List<String> dnaTags,
      List<Region> regions, LevelMapping levelMapping, List<Premium> premiums, List<Lever> levers, List<Target> targets,
      Architecture architecture, List<String> sources, Freshness freshness, List<BaseTarget> baseTargets) {
    this(path, company, role, signatureRole, dnaTags, regions, levelMapping, premiums, levers, targets, architecture,
        sources, freshness, baseTargets, List.of());
  }

  public Guide {
    baseTargets = List.copyOf(baseTargets);
    approvals = approvals == null ? List.of() : List.copyOf(approvals);
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

  /** The base salary a region's Negotiate-Up aims for, where the guide gives one for base alone. */
  public Optional<BaseTarget> baseTarget(Region region) {
    return baseTargets.stream().filter(t -> t.region().equals(region.name())).findFirst();
  }

  /** The Negotiate-Up total target of a region, where the guide gives one. */
  public Optional<Target> target(Region region) {
    return targets.stream().filter(t -> t.region().equals(region.name())).findFirst();
  }
}
