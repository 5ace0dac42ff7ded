package com.compcoach.coach;

import com.compcoach.guide.Component;
import java.util.List;
import java.util.Locale;

/**
 * A step of theirs with no part named ("they offered 5k more, take it?"): asked which part went up, and kept for one
 * message ({@link HeldMessage}) so the reply that names the part ("base", "on the base") adds the step to it, said back
 * as any step is.
 *
 * @param step the step as typed ("5k")
 */
record StepAsked(String step) implements HeldMessage.Question {

  static final String KIND = "step";

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public List<String> fields() {
    return List.of(step);
  }

  /** What the thread keeps while the part is asked: the step alone, never the message's words. */
  String pending() {
    return new HeldMessage(this, List.of()).stored();
  }

  /** Words a reply that names the part may hold beside it: "the base", "on base", "it was the base". */
  private static final List<String> PLAIN = List.of("the", "on", "it", "its", "it's", "was", "is", "to", "just",
      "only", "their", "my", "oh", "ok", "sorry", "all", "in", "per", "year", "a", "pay", "part", "one", "annual",
      "yearly", "target", "grant");

  /** "signing bonus", "sign on bonus": one part, the sign-on, whose second word is not the yearly bonus. */
  private static final java.util.regex.Pattern SIGN_ON_BONUS =
      java.util.regex.Pattern.compile("\\b(?:signing|sign-on|sign on|signon)[ -]bonus\\b");

  /** The step as a message says it of the part the reply names ("they bumped base by 5k"); null when it names none. */
  String on(String reply) {
    String lower = reply.toLowerCase(Locale.ROOT).strip();
    if (lower.length() > 40) {
      return null;
    }
    Component part = null;
    String said = lower.contains("bonus") ? SIGN_ON_BONUS.matcher(lower).replaceAll("sign-on") : lower;
    for (String word : said.replaceAll("[^a-z'-]+", " ").strip().split(" ")) {
      Component named = switch (word) {
        case "base", "salary" -> Component.BASE;
        case "bonus" -> Component.BONUS;
        case "stock", "rsu", "rsus", "equity", "shares" -> Component.STOCK;
        case "sign-on", "signon", "signing", "sign" -> Component.SIGN_ON;
        default -> null;
      };
      if (named != null) {
        if (part != null && part != named) {
          return null;
        }
        part = named;
      } else if (!word.isEmpty() && !PLAIN.contains(word)) {
        return null;
      }
    }
    if (part == null) {
      return null;
    }
    return switch (part) {
      case BASE -> "they bumped base by " + step;
      case BONUS -> "they bumped the bonus by " + step;
      case STOCK -> "an extra " + step + " of stock a year";
      default -> "another " + step + " signing";
    };
  }
}
