package com.compcoach.guide;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The one office a guide's title names ("# Staff Accountant — Omaha office"): its place, never its company. */
final class TitlePlace {

  /** "Omaha office", "the Fresno plant", "Boise site": a place and the word for where people work. */
  private static final Pattern OFFICE = Pattern.compile("(?:the\\s+|our\\s+)?(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}"
      + "[\\p{L}.'’-]*){0,2})\\s+(?:office|site|campus|hub|branch|studio|plant|location)");
  /** The title's last part after a spaced dash. */
  private static final Pattern AFTER_DASH = Pattern.compile("\\s[—–-]\\s+([^—–]+?)\\s*$");

  private TitlePlace() {}

  /** Whether a half of a title is an office ("Omaha office") rather than a company. */
  static boolean isOffice(String half) {
    return half.endsWith("office") || half.endsWith("site") || half.endsWith("campus") || half.endsWith("hub")
        || half.endsWith("branch") || half.endsWith("studio") || half.endsWith("plant") || half.endsWith("location")
        ? OFFICE.matcher(half.strip()).matches() : false;
  }

  /** The place of the office a title names after a dash, or null. */
  static String of(String title) {
    if (title == null) {
      return null;
    }
    Matcher dash = AFTER_DASH.matcher(title.replace("**", ""));
    if (!dash.find()) {
      return null;
    }
    Matcher office = OFFICE.matcher(dash.group(1).strip());
    return office.matches() ? office.group(1) : null;
  }
}
