package com.compcoach.coach;

/**
 * A guide lever's wording with its amounts restated for the asked region.
 *
 * @param line the lever's line in the guide file, for "why?"
 */
public record LocalizedLever(int number, String title, String text, int line) {}
