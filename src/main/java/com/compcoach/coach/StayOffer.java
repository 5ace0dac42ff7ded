package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.guide.Region;
import java.util.ArrayList;
import java.util.List;

/**
 * Today's employer offering to keep the candidate ("my manager says they'll match it", "my company countered with
 * 200k base to keep me"): weighed beside this offer, never read as it, and the job itself left to the candidate.
 */
final class StayOffer {

  private StayOffer() {}

  /** The name a counter to stay is kept under. */
  static final String NAME = Attribution.STAYING_NAME;

  /**
   * The thread with the figures this stay message read named as the counter to stay: "my manager offered to match the
   * base, so 200 if i stay" names no company, so the reader kept them unnamed.
   */
  static Conversation named(Conversation c, Reading reading) {
    Competing read = c.competing();
    if (read == null || read.from() != null || reading == null
        || reading.figures().stream().noneMatch(f -> f.purpose() == Figure.Purpose.COMPETING)) {
      return c;
    }
    return c.withCompeting(new Competing(read.total(), read.currency(), NAME, read.base(), read.stock(), read.bonus(),
        read.signOn()));
  }

  /** A match offered to stay, with no figure of its own: "offered to match", "they'll match it". */
  static final java.util.regex.Pattern MATCH = java.util.regex.Pattern.compile("(?i)\\bmatch(?:ed|ing)?\\b");

  /**
   * On the company's side ("he reneged, took a counter from his current employer"): the candidate's employer
   * countering to keep them, beside the offer on record, and the company's choices, never the candidate's advice.
   */
  static String answerForUs(Scene s, Conversation c, Long stayBase) {
    String currency = s.region().currency();
    Offer offer = Cards.usable(c.offer(), s.region());
    List<String> lines = new ArrayList<>();
    lines.add("Noted: the candidate's current employer countered to keep them" + (stayBase == null ? "" : ", at "
        + Cards.money(stayBase, currency) + " base") + (offer == null ? "." : "; your offer on record stays at "
        + TextRenderer.offer(offer, currency) + "."));
    if (stayBase != null && offer != null && offer.base() != null && stayBase > offer.base()) {
      lines.add("Their base is " + Cards.money(stayBase - offer.base(), currency) + " above yours.");
    }
    lines.add("Going back is your call: a counter to a counter holds only when the reason the candidate looked is "
        + "still there. If you go back, go once: ask what would make the move work, and bring something new (a "
        + "sign-on, the level, the start date) rather than a bidding round on base. If not, thank them, keep the door "
        + "open, and go to your next finalist or reopen the req soon.");
    return String.join("\n", lines);
  }

  /** The answer, with the base they named to keep the candidate ({@code stayBase}, null when none) against ours. */
  static String answer(Scene s, Conversation c, Long stayBase) {
    Region region = s.region();
    String currency = region.currency();
    String company = s.guide().company().name();
    Offer offer = Cards.usable(c.offer(), region);
    List<String> lines = new ArrayList<>();
    lines.add("That's a counteroffer from your current employer: a choice between two jobs, and no change to "
        + company + "'s offer.");
    Long ourBase = offer == null ? null : offer.base();
    Long ourYear = offer == null ? null : offer.recurringTotal();
    // Only the stay-offer's own figures (unnamed, or named as today's employer): another company's are never it.
    Competing kept = c.competing() != null && c.competing().currency().equals(currency)
        && (c.competing().from() == null || Attribution.STAYING_NAME.equals(c.competing().from())) ? c.competing()
        : null;
    Long grant = kept == null || kept.part(Component.BASE) != null || kept.part(Component.BONUS) != null ? null
        : kept.part(Component.STOCK);
    if (grant != null) {
      // "120k retention rsus if i stay": a grant to stay is paid on top of today's pay, never a job of its own.
      lines.add("Its grant to stay, " + Cards.money(grant, currency) + " a year while it vests, comes on top of what "
          + "you're paid today" + (c.payToday() == null ? ": tell me your pay today (\"i make 170 base\") and I'll "
          + "weigh staying against " + company + "'s offer." : ": staying pays " + Cards.money(c.payToday() + grant,
              currency) + " a year while it vests.") + " Get it in writing, with its vesting.");
    } else if (kept != null) {
      // Its figures were read as the candidate's alternative: every counter here asks at least as much, part by part.
      lines.add("I keep its figures as your alternative (" + (kept.partial() ? "known in part: tell me the rest"
          : Cards.money(kept.total(), currency) + " a year") + "), so no counter here asks less than it on any part. "
          + "Get it in writing, whole: base, bonus, stock and from when.");
    }
    if (kept != null && stayBase != null && ourBase != null && stayBase.longValue() != ourBase) {
      lines.add("On base: their " + Cards.money(stayBase, currency) + " against " + company + "'s "
          + Cards.money(ourBase, currency) + ", " + Cards.money(Math.abs(stayBase - ourBase), currency)
          + (stayBase > ourBase ? " more to stay." : " less to stay."));
    } else if (kept == null && stayBase != null && ourBase != null) {
      long gap = stayBase - ourBase;
      lines.add("Their " + Cards.money(stayBase, currency) + " base to keep you is "
          + (gap == 0 ? "the same as " : Cards.money(Math.abs(gap), currency) + (gap > 0 ? " over " : " under "))
          + company + "'s " + Cards.money(ourBase, currency) + " base" + (ourYear == null ? "." : "; " + company
          + "'s year is " + Cards.money(ourYear, currency) + ", so ask for theirs whole (bonus, stock, from when) "
          + "to weigh a year against a year."));
    } else if (kept == null && ourYear != null) {
      lines.add(company + "'s offer stands at " + Cards.money(ourYear, currency) + " a year. A \"we'll match\" is "
          + "nothing until it's in writing, whole: base, bonus, stock and from when.");
    }
    lines.add("Then weigh why you started looking: money to stay fixes the pay, rarely the work, the team or the "
        + "growth you went looking for. That part I can't judge from the guide; it's yours.");
    lines.add("Using it with " + company + " works only if it's real, in writing and pays more than their offer: a "
        + "match of " + company + "'s own figures moves nothing, so ask " + company + " on the market instead "
        + "(say \"what should I ask for?\"). Whichever you choose, tell the other side soon and politely.");
    return String.join("\n", lines);
  }
}
