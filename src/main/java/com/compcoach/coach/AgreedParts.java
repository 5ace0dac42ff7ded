package com.compcoach.coach;

import com.compcoach.guide.Component;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A part of the user's own ask the other side said yes to, in the message that gives the ask: "I asked for 200k RSU
 * and 195 base. they agreed to the RSU but base stays 185" makes the RSUs their offer at the figure asked.
 */
final class AgreedParts {

  private AgreedParts() {}

  /** Their yes to one part: "they agreed to the RSU", "she said yes on the sign-on", "hr approved the bonus". */
  private static final Pattern AGREED = Pattern.compile("\\b(?:they|she|he|recruiter|hr|the company|the hiring"
      + " manager|hm)\\s+(?:(?:have|has|had|just|also)\\s+)?(?:agreed to|agreed on|said yes to|said yes on|said ok to"
      // Not "matched" or "gave me": matching a competitor's figure, or a figure of their own, is read elsewhere.
      + "|approved|accepted|okayed|ok'd|oked|signed off on|went for|are fine with|were fine with)"
      + "\\s+(?:the\\s+|my\\s+|our\\s+)?(?:ask\\s+(?:on|for)\\s+(?:the\\s+)?)?(rsus?|stock|equity|grant|shares|base"
      + "(?:\\s+salary)?|salary|bonus|sign[- ]?on(?:\\s+bonus)?|signing(?:\\s+bonus)?)\\b(?!\\s+(?:of|at|to|from)\\s+\\$?\\d)");

  /** A word every phrase of {@link #AGREED} holds: most messages have none, and the pattern is not tried. */
  private static final List<String> VERB_WORDS = List.of("agreed", "yes", "ok", "approved", "accepted", "signed off",
      "went for", "fine with");

  /**
   * Adds, for each part they said yes to, the figure the same message asked for it as this offer's, with a remark
   * saying so; a part the message gives a figure of its own for is left as given.
   */
  static void take(String lower, List<Figure> figures, List<String> owners, List<Figure> asks, List<String> remarks) {
    if (asks.isEmpty() || !Phrases.containsAny(lower, VERB_WORDS)) {
      return;
    }
    Matcher m = AGREED.matcher(lower);
    List<String> taken = new java.util.ArrayList<>();
    while (m.find()) {
      Component part = part(m.group(1));
      if (figures.stream().anyMatch(f -> f.purpose() == Figure.Purpose.OFFER && f.component() == part)) {
        continue;
      }
      asks.stream().filter(a -> a.component() == part && a.purpose() == Figure.Purpose.OFFER).reduce((a, b) -> b)
          .ifPresent(asked -> {
            // An ask on stock is kept as a year's worth; what they agreed to is read as written ("200k RSU"), so a
            // grant or a year is settled as for any stock figure of theirs.
            figures.add(part != Component.STOCK ? asked : new Figure(Figure.Purpose.OFFER, part, asked.amount(),
                asked.percent(), asked.currency(), 0, false, asked.written()));
            owners.add(null);
            taken.add("the " + part.label() + " at " + asked.written());
          });
    }
    if (!taken.isEmpty()) {
      // "…so their offer stays as it was" is no longer so: the remark on the ask says what they took of it.
      remarks.removeIf(OwnAsks::ownAskRemark);
      remarks.add("They said yes to part of your ask: " + String.join(" and ", taken) + " is their offer now.");
    }
  }

  private static Component part(String word) {
    if (word.startsWith("base") || word.equals("salary")) {
      return Component.BASE;
    }
    if (word.equals("bonus")) {
      return Component.BONUS;
    }
    return word.startsWith("sign") ? Component.SIGN_ON : Component.STOCK;
  }
}
