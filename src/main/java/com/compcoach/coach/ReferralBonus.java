package com.compcoach.coach;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "the referral bonus is 5k, she also wants a 20k sign-on bonus" on the company's side: a referral bonus is paid to the
 * employee who referred her, so its clause is taken out before the offer is read (it was booked as the offer's bonus),
 * and said so.
 */
final class ReferralBonus {

  /** A clause naming a referral bonus with a figure: "the referral bonus is 5k", "referral bonus of $5,000". */
  private static final Pattern REFERRAL = Pattern.compile("(?i)\\breferr(?:al|er(?:'s|’s)?)\\s+bonus\\b[^.;!?,]*?"
      + "(\\$?\\d[\\d,]*(?:\\.\\d+)?\\s*k?)\\b");

  /** "she also wants", "he still wants": the candidate's ask with a word between, read as "she wants". */
  private static final Pattern BETWEEN = Pattern.compile("(?i)\\b(she|he|candidate|cand)\\s+(?:also|still|now|really"
      + "|just)\\s+(wants|is asking|asked for)\\b");

  private static final Pattern SHE = Pattern.compile("\\b(?:she|her|hers|she's|shes)\\b");
  private static final Pattern HE = Pattern.compile("\\b(?:he|him|his|he's|hes)\\b");

  /** Where a clause ends. */
  private static final Pattern BREAK = Pattern.compile("[.;!?,]");

  private ReferralBonus() {}

  /** The message with a referral bonus's clause taken out and said so; null when it names none. */
  static OutsideTheBand.Aside aside(String text) {
    Matcher m = REFERRAL.matcher(text);
    if (!m.find()) {
      return null;
    }
    // The clause runs from the last break before the figure's words to the next one: the rest is read as ever.
    int start = Math.max(0, Math.max(text.lastIndexOf(',', m.start()), Math.max(text.lastIndexOf('.', m.start()),
        text.lastIndexOf(';', m.start()))) + 1);
    Matcher end = BREAK.matcher(text);
    int stop = end.find(m.end()) ? end.end() : text.length();
    String kept = (text.substring(0, start) + " " + text.substring(stop)).strip();
    String[] who = candidate(text);
    return new OutsideTheBand.Aside(kept, "The referral bonus (" + m.group(1).strip() + ") is paid to the employee "
        + "who referred " + who[0] + ", under your referral policy: no part of " + who[1] + " offer, so I left it out.");
  }

  /** The candidate as the message names them ("him", "his"; "her"), else "them": never "her" for every candidate. */
  static String[] candidate(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    boolean she = SHE.matcher(lower).find();
    boolean he = HE.matcher(lower).find();
    return she == he ? new String[] {"them", "their"} : she ? new String[] {"her", "her"} : new String[] {"him", "his"};
  }

  /** The candidate's ask said with a word between ("she also wants a 20k sign-on"), as "she wants …". */
  static String plainAsk(String text) {
    return text.toLowerCase(Locale.ROOT).contains("referr") || BETWEEN.matcher(text).find()
        ? BETWEEN.matcher(text).replaceAll("$1 $2") : text;
  }
}
