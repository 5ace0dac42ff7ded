package com.compcoach.guide;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A pay table's column of pay for some shifts ("| Night differential |" over "+$3/hr"): never the band, but each
 * row's figure is that place's premium, read as a premium item would be ("Night differential (Fort Worth): +$3/hr").
 */
final class ShiftColumns {

  /**
   * Of the headers the rules ignore, those naming pay on top for a shift: "Shift differential (nights)", "Night diff",
   * "Shift premium", "Shift bonus". A cheap word test first; most headers hold none of these words.
   */
  private static final Pattern SHIFT_PAY = Pattern.compile("\\b(?:differentials?|diff|premiums?|bonus|allowance)\\b");

  /**
   * Words naming the shifts paid on top: a "Geo differential" or "Location premium" is where the band sits, no pay on
   * top, and only a header naming one of these is read as a premium.
   */
  private static final List<String> SHIFT_WORDS = List.of("shift", "night", "weekend", "on-call", "on call", "oncall",
      "overnight", "evening", "graveyard");

  private ShiftColumns() {}

  /**
   * The header with a bonus or allowance column for some shifts whose every figure is per hour ("| Shift bonus |"
   * over "$1.50/hr nights") named as the differential it is ("Shift bonus differential"), so it is pay on top, never
   * a year's bonus; the header as it is otherwise ("$3,000 a year" under "Night shift bonus" is the bonus).
   */
  static List<String> hourlyShiftBonus(List<String> header, List<PayTable.Row> rows, ReadingRules rules) {
    List<String> out = null;
    for (int c = 0; c < header.size(); c++) {
      String written = header.get(c).replace("**", "").strip();
      String lower = written.toLowerCase(Locale.ROOT);
      ReadingRules.Column kind = rules.column(written);
      // "Night shift bonus" is a bonus column and "Shift allowance" one the reader does not know, unless each of its
      // figures is per hour: then it is pay on top, as a differential is.
      if (!(lower.contains("bonus") && kind == ReadingRules.Column.BONUS
          || lower.contains("allowance") && kind == ReadingRules.Column.UNKNOWN)
          || SHIFT_WORDS.stream().noneMatch(lower::contains)) {
        continue;
      }
      int c0 = c;
      List<String> figures = rows.stream().map(r -> r.cell(c0)).filter(t -> t.chars().anyMatch(Character::isDigit))
          .toList();
      if (!figures.isEmpty() && figures.stream().allMatch(rules::saysPerHour)) {
        out = out == null ? new java.util.ArrayList<>(header) : out;
        out.set(c, written + " differential");
      }
    }
    return out == null ? header : List.copyOf(out);
  }

  /** Each region's cell under a shift-pay column, read as that region's premium; rows with no figure give none. */
  static void read(List<String> header, List<PayTable.Row> rows, List<Region> regions, ReadingRules rules,
      PremiumReader premiums, String path, List<Finding> findings) {
    for (int c = 0; c < header.size(); c++) {
      String written = header.get(c).replace("**", "").strip();
      String lower = written.toLowerCase(Locale.ROOT);
      if (!(lower.contains("diff") || lower.contains("premium") || lower.contains("bonus") || lower.contains("allowance"))
          || SHIFT_WORDS.stream().noneMatch(lower::contains)
          || rules.column(written) != ReadingRules.Column.IGNORED || !SHIFT_PAY.matcher(lower).find()) {
        continue;
      }
      for (PayTable.Row row : rows) {
        String cell = row.cell(c);
        if (cell.chars().noneMatch(Character::isDigit)) {
          continue;
        }
        for (Region region : regions) {
          if (region.line() == row.line()) {
            if (noExtra(cell)) {
              // "+$3/hr (included)" is in the band already, and "−$1/hr" is less pay: neither is money on top.
              findings.add(Finding.info(path, row.line(), "'" + written + "' for " + region.shortName() + " ('"
                  + cell.strip() + "') is " + (negative(cell) ? "less pay, not pay on top" : "already in the band")
                  + ": not a premium"));
            } else {
              premiums.premium(written + " (" + region.shortName() + "): " + cell, row.line());
            }
            break;
          }
        }
      }
    }
  }

  /** A cell that says its figure is in the band ("+10% (included)") or is less pay ("−5%", "-$1/hr"). */
  private static boolean noExtra(String cell) {
    return negative(cell) || cell.toLowerCase(Locale.ROOT).contains("includ");
  }

  /** A figure written with a minus before it: "−5%", "- $1/hr", "minus 5%". */
  private static boolean negative(String cell) {
    String c = cell.replace("**", "").strip().toLowerCase(Locale.ROOT);
    return c.startsWith("-") || c.startsWith("−") || c.startsWith("–") || c.startsWith("minus");
  }
}
