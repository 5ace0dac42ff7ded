package com.compcoach.coach;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures written with slashes, written out part by part for the offer reader. With a legend of their parts
 * ("185/45/30 (base/rsu per yr/bonus)", "base/stock/bonus: 185/45/30") in the legend's order. Without one, three
 * figures are read as a careful person reads "190/18%/200k over 4" or "$185k/15%/$220k (4y)": a percent is the bonus,
 * a figure over years (or named "RSU") the equity, and the rest in the order people write them, base, bonus, equity;
 * the reader then asks what it still can't tell (a grant without its years). Three bare figures are read so only
 * when the middle one is a percent as people write one ("190/10/50"); "240/50/60", two bare figures, four or more,
 * or a first figure too small for a base ("33/33/34" vesting) stay as they were and are asked about.
 */
final class SlashedParts {

  private static final String FIGURE = "\\$?\\d{1,3}(?:[.,]\\d{1,3})?\\s?[kK]?";
  private static final String FIGURES = "(" + FIGURE + "(?:\\s*/\\s*" + FIGURE + "){1,3})";
  private static final String PART = "(?:base(?:\\s+salary)?|salary|rsus?(?:\\s+(?:per|a)\\s+(?:yr|year))?"
      + "|stock(?:\\s+(?:per|a)\\s+(?:yr|year))?|equity(?:\\s+(?:per|a)\\s+(?:yr|year))?|bonus|sign[- ]?on|signing)";
  private static final String LEGEND = "(" + PART + "(?:\\s*/\\s*" + PART + "){1,3})";
  private static final Pattern AFTER = Pattern.compile(FIGURES + "\\s*\\(\\s*" + LEGEND + "\\s*\\)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BEFORE = Pattern.compile(LEGEND + "\\s*(?:[:=]|is|are|was|were)?\\s*" + FIGURES,
      Pattern.CASE_INSENSITIVE);

  private SlashedParts() {}

  /** The message with its slashed figures written out by their legend, or null when it holds none with a legend. */
  static Rewritten value(String message) {
    if (message.indexOf('/') < 0) {
      // "ally offered 168, 10%, 40k rsu a year": the same three parts parted by commas, the bonus a percent.
      // "we're at 190 + 15% + 50k/yr": the same, summed with "+".
      return message.indexOf('%') > 0 && (message.indexOf(',') > 0 || message.indexOf('+') > 0)
          ? unlabelled(message, COMMA_THREE) : null;
    }
    Matcher after = AFTER.matcher(message);
    if (after.find()) {
      return written(message, after, after.group(1), after.group(2));
    }
    Matcher before = BEFORE.matcher(message);
    if (before.find()) {
      return written(message, before, before.group(2), before.group(1));
    }
    Rewritten slashed = unlabelled(message, THREE);
    return slashed != null || message.indexOf('%') < 0 || message.indexOf(',') < 0 && message.indexOf('+') < 0 ? slashed
        : unlabelled(message, COMMA_THREE);
  }

  /** One slashed figure: its amount as typed, a percent, the years it is spread over, or its own part's word. */
  private static final String SLOT = "~?[$£€]?\\d{1,3}(?:[.,]\\d{1,3})?\\s?(?:[kK]|%)?"
      + "(?:\\s*(?:rsus?|stock|equity|base|bonus)\\b)?";
  /** Years after the last figure: "over 4", "over 4 years", "(4y)", "/4yr", "vesting over 4 years". */
  private static final String YEARS = "(?:\\s*(?:\\(\\s*\\d\\s*(?:y|yr|yrs|years?)\\s*\\)|(?:vesting\\s+)?over\\s+\\d"
      + "(?:\\s*(?:y|yr|yrs|years?))?|/\\s*\\d\\s*(?:y|yr|yrs|years?)\\b))?";
  // "185/15%/160k/4y/25k": a fourth figure after the equity's years is the one part left in that order, the sign-on.
  private static final Pattern THREE = Pattern.compile("(?<![\\w/.,$£€])(" + SLOT + ")\\s*/\\s*(" + SLOT
      + ")\\s*/\\s*(" + SLOT + ")(" + YEARS + ")((?<=[yYsS])\\s*/\\s*[$£€]?\\d{1,3}(?:[.,]\\d{1,3})?\\s?[kK]?)?"
      + "(?![\\w/%])", Pattern.CASE_INSENSITIVE);
  /** A figure in a list parted by commas: "168", "$40k/yr rsu", "40k rsu a year". */
  private static final String COMMA_SLOT = "~?[$£€]?\\d{1,3}(?:\\.\\d{1,3})?\\s?[kK]?"
      + "(?:\\s*/\\s*(?:yr|year|y)\\b)?(?:\\s*(?:rsus?|stock|equity|base|sign[- ]?on(?:\\s+bonus)?|signing(?:\\s+bonus)?)\\b)?"
      + "(?:\\s*(?:a|per)\\s+(?:yr|year)\\b)?";
  /**
   * "168, 10%, 40k/yr rsu": three figures parted by commas, read as slashes are only where the middle one is a
   * percent, as people write a bonus.
   */
  private static final Pattern COMMA_THREE = Pattern.compile("(?<![\\w/.,$£€+])(" + COMMA_SLOT + ")\\s*[,+]\\s*"
      + "(\\d{1,2}(?:\\.\\d)?\\s?%(?:\\s*bonus\\b)?)\\s*[,+]\\s*(?:and\\s+)?(" + COMMA_SLOT + ")()(?![\\w%]|[,.]\\d)"
      // "185k, 15%, 2 weeks pto": the third is another thing named after it, never the equity.
      + "(?!\\s*(?:joining|relo|relocation|bonus|weeks?|days?|pto|vacation|hours?|hrs?)\\b)",
      Pattern.CASE_INSENSITIVE);
  /** "base 190k, 15% bonus, …": the first figure already named, so the message names its parts itself. */
  private static final Pattern PART_BEFORE = Pattern.compile(
      "(?i)\\b(?:base|salary|pay|bonus|stock|equity|rsus?|total|tc|sign[- ]?on)\\s*(?:[:=]|is|of|at)?\\s*$");
  /** A one-time part named after its figure: "20k sign-on", "10k signing bonus". */
  private static final Pattern ONE_TIME = Pattern.compile("(?i)\\b(?:sign[- ]?on|signing)\\b");
  private static final Pattern NAMED_STOCK = Pattern.compile("(?i)\\b(?:rsus?|stock|equity)\\b");
  private static final Pattern NAMED = Pattern.compile("(?i)\\b(?:rsus?|stock|equity|base|bonus)\\b");
  private static final Pattern LEADING = Pattern.compile("^~?[$£€]?(\\d{1,3})");
  /** The smallest first figure read as a base in thousands: under it "33/33/34" is a vesting split, not pay. */
  private static final int SMALLEST_BASE = 40;

  /** "190/18%/200k over 4" written out as "190 base, 18% bonus, 200k equity over 4", or null when it can't be told. */
  private static Rewritten unlabelled(String message, Pattern three) {
    Matcher m = three.matcher(message);
    if (!m.find() || three == COMMA_THREE && (PART_BEFORE.matcher(message.substring(0, m.start())).find()
        || NAMED.matcher(m.group(1)).find() || ONE_TIME.matcher(m.group(1)).find())) {
      return null; // "185k base, +20k sign-on, 15% bonus, …": the message names its parts itself
    }
    String[] slots = {m.group(1).strip(), m.group(2).strip(), m.group(3).strip()};
    String years = m.group(4).strip();
    if (three == COMMA_THREE && ONE_TIME.matcher(slots[2]).find()) {
      // "they offered 185k, 15%, 20k sign-on": base, bonus, and the sign-on its own word names.
      Matcher lead = LEADING.matcher(slots[0]);
      if (NAMED.matcher(slots[0]).find() || !lead.find() || Integer.parseInt(lead.group(1)) < SMALLEST_BASE
          && !slots[0].toLowerCase(Locale.ROOT).contains("k")) {
        return null;
      }
      String out = slots[0] + " base, " + slots[1] + (slots[1].toLowerCase(Locale.ROOT).contains("bonus") ? "" : " bonus")
          + ", " + slots[2];
      return new Rewritten(message.substring(0, m.start()) + out + message.substring(m.end()),
          "Read " + m.group().strip() + " in the order people write an offer: " + out + ".");
    }
    if (vestingSplit(message, slots)) {
      return null;
    }
    String[] parts = new String[3];
    for (int i = 0; i < 3; i++) {
      if (slots[i].endsWith("%")) {
        parts[i] = "bonus";
      } else if (NAMED.matcher(slots[i]).find()) {
        parts[i] = "";
      } else if (i == 2 && !years.isEmpty()) {
        parts[i] = "equity";
      }
    }
    if (parts[0] == null && parts[1] == null && parts[2] == null && !smallBonus(slots[1])) {
      return null; // "240/50/60": bonus and stock either way round, so which is which is asked
    }
    List<String> left = new ArrayList<>(List.of("base", "bonus", "equity"));
    for (int i = 0; i < 3; i++) {
      String named = parts[i] == null ? null : parts[i].isEmpty() ? word(slots[i]) : parts[i];
      if (named != null && !left.remove(named)) {
        return null; // two figures for one part: the writer's order is not the usual one
      }
    }
    for (int i = 0; i < 3; i++) {
      if (parts[i] == null) {
        parts[i] = left.remove(0);
      }
    }
    int base = java.util.Arrays.asList(parts).indexOf("base");
    Matcher lead = base < 0 ? null : LEADING.matcher(slots[base]);
    if (lead == null || !lead.find() || slots[base].endsWith("%")
        || Integer.parseInt(lead.group(1)) < SMALLEST_BASE && !slots[base].toLowerCase(Locale.ROOT).contains("k")) {
      return null;
    }
    List<String> said = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      said.add(parts[i].isEmpty() ? slots[i] : slots[i] + " " + parts[i]);
    }
    String fourth = three == THREE && m.group(5) != null ? m.group(5).replaceFirst("^\\s*/\\s*", "") : null;
    String out = String.join(", ", said) + (years.isEmpty() ? "" : " " + years)
        + (fourth == null ? "" : ", " + fourth + " sign-on");
    return new Rewritten(message.substring(0, m.start()) + out + message.substring(m.end()),
        "Read " + m.group().strip() + " in the order people write an offer: " + out + ".");
  }

  /** "RSUs vest 40/30/30", "50/30/20 over 3 years": three bare shares of a grant that make a hundred, not pay. */
  private static boolean vestingSplit(String message, String[] slots) {
    int sum = 0;
    for (String slot : slots) {
      if (slot.isEmpty() || slot.length() > 3 || !slot.chars().allMatch(Character::isDigit)) {
        return false;
      }
      sum += Integer.parseInt(slot);
    }
    return sum == 100 || message.toLowerCase(java.util.Locale.ROOT).contains("vest");
  }

  /** The largest bare middle figure read as a bonus percent: "190/10/50" is 10%, "240/50/60" can't be told. */
  private static final int LARGEST_PERCENT = 30;

  /** Whether a bare middle figure is a bonus percent as people write one ("10" beside a base of 190). */
  private static boolean smallBonus(String slot) {
    return slot.matches("\\d{1,2}") && Integer.parseInt(slot) <= LARGEST_PERCENT;
  }

  /** The part a slot names itself ("200k RSU"): equity for any word of stock. */
  private static String word(String slot) {
    if (NAMED_STOCK.matcher(slot).find()) {
      return "equity";
    }
    return slot.toLowerCase(Locale.ROOT).contains("base") ? "base" : "bonus";
  }

  private static Rewritten written(String message, Matcher m, String figures, String legend) {
    String[] values = figures.split("\\s*/\\s*");
    String[] parts = legend.split("\\s*/\\s*");
    if (values.length != parts.length) {
      return null;
    }
    List<String> said = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      said.add(values[i].strip() + " " + parts[i].strip().toLowerCase(Locale.ROOT));
    }
    String out = String.join(", ", said);
    return new Rewritten(message.substring(0, m.start()) + out + message.substring(m.end()),
        "Read " + figures.strip() + " in the order of its parts: " + out + ".");
  }
}
