package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.guide.Region;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Their yes to the candidate's ask ("I asked for 158 and they said yes", "they said yes!!" after "I asked for 240
 * base"): the ask is their offer from then on, said back so a wrong guess is seen and fixed.
 */
final class YesToTheAsk {

  private YesToTheAsk() {}

  /** Their side saying yes: "they said yes", "recruiter agreed", "she approved it"; never "i accepted". */
  private static final Pattern THEIR_YES = Pattern.compile("\\b(?:they|she|he|recruiter|hr|the company|hiring manager"
      + "|hm|the hm)\\s+(?:(?:just|immediately|actually|both|all|basically|already|instantly|literally|totally|fully)\\s+)?"
      + "(?:said yes|said ok|said okay|agreed|accepted|approved|okayed|ok'd|signed off)\\b"
      + "(?!\\s+(?:to\\s+)?(?:my\\s+)?(?:start|resignation|notice|remote|hybrid|a call|the call|to talk))"
      // "they agreed to think about it", "she agreed to get back to me": a promise to answer, not their answer.
      + "(?!\\s+(?:to\\s+)?(?:think|consider|look|review|discuss|get back|come back|circle back|follow up|talk|"
      + "revisit|check|ask|run it|take it|bring it|pass it|escalate|see what|see if|sleep on|meet|chat|speak|"
      + "reconsider|try|push|fight|advocate|go back|loop|let me know|keep me posted)\\b)");

  /** A part refused beside the yes: "but said no to the sign on", "but not the bonus", "except the sign-on". */
  private static final Pattern REFUSED = Pattern.compile("\\b(?:said no|say no|no to|no on|but not|not (?:the|on|to|for)|"
      + "declined|refused|rejected|turned down|except|(?:won't|wont|can't|cant|couldn't|couldnt|could not|cannot|"
      + "wouldn't|wouldnt)\\s+(?:do|go|budge|move|match|give|offer|meet|add|include|approve|agree))\\b");

  /** The parts a message names, sign-on before bonus so "sign on bonus" is one part. */
  private static final Pattern PART = Pattern.compile("\\b(?<signon>sign[- ]?on(?:\\s+bonus)?|signing(?:\\s+bonus)?)"
      + "|\\b(?<base>base|salary)\\b|\\b(?<bonus>bonus)\\b|\\b(?<stock>rsus?|stock|equity|shares|grant)\\b");

  /** Whether the yes comes with a refusal ("they agreed on the base but said no to the sign on"). */
  static boolean partly(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    java.util.regex.Matcher yes = THEIR_YES.matcher(lower);
    return yes.find() && REFUSED.matcher(lower).find();
  }

  /**
   * The parts refused: those named after the refusal ("agreed on the base but said no to the sign on" refuses the
   * sign-on); empty when the message refuses something without naming a part.
   */
  static java.util.Set<Component> refused(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    java.util.regex.Matcher no = REFUSED.matcher(lower);
    java.util.Set<Component> parts = java.util.EnumSet.noneOf(Component.class);
    if (!no.find()) {
      return parts;
    }
    java.util.regex.Matcher part = PART.matcher(lower.substring(no.start()));
    while (part.find()) {
      parts.add(part.group("signon") != null ? Component.SIGN_ON : part.group("base") != null ? Component.BASE
          : part.group("bonus") != null ? Component.BONUS : Component.STOCK);
    }
    return parts;
  }

  /** Whether the message tells of their yes. */
  static boolean said(String text) {
    return THEIR_YES.matcher(text.toLowerCase(Locale.ROOT)).find();
  }

  /** "did I leave money on the table?" after their yes: the worry that the ask was too low. */
  private static final Pattern TOO_LOW = Pattern.compile("\\b(?:money on the table|too low|too quick|too fast"
      + "|too easily|should have asked|should've asked|shouldve asked|asked for more|lowballed myself|undersold)\\b");

  /** The reply to their yes: the offer it makes, said back, and the worry of a quick yes answered when it is said. */
  static Turn turn(Conversation c, Offer yes, String text) {
    java.util.Set<Component> refused = partly(text) ? refused(text) : java.util.Set.of();
    String no = refused.isEmpty() ? "" : " They said no to the " + refused.stream().map(Component::label)
        .collect(java.util.stream.Collectors.joining(" and the ")) + ", so " + (refused.size() == 1 ? "it stays" : "those stay")
        + " as they offered.";
    String worry = TOO_LOW.matcher(text.toLowerCase(Locale.ROOT)).find() ? " A quick yes usually means your ask sat "
        + "inside what they had approved; it doesn't mean the offer is worth reopening. Going back for more after "
        + "their yes is the one move that risks the offer, so take the win." : "";
    return new Turn(c.withOffer(yes), new Reply.Text((refused.isEmpty() ? "Congratulations! They said yes to your "
        + "ask, so their offer is now: " : "They said yes to part of your ask, so their offer is now: ")
        + TextRenderer.offer(yes, yes.currency()) + "." + no + worry + " If they agreed to anything else, tell me "
        + "its figures. Ask for the final figures in writing (base, stock with its vesting schedule, bonus, sign-on "
        + "and start date) and check each one matches before you sign."));
  }

  /**
   * The offer their yes makes: the ask this message gives ("I asked for 158 and they said yes", a figure with no word
   * placed where only one band holds it), or else the thread's standing ask; null when there is no yes of theirs,
   * the message gives figures of their offer, or an ask here can't be placed on one part.
   */
  static Offer agreed(Talk t) {
    Conversation c = t.conversation();
    Offer offer = c.offer();
    Reading reading = t.reading();
    if (c.companySide() || offer == null || offer.base() == null || t.scene().isEmpty() || !said(t.text())
        || reading != null && reading.figures().stream().anyMatch(f -> f.purpose() == Figure.Purpose.OFFER)) {
      return null;
    }
    Region region = t.scene().get().region();
    // "they agreed on the base but said no to the sign on": only the parts not refused are theirs now; a refusal that
    // names no part leaves what they agreed to unclear, so no yes is taken (asked instead).
    java.util.Set<Component> refused = partly(t.text()) ? refused(t.text()) : java.util.Set.of();
    if (partly(t.text()) && refused.isEmpty()) {
      return null;
    }
    if (reading != null && !reading.asks().isEmpty()) {
      Offer yes = offer;
      for (Figure ask : reading.asks()) {
        if (ask.percent()) {
          return null;
        }
        Component part = ask.component();
        long value = ask.amount() < 1_000 && region.bands().base().low() >= 10_000 ? ask.amount() * 1_000
            : ask.amount();
        if (part == null) {
          Placing.Placed placed = Placing.place(ask.written(), region);
          if (placed == null || placed.fits().size() != 1 || placed.fits().get(0) == Component.TOTAL) {
            return null;
          }
          part = placed.fits().get(0);
          value = placed.value();
        }
        if (part == Component.TOTAL) {
          return null;
        }
        if (!refused.contains(part)) {
          yes = yes.with(part, value);
        }
      }
      return yes.equals(offer) ? null : yes;
    }
    String remark = reading == null ? null : reading.remarks().stream()
        .filter(r -> r.startsWith(OwnAsks.SENT_ASK_REMARK)).findFirst().orElse(null);
    if (remark != null) {
      // "I asked for 158 and they said yes": an ask with no word is kept only as a remark; placed where one band holds
      // it, or no yes is taken from it.
      int colon = remark.indexOf(':');
      String written = colon < 0 ? "" : remark.substring(OwnAsks.SENT_ASK_REMARK.length(), colon);
      Placing.Placed placed = written.contains(" ") ? null : Placing.place(written, region);
      if (placed == null || placed.fits().size() != 1 || placed.fits().get(0) == Component.TOTAL) {
        return null;
      }
      return offer.with(placed.fits().get(0), placed.value());
    }
    Counteroffer ask = c.counter();
    if (ask == null || !ask.currency().equals(offer.currency())) {
      return null;
    }
    if (refused.contains(Component.STOCK) || refused.contains(Component.BONUS)) {
      // A refusal of a part the ask kept as offered, or moved as the coach's plan: what they agreed to is unclear.
      return null;
    }
    Offer yes = refused.contains(Component.BASE) ? offer : offer.with(Component.BASE, ask.base());
    // Only an ask of the user's own on base ("I asked for 240 base") keeps their other parts as offered; a counter that
    // moves them too is the coach's plan, which the user may never have sent, so no yes is taken to it.
    long stock = yes.stock() == null ? 0 : yes.stock();
    long bonus = yes.bonus() == null ? 0 : yes.bonus();
    if (!refused.contains(Component.BASE) && (ask.stock() != stock || ask.bonus() != bonus)) {
      return null;
    }
    if (ask.signOn() > 0 && !refused.contains(Component.SIGN_ON) && !Long.valueOf(ask.signOn()).equals(yes.signOn())) {
      yes = yes.with(Component.SIGN_ON, ask.signOn());
    }
    return yes.equals(offer) ? null : yes;
  }
}
