package com.compcoach.coach;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thousands typed so that the figure meant can't be told: "1850k" (185k with a key too many, or 1.85M written oddly),
 * "200kk" (a doubled k, or "kk" for millions as some write it). Asked, never guessed.
 */
final class DoubtfulThousands {

  /** Four or five digits before a "k" (more is an absurd figure, asked as one): millions are written "1.85M", so "1850k" is more likely a slip of "185k". */
  private static final Pattern MANY_DIGITS = Pattern.compile("[$£€]?\\d{4,5}\\s?[kK]");
  /** A doubled "k" after a figure, or one typed three times or more ("185kkk": a key held down). */
  private static final Pattern DOUBLED = Pattern.compile("(?<![\\w.,])([$£€]?\\d{1,3}(?:[.,]\\d{1,3})?)\\s?([kK]{2,})\\b");

  /**
   * Millions written "mm" in lower case ("1.2mm total"): bankers' shorthand, or a slip for "1.2m", or millimetres; a
   * figure a thousand times any band deserves the one question. "MM" in capitals is the bankers' own, read as written.
   */
  private static final Pattern LOWER_MM = Pattern.compile("(?<![\\w.,])(?<written>(?<figure>[$£€]?\\d{1,3}(?:[.,]\\d{1,3})?)"
      + "\\s?(?:mm|Mm|mM))\\b(?:\\s+(?<part>(?i:total|tc|base|salary|bonus|equity|stock|rsus?))\\b)?");

  private DoubtfulThousands() {}

  /** The question a figure as the grammar read it needs, or null: "1850k". */
  static String question(String written) {
    if (!MANY_DIGITS.matcher(written.strip()).matches()) {
      return null;
    }
    String digits = written.replaceAll("\\D", "");
    return "Is " + written.strip() + " " + String.format("%,d", Long.parseLong(digits) * 1000) + ", or a slip for "
        + digits.substring(0, digits.length() - 1) + "k? I won't guess a figure: tell me it again, e.g. \""
        + digits.substring(0, digits.length() - 1) + "k base\".";
  }

  /**
   * The questions for doubled k's in a message, which the grammar reads as no figure ("200kk"), and for millions in
   * a lower-case "mm" ("1.2mm total"), which it reads as millions: each is asked before anything of the message is
   * taken.
   */
  static List<String> doubled(String message) {
    List<String> out = new ArrayList<>();
    if (message.indexOf("mm") >= 0 || message.indexOf("Mm") >= 0 || message.indexOf("mM") >= 0) {
      Matcher mm = LOWER_MM.matcher(message);
      while (mm.find()) {
        String figure = mm.group("figure");
        String part = mm.group("part") == null ? "" : " " + mm.group("part").toLowerCase(java.util.Locale.ROOT);
        out.add("By " + mm.group("written") + " do you mean " + figure + "M" + part + " ("
            + figure.replaceAll("^[$£€]", "") + " million)? I won't guess a figure: tell me it again, e.g. \""
            + figure + "M" + part + "\".");
      }
    }
    if (message.indexOf("kk") < 0 && message.indexOf("KK") < 0 && message.indexOf("kK") < 0) {
      return out;
    }
    Matcher m = DOUBLED.matcher(message);
    while (m.find()) {
      // "kk" is how some write millions; three k's or more are no magnitude anyone writes, so only a slip is offered.
      String meant = m.group(2).length() == 2 ? m.group(1) + "k, or " + m.group(1) + " million" : m.group(1) + "k";
      out.add("Is " + m.group().strip() + " " + meant + "? I won't guess a figure: "
          + "tell me it again, e.g. \"" + m.group(1) + "k\".");
    }
    return out;
  }
}
