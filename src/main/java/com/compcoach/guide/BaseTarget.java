package com.compcoach.guide;

/**
 * A Negotiate-Up aim for the base salary alone in one region ("aim for $250K base (NYC)", "push base to 240k in
 * Austin"): shown as a base aim and used for the counter's base, never as a total.
 *
 * @param region  the name of the pay-table row it was matched to
 * @param written how the guide named the place, e.g. "in Austin"
 * @param base    the base salary to aim for, per year
 * @param line    1-based line of the sentence in the guide file
 */
public record BaseTarget(String region, String written, Range base, int line) {}
