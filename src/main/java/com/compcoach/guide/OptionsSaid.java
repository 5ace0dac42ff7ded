package com.compcoach.guide;

import java.util.List;

/**
 * Equity given as stock options in a sentence outside the pay table ("40,000 options at a $1.20 strike … We value
 * the grant at $80,000"), where every place's stock reads 0: said in a warning, since options are never valued.
 */
final class OptionsSaid {

  private OptionsSaid() {}

  /** The warning for a guide whose places all read stock 0 while its text gives equity as options, or none. */
  static void warn(GuideDraft draft, List<Region> regions) {
    if (regions == null || regions.isEmpty() || regions.stream().anyMatch(r -> r.bands().stock().high() > 0
        || r.bands().options() != null)) {
      return;
    }
    // Cheap first: only a guide that writes the word ("option", "Option") is searched, a line at a time.
    String text = draft.text;
    for (int at = text.indexOf("ption", 1); at >= 0; at = text.indexOf("ption", at + 5)) {
      if (Character.toLowerCase(text.charAt(at - 1)) != 'o') {
        continue;
      }
      int start = text.lastIndexOf('\n', at) + 1;
      int end = text.indexOf('\n', at);
      String line = text.substring(start, end < 0 ? text.length() : end);
      if (RegionBands.STRIKE.matcher(line).find()) {
        draft.findings.add(Finding.warning(draft.path, draft.lines.line(start), "equity is written as stock options"
            + " ('" + MarkdownText.plainText(line) + "'): options are never valued, not even at a value the guide"
            + " puts on them, so every place's stock reads 0. Give the equity's yearly value in money, as in"
            + " '$20K–$40K a year', to show it"));
        return;
      }
    }
  }
}
