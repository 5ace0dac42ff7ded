package com.compcoach.coach;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * This offer's figures said of another company with no figure of its own: "capital one gave me the same offer but
 * remote" (a second offer at the same figures) and "sorry it's capital one not ally" (the offer was the other
 * company's all along). The message is written out with the thread's figures so the reader keeps them as that
 * company's offer, never as a change to this one or a default reply.
 */
final class SameFigures {

  /** "the same offer", "same package", "identical numbers": the figures of the offer on record. */
  private static final Pattern SAME = Pattern.compile("(?i)\\b(?:the\\s+)?(?:exact\\s+)?(?:same|identical)\\s+"
      + "(?:offer|package|numbers|figures|comp|terms|deal)\\b");

  /** "it's capital one not ally", "the offer is from capital one, not ally": the company corrected. */
  private static final Pattern NOT_THEM = Pattern.compile("(?i)\\b(?:it'?s|it\\s+is|it\\s+was|the\\s+offer\\s+is"
      + "(?:\\s+from)?|offer'?s\\s+from|i\\s+meant)\\s+((?:[a-z][\\w&.-]*\\s+){0,2}?[a-z][\\w&.-]*)\\s*,?\\s+not\\s+"
      + "([a-z][\\w&-]*(?:\\s+[a-z][\\w&-]*){0,2}?)\\s*(?:[.!?;,]|$)");

  private SameFigures() {}

  /** What the message says of the offer on record, or null when it says neither. */
  record Said(String text, boolean moved, String company) {}

  /**
   * The message with this offer's figures written in for another company, or null: when the message holds a digit,
   * the thread holds no offer with a base, or the other company is this guide's own.
   */
  static Said of(String text, Offer offer, List<String> ours) {
    if (offer == null || offer.base() == null || text.chars().anyMatch(Character::isDigit)) {
      return null;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (!lower.contains("same") && !lower.contains("identical") && !lower.contains(" not ")) {
      return null;
    }
    String figures = figures(offer);
    Matcher not = NOT_THEM.matcher(text);
    if (not.find() && ours(not.group(2), ours) && !ours(not.group(1), ours)) {
      String company = Attribution.titled(not.group(1).strip());
      return new Said(not.group(1).strip() + " offered " + figures, true, company);
    }
    Matcher same = SAME.matcher(text);
    if (same.find()) {
      String rewritten = text.substring(0, same.start()) + figures + text.substring(same.end());
      return new Said(rewritten, false, null);
    }
    return null;
  }

  /** What the reply says of the figures it carried over. */
  static String remark(Said said, String ourName) {
    return said.moved()
        ? "Moved the figures to " + said.company() + "'s offer, as you corrected: this thread coaches with "
            + ourName + "'s guide, so " + ourName + " has no offer on record until you tell me theirs."
        : "Took \"the same offer\" as the same figures as the offer on record.";
  }

  private static boolean ours(String name, List<String> ours) {
    String n = name.strip();
    return ours.stream().anyMatch(o -> o.equalsIgnoreCase(n));
  }

  /** The offer's figures as a user would type them, so the reader reads them as it reads any. */
  private static String figures(Offer offer) {
    StringBuilder out = new StringBuilder(offer.base() + " base");
    if (offer.stock() != null) {
      out.append(", ").append(offer.stock()).append(" rsu per year");
    }
    if (offer.bonusPercent() != null) {
      // Kept in hundredths of a percent: 1250 is 12.5%.
      out.append(", ").append(java.math.BigDecimal.valueOf(offer.bonusPercent(), 2).stripTrailingZeros()
          .toPlainString()).append("% bonus");
    } else if (offer.bonus() != null) {
      out.append(", ").append(offer.bonus()).append(" bonus");
    }
    if (offer.signOn() != null) {
      out.append(", ").append(offer.signOn()).append(" sign-on");
    }
    return out.toString();
  }
}
