package com.compcoach.coach;

import com.compcoach.guide.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A step of theirs on stock given as a grant over years ("20k more in RSUs" on a 100k grant over 4 years): more on
 * the grant (5k a year) or more a year (20k a year) differ fourfold, so it is asked, and the message held
 * ({@link HeldMessage}) for one reply ("the grant", "a year") that completes it, said again as a message would say it,
 * so its answer (their cap on base beside it too) is the one the whole message would have had.
 *
 * @param step  the step as typed ("20k")
 * @param theirs whether the message gave it as their answer ("they came back with …")
 * @param fixed the part the message said they won't move ("base"), or empty
 */
record GrantStep(String step, boolean theirs, String fixed) implements HeldMessage.Question {

  static final String KIND = "grantstep";
  /** How a step given as their answer is stored. */
  static final String THEIRS = "theirs";

  /** "the grant", "on the grant", "total", "the whole grant": the step is on the grant's value. */
  private static final Pattern ON_GRANT = Pattern.compile("\\b(?:grant|total|whole|overall|in all|all together"
      + "|altogether|over (?:the )?(?:\\d|four|three|five)\\w*(?: years?)?)\\b");
  /** "a year", "per year", "yearly", "each year": the step is a year's. */
  private static final Pattern A_YEAR = Pattern.compile("\\b(?:a|per|each|every) (?:year|yr)\\b|\\byearly\\b"
      + "|\\bannual(?:ly)?\\b|/\\s*(?:yr|year)\\b|\\bper annum\\b");

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public List<String> fields() {
    return List.of(step, theirs ? THEIRS : "", fixed);
  }

  /** What the thread keeps while the question waits, or null when the message held another side's figures. */
  static String pending(Figure stepped, List<Figure> figures, boolean theirs) {
    // A competing offer, a walk-away or another step beside it is said again by the user: never half-kept.
    List<String> rest = HeldMessage.othersSaid(figures, stepped, HeldMessage.OFFER_FIGURE_MARKED);
    return rest == null ? null : new HeldMessage(new GrantStep(stepped.written(), theirs, ""), rest).stored();
  }

  /** The same pending, with the part the message said they won't move ("base is capped at 170"). */
  static String withFixed(String pending, Component part) {
    HeldMessage held = HeldMessage.parse(pending);
    return held == null || !(held.asked() instanceof GrantStep step) ? pending
        : new HeldMessage(new GrantStep(step.step, step.theirs, word(part)), held.rest()).stored();
  }

  /** TRUE when the reply puts the step on the grant, FALSE on a year, null when it says neither or both. */
  static Boolean onGrant(String reply) {
    String said = reply.strip().toLowerCase(Locale.ROOT);
    if (said.length() > 40 || said.chars().anyMatch(Character::isDigit) && !said.matches(".*\\bover \\d+.*")) {
      // A figure in the reply is another message ("actually it's 30k"), not the answer to this question.
      return null;
    }
    boolean grant = ON_GRANT.matcher(said).find();
    boolean year = A_YEAR.matcher(said).find();
    return grant == year ? null : grant;
  }

  /** The held message said again with the step's reading, as the user would have written it. */
  String message(boolean onGrant, List<String> rest) {
    List<String> parts = new ArrayList<>(rest);
    parts.add(onGrant ? step + " more on the rsu grant" : "an extra " + step + " of stock a year");
    String figures = String.join(", ", parts);
    return (theirs ? "they came back with " : "") + figures + (fixed.isEmpty() ? "" : ". " + fixed + " is fixed");
  }

  /** The question asked, with what each reading makes of the stock. */
  static String question(String step, String grant, int years, String grantAfter, String perYearAfter,
      String yearNow, String yearAfter) {
    return "Is the " + step + " more in stock on the grant, or a year? On the grant, the " + grant + " grant over " + years
        + " years goes to " + grantAfter + " (" + perYearAfter + " a year); a year, the stock goes from " + yearNow
        + " to " + yearAfter + " a year. Say \"the grant\" or \"a year\".";
  }

  /** The question asked again while the reply waits. */
  String again() {
    return "I can't weigh their answer until I know where the " + step + " more in stock goes: on the grant (spread "
        + "over its years) or a year? Say \"the grant\" or \"a year\".";
  }

  private static String word(Component part) {
    return part == Component.STOCK ? "stock" : part.label();
  }
}
