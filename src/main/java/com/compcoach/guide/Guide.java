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
 * @param listedPlaces the places the guide lists under a tier's row ("Tier 2: Boston, Denver"), served its band
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
    List<ApprovalRule> approvals,
    List<ListedPlaces> listedPlaces) {

  /** A guide whose Negotiate-Up aims are all totals. */
  public Guide(String path, Company company, Role role, boolean signatureRole, List<String> dnaTags,
      List<Region> regions, LevelMapping levelMapping, List<Premium> premiums, List<Lever> levers, List<Target> targets,
      Architecture architecture, List<String> sources, Freshness freshness) {
    this(path, company, role, signatureRole, dnaTags, regions, levelMapping, premiums, levers, targets, architecture,
        sources, freshness, List.of(), List.of(), List.of());
  }

  /** A guide that writes no approval rule and lists no places under its rows. */
  public Guide(String path, Company company, Role role, boolean signatureRole, List<String> dnaTags,
      List<Region> regions, LevelMapping levelMapping, List<Premium> premiums, List<Lever> levers, List<Target> targets,
      Architecture architecture, List<String> sources, Freshness freshness, List<BaseTarget> baseTargets) {
    this(path, company, role, signatureRole, dnaTags, regions, levelMapping, premiums, levers, targets, architecture,
        sources, freshness, baseTargets, List.of(), List.of());
  }

  /** A guide that lists no places under its rows (no tier lists). */
  public Guide(String path, Company company, Role role, boolean signatureRole, List<String> dnaTags,
      List<Region> regions, LevelMapping levelMapping, List<Premium> premiums, List<Lever> levers, List<Target> targets,
      Architecture architecture, List<String> sources, Freshness freshness, List<BaseTarget> baseTargets,
      List<ApprovalRule> approvals) {
    this(path, company, role, signatureRole, dnaTags, regions, levelMapping, premiums, levers, targets, architecture,
        sources, freshness, baseTargets, approvals, List.of());
  }

  public Guide {
    baseTargets = List.copyOf(baseTargets);
    approvals = approvals == null ? List.of() : List.copyOf(approvals);
    listedPlaces = List.copyOf(listedPlaces);
    dnaTags = List.copyOf(dnaTags);
    regions = List.copyOf(regions);
    premiums = List.copyOf(premiums);
    levers = List.copyOf(levers);
    targets = List.copyOf(targets);
    sources = List.copyOf(sources);
  }

  /**
   * The row whose listed places name the place asked ("denver" under "Tier 2: Boston, Denver"), with the place as the
   * guide lists it; empty when no list names it, or when lists of two rows do. {@code leftover} is the query's words
   * after the role, lowercase, the place first.
   */
  public Optional<Listed> listing(List<String> leftover) {
    Listed found = null;
    for (ListedPlaces list : listedPlaces) {
      for (String place : list.places()) {
        List<String> words = Places.tokens(place);
        boolean names = !words.isEmpty() && (startsWith(leftover, words) || opensOnCity(words, leftover));
        if (names && found != null && !found.region().name().equals(list.region())) {
          return Optional.empty();
        }
        if (names && found == null) {
          Region row = regions.stream().filter(r -> r.name().equals(list.region())).findFirst().orElse(null);
          found = row == null ? null : new Listed(row, place, list.label());
        }
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Whether a listed place opens on the city asked ("chicago" for "Chicago Magnificent Mile"): its first words a city
   * the reader knows, and the query's place no longer city ("san antonio" never opens "San Francisco Bay Area").
   */
  private static boolean opensOnCity(List<String> listed, List<String> leftover) {
    ReadingRules rules = ReadingRules.standard();
    for (int k = Math.min(3, listed.size() - 1); k >= 1; k--) {
      if (leftover.size() >= k && listed.subList(0, k).equals(leftover.subList(0, k))
          && rules.usCity(String.join(" ", listed.subList(0, k)))
          && (leftover.size() == k || !rules.usCity(String.join(" ", leftover.subList(0, k + 1))))) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(List<String> words, List<String> prefix) {
    return words.size() >= prefix.size() && words.subList(0, prefix.size()).equals(prefix);
  }

  /** A row found by a place its list names, and that place as the guide writes it. */
  public record Listed(Region region, String place, String label) {}

  /**
   * The row whose list names every place no list names ("Tier 3: anywhere else in the US"), where the place asked
   * is one that phrase covers; empty otherwise.
   */
  public Optional<Listed> theRest(List<String> leftover) {
    for (ListedPlaces list : listedPlaces) {
      Region row = regions.stream().filter(r -> r.name().equals(list.region())).findFirst().orElse(null);
      if (list.rest() != null && row != null && Places.catchAllCovers(list.rest(), leftover)) {
        return Optional.of(new Listed(row, list.rest(), list.label()));
      }
    }
    return Optional.empty();
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
