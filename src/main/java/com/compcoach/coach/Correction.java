package com.compcoach.coach;

/**
 * "190 not 180": a figure meant to replace one the user gave before, found by its value in the offer.
 *
 * @param amount   the new figure as read (190, or 190,000 for "190k")
 * @param replaced the figure it replaces, as read
 */
record Correction(long amount, String written, long replaced, String replacedWritten) {}
