package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.guide.Region;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "*190" (or "190*") sent alone after the user's own figures: Slack's mark for a correction of what they just typed.
 * Where the thread's offer holds one part whose band the figure fits, it names that part; else it is asked as before.
 * A competing offer that holds that part or a total ("google offered me 200 base", "truist offered 280 total", then
 * "*205") may be what it corrects, so it is asked as before rather than moving this offer in silence.
 */
final class StarredFix {

  private static final Pattern STARRED = Pattern.compile("^\\s*(?:\\*\\s*([$£€]?\\d[\\d,.]*\\s?[kK]?)"
      + "|([$£€]?\\d[\\d,.]*\\s?[kK]?)\\s*\\*)\\s*$");

  /** The part a starred figure corrects, or null when the message is no lone starred figure or the part is unclear. */
  static Fix of(String text, Conversation c, Region region) {
    Offer offer = c.offer();
    if (offer == null || text.indexOf('*') < 0) {
      return null;
    }
    Matcher m = STARRED.matcher(text);
    if (!m.matches()) {
      return null;
    }
    String figure = m.group(1) != null ? m.group(1) : m.group(2);
    Placing.Placed placed = Placing.place(figure.strip(), region);
    if (placed == null) {
      return null;
    }
    List<Component> held = placed.fits().stream().filter(p -> p != Component.TOTAL && offer.of(p) != null).toList();
    if (held.size() != 1) {
      return null;
    }
    Component part = held.get(0);
    if (competingHolds(c, part)) {
      return null;
    }
    return new Fix(figure.strip() + " " + Placing.word(part), "Took *" + figure.strip() + " as your correction of the "
        + part.label() + " (" + Cards.money(offer.of(part), offer.currency()) + " before).");
  }

  /**
   * Whether any competing offer in the thread has a figure for the part, or a total: "truist offered 280 total" then
   * "*205" may mend the total they just typed as well as this offer's part.
   */
  private static boolean competingHolds(Conversation c, Component part) {
    return c.competing() != null && holds(c.competing(), part) || c.others().stream().anyMatch(o -> holds(o, part));
  }

  private static boolean holds(Competing o, Component part) {
    return o.part(part) != null || o.part(Component.TOTAL) != null;
  }

  /** The message with the part named, and the remark that says so. */
  record Fix(String text, String remark) {}
}
