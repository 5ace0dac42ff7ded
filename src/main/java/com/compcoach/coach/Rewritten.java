package com.compcoach.coach;

/**
 * A message written out anew before it is read (slips mended, figures in words and slashed parts written out, shares
 * valued at their price), with the remark that says back what changed (null when the reply says it another way, as a
 * step's sum).
 */
record Rewritten(String text, String remark) {}
