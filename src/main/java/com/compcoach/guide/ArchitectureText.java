package com.compcoach.guide;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a "Compensation Architecture" section: the first amount after each keyword (sign-on, relocation, refresh
 * grants, stipend) and the bonus target percent ("a 25% bonus target", "bonus target of 20%").
 */
final class ArchitectureText {

  private static final Pattern BONUS_TARGET = Pattern.compile(
      "(\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?)%\\s+bonus\\s+target|bonus\\s+target\\s+(?:of|at)\\s+(\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?)%",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern PERCENT_RANGE = Pattern.compile("\\s*[-–]\\s*");
  private static final Pattern SIGN_ON = Pattern.compile("(?i)sign-on|sign on|signing");
  private static final Pattern RELOCATION = Pattern.compile("(?i)relocation");
  private static final Pattern REFRESH = Pattern.compile("(?i)refresh");
  private static final Pattern STIPEND = Pattern.compile("(?i)stipend");

  private ArchitectureText() {}

  static Architecture read(List<String> paragraphs) {
    if (paragraphs.isEmpty()) {
      return Architecture.NONE;
    }
    String all = String.join("\n", paragraphs);
    Range percent = null;
    Matcher m = BONUS_TARGET.matcher(all);
    if (m.find()) {
      String v = m.group(1) != null ? m.group(1) : m.group(2);
      String[] parts = PERCENT_RANGE.split(v);
      percent = Range.of(Long.parseLong(parts[0]), Long.parseLong(parts[parts.length - 1]));
    }
    // A sign-on, relocation or refresh under 1,000 is a format read otherwise ("€20.000" is €20): not an amount.
    long least = RegionBands.SMALLEST_YEARLY;
    return new Architecture(after(all, SIGN_ON, least), after(all, RELOCATION, least), after(all, REFRESH, least),
        percent, after(all, STIPEND, 1));
  }

  /** The first money range at or after the keyword, within the same paragraph, whose high is at least {@code least}. */
  private static Range after(String all, Pattern keyword, long least) {
    Matcher k = keyword.matcher(all);
    while (k.find()) {
      int end = all.indexOf('\n', k.start());
      String rest = all.substring(k.start(), end < 0 ? all.length() : end);
      for (Figures.Figure f : Figures.inProse(rest)) {
        if (!f.percent() && f.range() != null && f.high() >= least) {
          return f.range();
        }
      }
    }
    return null;
  }

}
