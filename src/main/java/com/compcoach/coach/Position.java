package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.guide.Range;

/**
 * Where one component of an offer stands in its band.
 *
 * @param percent 0–100, clamped: the position inside the band (0 at its low, 100 at its high)
 * @param line    the plain sentence, e.g. "Base $180K is at 12% of the Charlotte band, in its bottom quarter."
 */
public record Position(Component component, long amount, Range band, int percent, Standing standing, String line) {}
