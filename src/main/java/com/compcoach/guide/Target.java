package com.compcoach.guide;

/**
 * The Negotiate-Up total to aim for in one region.
 *
 * @param region  the name of the pay-table row it was matched to, e.g. "Charlotte, NC"
 * @param written how the guide named the place, e.g. "In Charlotte", or the group whose aim it is where the guide
 *                names a group of rows, "the Tier 1 target"
 * @param line    1-based line of the Negotiate-Up block in the guide file
 */
public record Target(String region, String written, Range total, int line) {}
