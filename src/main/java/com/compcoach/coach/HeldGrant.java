package com.compcoach.coach;

import com.compcoach.money.NumberWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The question a message is held for when its grant's years are unsaid ("Over how many years does the $96,000 grant
 * vest?"): the reply that says them ("4 years", "over four", "it's per year") is read with the grant and the rest of
 * that message ({@link HeldMessage}), so nothing is typed twice.
 *
 * @param grant the grant as written ("$96,000")
 */
record HeldGrant(String grant) implements HeldMessage.Question {

  static final String KIND = "years";
  // A reply that is the years alone: "4", "4 years", "over 4 yrs", "four-year vest", "it vests over 3 years".
  private static final Pattern YEARS = Pattern.compile(
      "(?:(?:it|they|that)(?:'s|\\s+is|\\s+are)?\\s+)?(?:vest(?:s|ing|ed)?\\s+)?(?:over\\s+)?"
          + "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)(?:[\\s-]*(?:years?|yrs?|y)\\b)?"
          + "(?:[\\s-]*(?:vest(?:ing)?|grant|schedule)\\b)?[\\s.!]*");
  // A reply that says the figure is a year's: "per year", "it's yearly", "that's each year", "annual".
  private static final Pattern YEARLY = Pattern.compile(
      "(?:(?:it|that)(?:'s|\\s+is)\\s+)?(?:per\\s+year|a\\s+year|each\\s+year|every\\s+year|yearly|annual(?:ly)?"
          + "|per\\s+annum)(?:\\s+figure)?[\\s.!]*");
  // Years said inside a longer reply: "4 yrs", "over four years", "a 4-year vest".
  private static final Pattern YEARS_SAID = Pattern.compile(
      "(?<![\\d.,])(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[\\s-]*(?:years?|yrs?)\\b");
  private static final Pattern CLIFF_AFTER = Pattern.compile("[\\s-]*(?:vesting\\s+)?cliff\\b");
  // A figure of money ("180k") in the reply: another message, not the grant's years ("25% each year" is its vesting).
  private static final Pattern MONEY = Pattern.compile("\\d\\s*k\\b");

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public List<String> fields() {
    return List.of(grant);
  }

  /** What the thread keeps while the years are asked, or null when the message held another side's figures. */
  static String pending(Figure stock, List<Figure> figures) {
    List<String> rest = HeldMessage.othersSaid(figures, stock, HeldMessage.OFFER_FIGURE);
    return rest == null ? null : new HeldMessage(new HeldGrant(stock.written()), rest).stored();
  }

  /** The years this reply says, as a message says them ("over 4 years", "per year"), or null when it says none. */
  static String yearsSaid(String reply) {
    String said = reply.strip().toLowerCase(Locale.ROOT);
    if (YEARLY.matcher(said).matches()) {
      return "per year";
    }
    Matcher years = YEARS.matcher(said);
    if (!years.matches()) {
      // "4 yrs, 1 yr cliff", "it vests over 4 years with a 1 year cliff": the first years said that are no cliff's, in
      // a short reply with no money in it.
      years = YEARS_SAID.matcher(said);
      boolean found = false;
      while (said.length() <= 80 && said.indexOf('$') < 0 && !MONEY.matcher(said).find() && years.find()) {
        if (!CLIFF_AFTER.matcher(said).region(years.end(), said.length()).lookingAt()) {
          found = true;
          break;
        }
      }
      if (!found) {
        return null;
      }
    }
    Integer n = NumberWords.cardinal(years.group(1));
    return n == null || n < 1 || n > 10 ? null : "over " + n + " years";
  }

  /** The held message completed with the years said ({@link #yearsSaid}). */
  String completedWith(String yearsSaid, List<String> rest) {
    List<String> parts = new ArrayList<>();
    parts.add(grant + " rsu " + yearsSaid);
    parts.addAll(rest);
    return String.join(", ", parts);
  }

  /** The question asked again while the years wait. */
  String question() {
    return "I can't weigh the offer until I know how the " + grant + " grant vests: over how many years? Say \"4 "
        + "years\", or \"per year\" if " + grant + " is a year's worth.";
  }

  /** What the reply is said back as. */
  String remark(String yearsSaid, List<String> rest) {
    return "Read the " + grant + (yearsSaid.equals("per year") ? " as a year's stock" : " as a grant vesting "
        + yearsSaid) + (rest.isEmpty() ? "."
        : ", with the rest of that message (" + String.join(", ", rest) + ").");
  }
}
