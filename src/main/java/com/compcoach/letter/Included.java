package com.compcoach.letter;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pay a yearly package includes beside the base, written right after its figure: Australian superannuation
 * ("$180,000 inclusive of super", "(incl. super)") and the Dutch holiday allowance ("€84,000, including the 8%
 * holiday allowance") and New Zealand's KiwiSaver ("inclusive of KiwiSaver employer contributions at 3%"). The base is
 * the package without it, at the rate the letter states.
 */
enum Included {
  SUPER("superannuation", "superannuation; what is the base salary without super, or the super rate it assumes",
      "(?:statutory\\s+|compulsory\\s+|employer\\s+|employer's\\s+)?(?:super|superannuation)\\b", "super"),
  HOLIDAY_ALLOWANCE("holiday allowance", "the holiday allowance; what is the base salary without it, or the rate it "
      + "assumes", "(?:statutory\\s+)?(?:holiday|vacation)\\s+allowance\\b|vakantiegeld\\b|vakantietoeslag\\b",
      "holiday allowance|vacation allowance|vakantiegeld|vakantietoeslag"),
  // "NZ$145,000 per annum, inclusive of KiwiSaver employer contributions at 3%": New Zealand's total-remuneration form.
  KIWISAVER("KiwiSaver employer contributions", "KiwiSaver employer contributions; what is the base salary without "
      + "them, or the rate it assumes", "(?:employer\\s+|employer's\\s+)?kiwisaver\\b", "kiwisaver");

  /** Where it is included: what and, where written there ("including the 8% holiday allowance"), the rate. */
  record At(Included included, BigDecimal rate) {}

  /** The words between the figure and what it includes: "per annum, inclusive of", "(incl. the". */
  private static final String INCLUDING = "[^.;$£€\\d]{0,30}?\\b(?:inclusive\\s+of|including|incl\\.?|includes)"
      + "\\s+(?:the\\s+)?(?:(\\d{1,2}(?:[.,]\\d{1,2})?)\\s?%\\s+)?";

  private final String written;
  private final String asked;
  private final Pattern after;
  private final Pattern named;

  Included(String written, String asked, String what, String named) {
    this.written = written;
    this.asked = asked;
    this.after = Pattern.compile(INCLUDING + "(?:" + what + ")");
    this.named = Pattern.compile("\\b(?:" + named + ")");
  }

  /** What the figure ending at {@code end} includes, as the words right after it say; null where they say none. */
  static At after(String lower, int end) {
    for (Included i : values()) {
      Matcher m = i.after.matcher(lower).region(end, lower.length());
      if (m.lookingAt()) {
        return new At(i, m.group(1) == null ? null : new BigDecimal(m.group(1).replace(',', '.')).stripTrailingZeros());
      }
    }
    return null;
  }

  /** Whether a lowercased sentence may name one: checked before the figures are read. */
  static boolean named(String lower) {
    return lower.contains("super") || lower.contains("allowance") || lower.contains("vakantie")
        || lower.contains("kiwisaver");
  }

  /** Whether the sentence names this one, where its rate may stand ("super at 12%"). */
  boolean namedIn(String lower) {
    return named.matcher(lower).find();
  }

  /** As a note writes it: "the superannuation it includes". */
  String written() {
    return written;
  }

  /** The question's end after "… a year including ". */
  String asked() {
    return asked;
  }
}
