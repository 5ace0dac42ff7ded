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
      String[] parts = v.split("\\s*[-–]\\s*");
      percent = Range.of(Long.parseLong(parts[0]), Long.parseLong(parts[parts.length - 1]));
    }
    return new Architecture(after(all, "sign-on|sign on|signing"), after(all, "relocation"),
        after(all, "refresh"), percent, after(all, "stipend"));
  }

  /** The first money range at or after the keyword, within the same paragraph. */
  private static Range after(String all, String keyword) {
    Matcher k = Pattern.compile("(?i)" + keyword).matcher(all);
    while (k.find()) {
      int end = all.indexOf('\n', k.start());
      String rest = all.substring(k.start(), end < 0 ? all.length() : end);
      for (Figures.Figure f : Figures.inProse(rest)) {
        if (!f.percent() && f.range() != null) {
          return f.range();
        }
      }
    }
    return null;
  }

}
