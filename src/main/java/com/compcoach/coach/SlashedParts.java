package com.compcoach.coach;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures written with slashes and a legend of their parts, "185/45/30 (base/rsu per yr/bonus)" or "base/stock/bonus:
 * 185/45/30": written out part by part ("185 base, 45 rsu per yr, 30 bonus") for the offer reader, in the order the
 * legend gives. Without a legend the order is the writer's alone, so the figures stay as they were and are asked about.
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
      return null;
    }
    Matcher after = AFTER.matcher(message);
    if (after.find()) {
      return written(message, after, after.group(1), after.group(2));
    }
    Matcher before = BEFORE.matcher(message);
    return before.find() ? written(message, before, before.group(2), before.group(1)) : null;
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
