package com.compcoach.coach;

import com.compcoach.guide.Component;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two figures given for one part, either of them ("bonus 10 or 12 percent, cant remember"): asked beside the rest of
 * the message, and kept for one message ({@link HeldMessage}) so the reply that picks one ("12", "it's 12") completes it.
 *
 * @param first  the first figure as it reads with its unit ("10%", "170k")
 * @param second the second, likewise
 * @param part   the part both are for
 */
record EitherFigure(String first, String second, Component part) implements HeldMessage.Question {

  static final String KIND = "either";

  /** The two amounts as one choice, the first taking the second's unit when it has none ("10 or 12 percent"). */
  static EitherFigure of(OfferAmount first, OfferAmount second, Component part) {
    String unit = second.percent() ? "%" : second.written().toLowerCase(Locale.ROOT).endsWith("k") ? "k" : "";
    return new EitherFigure(withUnit(first, unit), withUnit(second, unit), part);
  }

  private static String withUnit(OfferAmount a, String unit) {
    if (a.percent()) {
      return a.value().stripTrailingZeros().toPlainString() + "%";
    }
    return a.marked() || a.magnitude() ? a.written() : a.written() + unit;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public List<String> fields() {
    return List.of(first, second, part.name());
  }

  /** What the thread keeps while the choice waits: figures only, never the message's words. */
  String pending() {
    return new HeldMessage(this, List.of()).stored();
  }

  /** The question asked beside the rest of the message. */
  String question() {
    return "Is the " + part.label() + " " + first + " or " + second + "? I won't pick one, so I've left it out and "
        + "read the rest: tell me which (\"" + second + "\") when you know.";
  }

  /** Words a reply that picks one may hold beside its figure: "it's 12", "the 12 one", "12 it is". */
  private static final List<String> PLAIN = List.of("it", "its", "it's", "is", "the", "one", "oh", "ok", "okay",
      "yes", "yeah", "so", "sorry", "checked", "actually", "percent", "pct", "k", "bonus", "base", "stock", "rsu",
      "rsus", "sign-on", "was", "thats", "that's", "i", "checked,");

  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

  /** The figure with its part as a message would say it ("12% bonus"), when the reply picks one of the two; else null. */
  String picked(String reply) {
    String lower = reply.toLowerCase(Locale.ROOT).strip();
    String byPlace = byPlace(lower);
    if (byPlace != null) {
      return byPlace + " " + (part == Component.STOCK ? "rsu per year" : part.label());
    }
    Matcher m = NUMBER.matcher(lower);
    if (!m.find()) {
      return null;
    }
    String number = m.group();
    if (m.find()) {
      return null;
    }
    for (String word : lower.replace(number, " ").replaceAll("[^a-z'-]+", " ").strip().split(" ")) {
      if (!word.isEmpty() && !PLAIN.contains(word)) {
        return null;
      }
    }
    for (String choice : List.of(first, second)) {
      if (choice.replaceAll("[^\\d.]", "").equals(number)) {
        return choice + " " + (part == Component.STOCK ? "rsu per year" : part.label());
      }
    }
    return null;
  }

  /** Words that pick the first or the second of the two by their place in the question, or by their size. */
  private static final List<String> FIRST = List.of("first", "1st", "former");
  private static final List<String> SECOND = List.of("second", "2nd", "latter");
  private static final List<String> SMALLER = List.of("lower", "smaller", "lowest", "smallest", "less");
  private static final List<String> LARGER = List.of("higher", "bigger", "larger", "highest", "biggest", "more");

  /**
   * The one of the two a reply names without its figure ("the first one", "the second", "the higher one"): the
   * answer to the bot's own either-or question, so it is read the way it was asked. Null when the reply holds any
   * other word, or names both.
   */
  private String byPlace(String lower) {
    if (lower.length() > 40) {
      return null;
    }
    String chosen = null;
    for (String word : lower.replaceAll("[^a-z0-9'-]+", " ").strip().split(" ")) {
      String pick = FIRST.contains(word) ? first : SECOND.contains(word) ? second
          : SMALLER.contains(word) ? (amount(first) <= amount(second) ? first : second)
          : LARGER.contains(word) ? (amount(first) <= amount(second) ? second : first) : null;
      if (pick != null) {
        if (chosen != null && !chosen.equals(pick)) {
          return null;
        }
        chosen = pick;
      } else if (!word.isEmpty() && !PLAIN.contains(word)) {
        return null;
      }
    }
    return chosen;
  }

  private static double amount(String choice) {
    String digits = choice.replaceAll("[^\\d.]", "");
    return digits.isEmpty() ? 0 : Double.parseDouble(digits);
  }
}
