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
   * "Shift premium". A cheap word test first; most headers hold none of these words.
   */
  private static final Pattern SHIFT_PAY = Pattern.compile("\\b(?:differentials?|diff|premiums?)\\b");

  private ShiftColumns() {}

  /** Each region's cell under a shift-pay column, read as that region's premium; rows with no figure give none. */
  static void read(List<String> header, List<PayTable.Row> rows, List<Region> regions, ReadingRules rules,
      PremiumReader premiums) {
    for (int c = 0; c < header.size(); c++) {
      String written = header.get(c).replace("**", "").strip();
      String lower = written.toLowerCase(Locale.ROOT);
      if (!(lower.contains("diff") || lower.contains("premium")) || rules.column(written) != ReadingRules.Column.IGNORED
          || !SHIFT_PAY.matcher(lower).find()) {
        continue;
      }
      for (PayTable.Row row : rows) {
        String cell = row.cell(c);
        if (cell.chars().noneMatch(Character::isDigit)) {
          continue;
        }
        for (Region region : regions) {
          if (region.line() == row.line()) {
            premiums.premium(written + " (" + region.shortName() + "): " + cell, row.line());
            break;
          }
        }
      }
    }
  }
}
