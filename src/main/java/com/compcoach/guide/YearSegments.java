package com.compcoach.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place's line that gives its band for two years ("**Hamilton (HQ)** — 2026: base $78K–$90K · 2027: base $82K–$95K;
 * bonus 6%"): the latest year's segment is the band in force, as a later year's table replaces an earlier one's.
 */
final class YearSegments {

  /** "2026:", "2027 —": a year opening a segment of a line. */
  private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}\\p{N}$£€])(20\\d\\d)\\s*(?::|\\s[—–-])\\s");

  private YearSegments() {}

  /**
   * The line with only its latest year's segment (the text before the first year kept, and what follows the latest
   * segment when it is the last); itself where it gives fewer than two years. The years are noted in {@code figures}.
   */
  static String of(String line, GuideFigures figures) {
    // Cheap gate: two year labels need two colons or dashes and a "20" each.
    int first = line.indexOf("20");
    if (first < 0 || line.indexOf("20", first + 4) < 0) {
      return line;
    }
    Matcher m = YEAR.matcher(line);
    List<int[]> starts = new ArrayList<>();
    List<Integer> years = new ArrayList<>();
    while (m.find()) {
      years.add(Integer.parseInt(m.group(1)));
      starts.add(new int[] {m.start(), m.end()});
    }
    if (years.size() < 2) {
      return line;
    }
    int latest = 0;
    for (int i = 1; i < years.size(); i++) {
      if (years.get(i) > years.get(latest)) {
        latest = i;
      }
    }
    if (figures != null) {
      figures.yearsPicked(years.get(latest));
    }
    int end = latest + 1 < starts.size() ? starts.get(latest + 1)[0] : line.length();
    return line.substring(0, starts.get(0)[0]) + line.substring(starts.get(latest)[1], end);
  }
}
