package com.compcoach.guide;

/**
 * One row of a guide's pay table.
 *
 * @param name     the region as the guide writes it, e.g. "Charlotte, NC"
 * @param hq       whether the guide marks it as headquarters
 * @param currency ISO 4217 code of every figure in the row, e.g. "USD"
 * @param line     1-based line of the row in the guide file
 * @param remote   whether the guide says the row is for remote work where its name does not ("| United States | … |
 *                 remote only |"), so "remote" asks for it
 */
public record Region(String name, boolean hq, String currency, Bands bands, int line, boolean remote) {

  /** A row whose name alone says whether it is for remote work. */
  public Region(String name, boolean hq, String currency, Bands bands, int line) {
    this(name, hq, currency, bands, line, false);
  }

  /**
   * The place as a sentence names it, the one short form every part uses: "Charlotte, NC" → "Charlotte",
   * "Detroit, MI (HQ)" → "Detroit", "東京 (Tokyo)" → "東京".
   */
  public String shortName() {
    return shortName(name);
  }

  /** Whether this is the row for every place no other row names: "All other US locations", "Rest of US". */
  public boolean catchAll() {
    return Places.catchAll(this);
  }

  /** A parenthesised aside and the space around it: " (HQ) ". */
  private static final java.util.regex.Pattern ASIDE = java.util.regex.Pattern.compile("\\s*\\(.*?\\)\\s*");

  /** The short form of a place's name as written: "Charlotte, NC (HQ)" → "Charlotte". */
  static String shortName(String name) {
    String s = (name.indexOf('(') < 0 ? name : ASIDE.matcher(name).replaceAll(" ")).trim();
    int comma = s.indexOf(',');
    return comma > 0 ? s.substring(0, comma).trim() : s.isEmpty() ? name : s;
  }
}
