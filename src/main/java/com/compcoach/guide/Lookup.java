package com.compcoach.guide;

import java.util.List;

/** The answer to a query such as "ml engineer clt": a guide and region, or what to ask the user. */
public sealed interface Lookup {

  /**
   * Role and region found; {@code rest} is the query's leftover text (an offer, say), trimmed; {@code unlisted} the
   * place asked as written where the guide does not name it and a catch-all row ("All other US locations") answers
   * for it, else null; {@code listed} the tier's list ("Tier 2: Boston, Denver") that answered
   * for the place asked, else null.
   */
  record Found(Guide guide, Region region, String rest, String unlisted, Guide.Listed listed) implements Lookup {

    public Found(Guide guide, Region region, String rest) {
      this(guide, region, rest, null, null);
    }

    public Found(Guide guide, Region region, String rest, String unlisted) {
      this(guide, region, rest, unlisted, null);
    }
  }

  /** Role found but no region named; the caller offers the guide's regions. */
  record RoleOnly(Guide guide, String rest) implements Lookup {}

  /**
   * A region named (or nearly: "charlote") but no role; the caller asks which role, offering roles that have it.
   *
   * @param asked       the words that named the region, as typed
   * @param region      the region's name as the guides write it ("Charlotte, NC")
   * @param exact       whether the words name it exactly (an alias counts) rather than being a near spelling
   * @param suggestions queries that would work, e.g. "ml-ai-engineer charlotte"
   */
  record RegionOnly(String asked, String region, boolean exact, List<String> suggestions) implements Lookup {
    public RegionOnly {
      suggestions = List.copyOf(suggestions);
    }
  }

  /** The role exists at several companies; the user picks one. */
  record Ambiguous(String role, List<Guide> choices) implements Lookup {
    public Ambiguous {
      choices = List.copyOf(choices);
    }
  }

  /**
   * Nothing matched well enough to answer; no guess, only the closest matches.
   *
   * @param what        "role", "region" (of the guide found), or "place" (a place no guide has a row for)
   * @param asked       the words that matched nothing
   * @param suggestions queries that would work, closest first (e.g. "ml-ai-engineer charlotte")
   */
  record Unknown(String what, String asked, List<String> suggestions) implements Lookup {
    public Unknown {
      suggestions = List.copyOf(suggestions);
    }
  }
}
