package com.compcoach.coach;

import com.compcoach.guide.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "they can add a 20k sign-on" where the offer already holds a sign-on: on top of it (30k) or in its place (20k)
 * differ by the whole sign-on held, so it is asked, and the message held ({@link HeldMessage}) for one reply ("on top",
 * "instead") that completes it, said again as a message would say it. "another 20k", "20k on top" and "add 20k to the sign-on" say it
 * adds, and never come here.
 *
 * @param step  the sign-on as typed ("20k")
 * @param amount the sign-on's amount (20,000)
 * @param fixed the part the message said they won't move ("base"), or empty
 * @param words the message as typed ("they can add a 20k sign-on if i sign by friday"), or null when not kept: said
 *              again with the sign-on's reading, so its condition and deadline are read as the first time
 */
record AddedSignOn(String step, long amount, String fixed, String words) implements HeldMessage.Question {

  static final String KIND = "signon";

  /**
   * "add a 20k sign-on", "adding a $20,000 signing bonus", "throw in a 20k sign on": the sign-on said as added.
   * "offered a 20k sign-on" or "included a 20k sign-on" names the offer's sign-on, and is read as the offer.
   */
  private static final Pattern ADDED = Pattern.compile("\\b(?:add|adds|added|adding|throw in|throws in|throwing in"
      + "|threw in)\\s+(?:a|an)\\s+(?=\\$?(\\d[\\d,.]*\\s?k?)\\s*(?:sign|signing)\\b)");
  /** The added sign-on as said after ADDED: "20k sign-on", "$20,000 signing bonus", "20k sign on bonus". */
  private static final Pattern SIGN_ON_SAID = Pattern.compile("\\$?\\d[\\d,.]*\\s?k?\\s*(?:sign[- ]?on(?:\\s+bonus)?"
      + "|signing(?:\\s+bonus)?)\\b");
  /** Words that settle it in the message itself: the sign-on is more than the one held. */
  private static final Pattern SETTLED = Pattern.compile("\\b(?:another|on top|additional|extra|more|in place"
      + "|instead|replac\\w*)\\b");

  /** "on top", "in addition", "both": the added sign-on comes beside the one held. */
  private static final Pattern ON_TOP = Pattern.compile("\\b(?:on top|in addition|additional|added|adds? to"
      + "|both|plus|extra|another|more)\\b");
  /** "instead", "in its place", "replaces it", "just the 20": the added sign-on is the whole sign-on now. */
  private static final Pattern INSTEAD = Pattern.compile("\\b(?:instead|in (?:its|place|the place)|replac\\w*"
      + "|rather|not on top|not in addition|swap\\w*|only|just|in all|total)\\b");

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public List<String> fields() {
    return List.of(step, String.valueOf(amount), fixed, words == null ? "" : words);
  }

  /**
   * What the thread keeps while the question waits, or null when the message says no added sign-on, says how it adds,
   * the offer holds no sign-on (or the same one), or the message holds another side's figures.
   */
  static String pending(String text, Offer offer, List<Figure> figures, Component fixed) {
    String lower = text.toLowerCase(Locale.ROOT);
    // A word test before any pattern: most messages never say a sign-on is added.
    if (offer == null || offer.signOn() == null || offer.signOn() <= 0 || !lower.contains("sign")
        || SETTLED.matcher(lower).find()) {
      return null;
    }
    Matcher m = ADDED.matcher(lower);
    if (!m.find()) {
      return null;
    }
    Figure signOn = figures.stream().filter(f -> f.component() == Component.SIGN_ON
        && HeldMessage.OFFER_FIGURE.test(f)).findFirst().orElse(null);
    // A competing offer or a walk-away beside it is said again by the user: never half-kept.
    List<String> rest = HeldMessage.othersSaid(figures, signOn, HeldMessage.OFFER_FIGURE_MARKED);
    if (signOn == null || rest == null || !HeldMessage.OFFER_FIGURE_MARKED.test(signOn)
        || signOn.amount() == offer.signOn()) {
      return null;
    }
    // The words kept whole ("if i sign by friday" is a condition and a deadline), "|" being the fields' separator.
    return new HeldMessage(new AddedSignOn(signOn.written(), signOn.amount(), fixed == null ? "" : fixed.label(),
        text.replace('|', '/')), rest).stored();
  }

  /** TRUE when the reply puts the sign-on on top of the one held, FALSE in its place, null when neither or both. */
  static Boolean onTop(String reply) {
    String said = reply.strip().toLowerCase(Locale.ROOT);
    if (said.length() > 40 || said.chars().anyMatch(Character::isDigit)) {
      // A figure in the reply is another message ("actually it's 25k"), not the answer to this question.
      return null;
    }
    boolean instead = INSTEAD.matcher(said).find();
    boolean onTop = !instead && ON_TOP.matcher(said).find();
    return instead == onTop ? null : onTop;
  }

  /**
   * The held message said again with the sign-on's reading, as the user would have written it: its own words with
   * "add a 20k sign-on" said as "give another 20k sign-on" (on top) or "give a 20k sign-on" (in its place), so the
   * rest of it ("if i sign by friday", "base is fixed") is read as typed.
   */
  String message(boolean onTop, List<String> rest) {
    if (words != null) {
      String lower = words.toLowerCase(Locale.ROOT);
      Matcher m = ADDED.matcher(lower);
      if (lower.length() == words.length() && m.find()) {
        if (onTop) {
          // "add a 20k sign-on" said as "add another 20k sign-on".
          String verb = lower.substring(m.start(), m.end()).replaceFirst("\\s+an?\\s+$", "");
          return words.substring(0, m.start()) + verb + " another " + words.substring(m.end());
        }
        Matcher noun = SIGN_ON_SAID.matcher(lower).region(m.end(), lower.length());
        if (noun.lookingAt()) {
          // "add a 20k sign-on" said as "add a 20k sign-on instead".
          return words.substring(0, noun.end()) + " instead" + words.substring(noun.end());
        }
      }
    }
    List<String> parts = new ArrayList<>(rest);
    parts.add(onTop ? "another " + step + " signing" : step + " sign-on");
    return "they came back with " + String.join(", ", parts) + (fixed.isEmpty() ? "" : ". " + fixed + " is fixed");
  }

  /** The question asked, with what each reading makes of the sign-on the offer holds. */
  String question(Offer offer) {
    String currency = offer.currency();
    return "Is the " + step + " sign-on on top of the " + Cards.money(offer.signOn(), currency) + " one you have ("
        + Cards.money(offer.signOn() + amount, currency) + " in all), or in its place (" + Cards.money(amount, currency)
        + ")? Say \"on top\" or \"instead\". I've taken nothing from that message yet.";
  }

  /** The question asked again while the reply waits. */
  String again() {
    return "I can't weigh their answer until I know whether the " + step + " sign-on comes on top of the one you "
        + "have or in its place: say \"on top\" or \"instead\".";
  }
}
