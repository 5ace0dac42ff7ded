package com.compcoach.coach;

/**
 * A message written out anew before it is read (slips mended, figures in words and slashed parts written out, shares
 * valued at their price), with the remark that says back what changed.
 */
record Rewritten(String text, String remark) {}
