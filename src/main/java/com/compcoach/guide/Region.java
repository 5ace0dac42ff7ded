package com.compcoach.guide;

/**
 * One row of a guide's pay table.
 *
 * @param name     the region as the guide writes it, e.g. "Charlotte, NC"
 * @param hq       whether the guide marks it as headquarters
 * @param currency ISO 4217 code of every figure in the row, e.g. "USD"
 * @param line     1-based line of the row in the guide file
 */
public record Region(String name, boolean hq, String currency, Bands bands, int line) {}
