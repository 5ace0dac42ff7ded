package com.compcoach.coach;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An offer said as a raise on the user's own base ("they offered a 5% raise on my 170 base", "an 8% bump on her current
 * 150k salary"), as an internal move or a promotion is: written out as the base it comes to beside pay today's base, and
 * said back as worked out, so 170 is never their base and 5% never a bonus.
 */
final class RaiseOnBase {

  private static final String RAISE = "(?<![\\d.])(\\d{1,2}(?:\\.\\d{1,2})?)\\s*(?:%|percent\\b|pct\\b)\\s*"
      + "(?:pay\\s+)?(?:raise|bump|increase|hike|jump|uplift|rise)";
  private static final String BASE = "(my|her|his|their)\\s+(?:current\\s+|existing\\s+|present\\s+)?\\$?"
      + "(\\d{2,3}(?:,\\d{3})?(?:\\.\\d)?)\\s*(k\\b)?\\s*(?:base(?:\\s+salary|\\s+pay)?|salary)\\b";
  /** "a 5% raise on my 170 base", "8% bump to her current 150k salary". */
  private static final Pattern ON = Pattern.compile("(?i)(?:\\b(?:an?|the)\\s+)?" + RAISE
      + "\\s+(?:on|to|over|from|of)\\s+" + BASE);
  /** "my 170 base plus a 5% raise", "her 150k salary with an 8% bump". */
  private static final Pattern PLUS = Pattern.compile("(?i)\\b" + BASE + "\\s*(?:plus|\\+|with)\\s+(?:an?\\s+)?"
      + RAISE);

  /** A raise that comes with a move ("promotion comes with a 10% increase on …"): offered, as "they offered" says. */
  private static final Pattern MOVE = Pattern.compile("(?i)\\b(?:promotion|promoted|transfer|internal\\s+move"
      + "|comes\\s+with|new\\s+role)\\b");

  private RaiseOnBase() {}

  /** Whether the words before the raise say it is offered, not one already had. */
  private static boolean offered(String before) {
    return PayTodayRaised.OFFERED.matcher(before).find() || MOVE.matcher(before).find();
  }

  /** The message with a raise on pay today's base written as the base it comes to, or null when it holds none. */
  static Rewritten value(String message) {
    String lower = message.toLowerCase(Locale.ROOT);
    // "is a 5% raise on my 170 base enough?" weighs a raise: no offer to read.
    if (!lower.contains("%") && !lower.contains("percent") && !lower.contains("pct")
        || PayTodayRaised.ASKED.matcher(message).find()) {
      return null;
    }
    Matcher on = ON.matcher(message);
    // "i got a 5% raise on my 170 base last spring": a raise had, not offered; only their offer's raise is read.
    if (on.find() && offered(message.substring(0, on.start()))) {
      return written(message, on, on.group(1), on.group(2), on.group(3), on.group(4));
    }
    Matcher plus = PLUS.matcher(message);
    if (plus.find() && offered(message)) {
      return written(message, plus, plus.group(4), plus.group(1), plus.group(2), plus.group(3));
    }
    return null;
  }

  private static Rewritten written(String message, Matcher m, String percent, String owner, String figure, String k) {
    String digits = figure.replace(",", "");
    double amount = Double.parseDouble(digits);
    // "170" and "170k" are thousands, as pay of a base's size is; "170,000" is written out.
    long today = Math.round(amount < 1_000 ? amount * 1_000 : amount);
    if (today < 20_000 || k != null && amount >= 1_000) {
      return null;
    }
    double pct = Double.parseDouble(percent);
    long raised = Math.round(today * (100 + pct) / 100);
    String whose = owner.toLowerCase(Locale.ROOT);
    String base = String.format(Locale.ROOT, "%,d", raised);
    String out = message.substring(0, m.start()) + base + " base (" + whose + " current base is "
        + String.format(Locale.ROOT, "%,d", today) + ")"
        + message.substring(m.end());
    String yours = whose.equals("my") ? "your" : whose;
    return new Rewritten(out, "Worked out " + percent + "% on " + yours + " base of "
        + String.format(Locale.ROOT, "%,d", today) + " today as their base of " + base + ": check it against the "
        + "written offer.");
  }
}
