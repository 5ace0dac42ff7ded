package com.compcoach.coach;

import com.compcoach.guide.ApprovalRule;
import com.compcoach.guide.Component;
import com.compcoach.guide.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The guide's approval rules on the company's side: which line an offer or a move crosses and who signs off past it,
 * and the most it may offer without one. Every line is the guide's, named by its line; none is ever made up.
 */
final class Approvals {

  /** "what's the most we can do without approval?", "does 210 need VP sign-off?": approval asked about. */
  private static final Pattern ASKED = Pattern.compile("(?i)\\bwithout\\b[^.?!]*\\b(?:approv\\w*|sign[- ]?off|going to"
      + "|an exception)\\b|\\bneeds?\\b[^.?!]*\\b(?:approval|sign[- ]?off)\\b|\\b(?:approval|sign[- ]?off)\\b[^.?!]*\\b(?:needed"
      + "|required)\\b|\\bwho (?:approves|signs off)\\b|\\bcomp committee\\b|\\bvp\\b");

  private Approvals() {}

  /** Whether the message asks about an approval. */
  static boolean asked(String text) {
    return (text.indexOf('p') >= 0 || text.indexOf('f') >= 0 || text.indexOf('g') >= 0) && ASKED.matcher(text).find();
  }

  /** One line per rule the offer's part passes, with who signs off and the guide's line; empty when none is. */
  static List<String> crossed(Scene s, Offer offer) {
    List<String> lines = new ArrayList<>();
    if (offer == null) {
      return lines;
    }
    String currency = s.region().currency();
    for (ApprovalRule rule : s.guide().approvals()) {
      Long at = rule.threshold(s.region());
      Long value = switch (rule.part()) {
        case TOTAL -> offer.recurringTotal();
        case SIGN_ON -> offer.signOn();
        default -> offer.base();
      };
      if (at == null || value == null || value <= at) {
        continue;
      }
      lines.add(label(rule.part()) + " " + money(value, currency) + " is " + money(value - at, currency)
          + " past the guide's approval line, " + rule.describe(s.region()) + ": it " + needs(rule)
          + " (line " + rule.line() + ").");
    }
    return lines;
  }

  /**
   * "what's the most we can do without approval?": each rule's line here, or that the guide writes none, so who signs
   * off is the company's policy and no figure is guessed.
   */
  static String withoutApproval(Scene s) {
    String currency = s.region().currency();
    List<ApprovalRule> rules = s.guide().approvals();
    if (rules.isEmpty()) {
      return "The guide names no approval rule, so I can't tell which figure needs whose sign-off: that is your comp "
          + "policy. Tell me the most you may pay on base without it (\"we're approved to 200\") and I'll keep it and "
          + "flag any move past it.";
    }
    List<String> parts = new ArrayList<>();
    for (ApprovalRule rule : rules) {
      Long at = rule.threshold(s.region());
      if (at != null) {
        parts.add((rule.part() == Component.TOTAL ? "a year's total" : rule.part() == Component.SIGN_ON ? "a sign-on"
            : "base") + " up to " + money(at, currency) + " (past it " + needs(rule) + ", line "
            + rule.line() + ")");
      }
    }
    return parts.isEmpty() ? "The guide's approval rules are written in another currency than "
        + s.region().shortName() + "'s pay: ask your comp team for the line here."
        : "Without approval, by the guide's own rules: " + String.join("; ", parts) + ".";
  }

  private static String needs(ApprovalRule rule) {
    return rule.approver().isEmpty() ? "needs approval (the guide names no approver)"
        : rule.approver().toLowerCase(java.util.Locale.ROOT).matches("(?:the\\s+)?.*(?:committee|board|team|panel)")
        ? "goes to " + (rule.approver().toLowerCase(java.util.Locale.ROOT).startsWith("the ") ? "" : "the ")
            + rule.approver()
        : "needs " + rule.approver() + " approval";
  }

  private static String label(Component part) {
    return part == Component.TOTAL ? "A year of" : part == Component.SIGN_ON ? "A sign-on of" : "Base";
  }

  private static String money(long amount, String currency) {
    return new Money(amount, currency).compact();
  }
}
