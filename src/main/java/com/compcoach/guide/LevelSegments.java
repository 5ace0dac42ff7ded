package com.compcoach.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place's line that gives its pay per level ("**Prague (HQ)** — L4: base …, bonus 10%. L5: base …, bonus 12%."):
 * only the segment of the level the guide is for is that place's pay, as {@link LevelRows} keeps a table's row.
 */
final class LevelSegments {

  /**
   * "L4:", "IC5:", "P3 —": a ladder's level opening a segment of a line; never a percentile ("P25:", "P75:"), a quarter
   * or half ("Q1:", "H2:") or a currency's code before a figure ("EUR 85 – 95k").
   */
  private static final Pattern LEVEL = Pattern.compile("(?<![\\p{L}\\p{N}])(?!P\\d{2}\\b|Q[1-4]\\b|H[12]\\b|\\p{Lu}{3}\\s)"
      // "Tier 2:", "Grade 3 —": a ladder named in a word.
      + "(\\p{Lu}{1,3}\\s?\\d{1,2}|(?:Tier|Grade|Level|Band)\\s\\d{1,2})\\s*(?::|\\s[—–-])\\s");

  /**
   * "Mid $150K–$175K base · Senior $180K–$210K base": a level named in a word, right before its figure with the
   * figure's mark; looked for only where a line gives no laddered levels ("L4:"). Never "Senior only, $160K…".
   */
  private static final Pattern NAMED_LEVEL = Pattern.compile("(?<![\\p{L}\\p{N}])(Junior|Mid(?:-level)?|Intermediate"
      + "|Senior|Staff|Principal)(?=\\s+(?:[$€£¥₹\\p{Sc}]|\\p{Lu}{1,3}\\$|\\p{Lu}{3}\\s?\\d))");

  private LevelSegments() {}

  /** Whether a line opens on a level's label ("L2: 115-135k base", "Tier 1: £32,000…"). */
  static boolean opensOnLevel(String line) {
    return LEVEL.matcher(line).lookingAt();
  }

  /** The level a line opens on as written ("L5" of "L5: Boston $262K, Pittsburgh $238K"), or null. */
  static String openingLevel(String line) {
    Matcher m = LEVEL.matcher(line);
    return m.lookingAt() ? m.group(1) : null;
  }

  /**
   * The line with only the segment of the level {@code role} names (the text before the first level kept); itself
   * where it gives fewer than two levels; null where it gives several and the role names none or several of them.
   */
  static String of(String line, String role) {
    return of(line, role, null);
  }

  /** As above; where the line gives several levels and the role names none of them, they are noted in {@code figures}. */
  static String of(String line, String role, GuideFigures figures) {
    String named = line.indexOf("Mid") >= 0 || line.indexOf("Senior") >= 0 || line.indexOf("Junior") >= 0
        || line.indexOf("Staff") >= 0 || line.indexOf("Principal") >= 0 || line.indexOf("Intermediate") >= 0
        ? of(line, role, figures, NAMED_LEVEL) : line;
    return named != line ? named : of(line, role, figures, LEVEL);
  }

  private static String of(String line, String role, GuideFigures figures, Pattern pattern) {
    Matcher m = pattern.matcher(line);
    List<int[]> starts = new ArrayList<>();
    List<String> levels = new ArrayList<>();
    List<String> written = new ArrayList<>();
    while (m.find()) {
      String level = m.group(1).replace(" ", "");
      if (levels.contains(level)) {
        return null;
      }
      levels.add(level);
      written.add(m.group(1));
      starts.add(new int[] {m.start(), m.end()});
    }
    if (levels.size() < 2) {
      return line;
    }
    int picked = -1;
    for (int i = 0; i < levels.size(); i++) {
      if (role != null && (LevelRows.names(role, levels.get(i)) || LevelRows.names(role, written.get(i)))) {
        if (picked >= 0) {
          return null;
        }
        picked = i;
      }
    }
    if (picked < 0) {
      if (figures != null) {
        figures.levelsUnnamed(levels);
      }
      return null;
    }
    int end = picked + 1 < starts.size() ? starts.get(picked + 1)[0] : line.length();
    return line.substring(0, starts.get(0)[0]) + line.substring(starts.get(picked)[1], end);
  }
}
