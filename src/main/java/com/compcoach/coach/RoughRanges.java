package com.compcoach.coach;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure said only by the tens or hundreds it falls in, written out as the range it is: "in the high 180s" is
 * 187-189, "the low 200s" 200-233, "mid 150k's" 154-156. A range is asked about, never taken as a figure, so "base would
 * be in the high 180s" is never $180K.
 */
final class RoughRanges {

  private static final Pattern ROUGH = Pattern.compile("(?i)\\b(low|lower|mid|middle|high|upper)[- ]?(\\$?)(\\d{2,3}0)"
      + "(k)?['’]?s\\b");

  private RoughRanges() {}

  /** The start of what this rewrite says back, so the reader can ask about the range in its own words. */
  private static final String SAID = "Read \"";

  /**
   * The range question of a message whose rough figure was written out, asked as what it is: "They said \"low 200s\"
   * (about 200-233), a range, not a figure." rather than an odd "Is it 200 or 233?" pair nobody typed.
   */
  static Reading asked(Reading reading, String said) {
    if (said == null || !said.startsWith(SAID) || reading.unclear().stream().noneMatch(FigureQuestions::rangeQuestion)) {
      return reading;
    }
    String rough = said.substring(SAID.length(), said.indexOf('"', SAID.length()));
    String range = said.substring(said.indexOf(" as ") + 4, said.indexOf('.', said.indexOf(" as ")));
    return reading.withoutRemarks(said::equals).withUnclearAsked(q -> !FigureQuestions.rangeQuestion(q) ? q
        : "They said \"" + rough + "\" (about " + range + "): a rough figure, not an offer yet. What figure is in the "
            + "written offer? If they haven't written one, ask them for it.");
  }

  /** The message with each rough figure written as its range, or null when it holds none. */
  static Rewritten value(String message) {
    if (!message.contains("0s") && !message.contains("0's") && !message.contains("0’s") && !message.contains("0ks")
        && !message.contains("0k's")) {
      return null;
    }
    Matcher m = ROUGH.matcher(message);
    StringBuilder out = new StringBuilder();
    StringBuilder said = new StringBuilder();
    while (m.find()) {
      int from = Integer.parseInt(m.group(3));
      // "the 180s" are ten figures, "the 200s" a hundred; low, mid and high are their thirds.
      int span = from % 100 == 0 ? 100 : 10;
      String third = m.group(1).toLowerCase(java.util.Locale.ROOT);
      int low = third.startsWith("low") ? from : third.startsWith("mid") ? from + span / 3 + (span == 10 ? 1 : 0)
          : from + 2 * span / 3 + (span == 10 ? 1 : 0);
      int high = third.startsWith("low") ? from + span / 3 : third.startsWith("mid") ? from + 2 * span / 3
          : from + span - 1;
      String unit = m.group(4) == null ? "" : "k";
      String range = m.group(2) + low + unit + "-" + high + unit;
      said.append(said.length() == 0 ? "" : " ").append(SAID).append(m.group()).append("\" as ").append(range)
          .append(".");
      m.appendReplacement(out, Matcher.quoteReplacement(range));
    }
    if (said.length() == 0) {
      return null;
    }
    m.appendTail(out);
    return new Rewritten(out.toString(), said.toString());
  }
}
