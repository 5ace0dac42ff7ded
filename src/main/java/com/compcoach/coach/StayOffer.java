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

  /** An amount as typed: "30k", "$30,000", "25". */
  private static final String AMOUNT = "\\$?\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?\\s*k?";

  /**
   * One-time money to stay: "a 30k retention bonus", "30k retention", "retention bonus of 25k", "a 20k bonus to stay";
   * never "120k retention rsus" (a grant, stock).
   */
  private static final java.util.regex.Pattern RETENTION = java.util.regex.Pattern.compile("(?i)(?<![\\w.,])(" + AMOUNT
      + ")\\s+(?:one[- ]time\\s+|cash\\s+)?(?:retention(?:\\s+bonus)?|(?:bonus|payment)\\s+to\\s+stay|stay\\s+bonus)\\b"
      + "(?!\\s+(?:rsus?|stock|equity|shares|grant|options))"
      + "|\\bretention\\s+(?:bonus|payment)\\s+(?:of\\s+)?(" + AMOUNT + ")(?![\\w%])");

  /** Any figure at all: a message with another one beside the retention bonus is read as figures. */
  private static final java.util.regex.Pattern ANY_AMOUNT = java.util.regex.Pattern.compile("\\d");

  /**
   * On the company's side, a one-time bonus to stay from the candidate's employer today, told alone ("they got a 30k
   * retention bonus from their current company"): kept as nothing, answered as money to stay, never a competing
   * offer's sign-on nor ours (s31: on `main` it was "a sign-on on her competing offer", or the candidate's advice).
   * Null unless the message's only figure is that bonus.
   */
  static Turn retentionForUs(Conversation c, Scene s, String text) {
    if (!c.companySide()) {
      return null;
    }
    java.util.regex.Matcher m = RETENTION.matcher(text);
    if (!m.find()) {
      return null;
    }
    String written = m.group(1) != null ? m.group(1) : m.group(2);
    String rest = text.substring(0, m.start()) + " " + text.substring(m.end());
    if (ANY_AMOUNT.matcher(rest).find()) {
      return null;
    }
    String digits = written.replaceAll("[^\\d.]", "");
    double said = Double.parseDouble(digits);
    long amount = Math.round(said < 1_000 ? said * 1_000 : said);
    String currency = s.region().currency();
    Offer offer = Cards.usable(c.offer(), s.region());
    List<String> lines = new ArrayList<>();
    lines.add("Noted a " + new com.compcoach.guide.Money(amount, currency).full() + " retention bonus from the "
        + "candidate's current employer: one-time money to stay, not a competing offer and not your offer"
        + (offer == null ? "." : ", which stays at " + TextRenderer.offer(offer, currency) + "."));
    lines.add("Paid once, it weighs on the candidate's first year only: what they are paid there a year is what your "
        + "offer competes with" + (c.payToday() == null ? " (tell me their pay today, \"she's at 170 base\")." : ".")
        + " A one-time sign-on of your own is the money that meets it, without moving the base.");
    lines.add("Ask whether it must be paid back if they leave within a set time: a sign-on that covers a clawback "
        + "makes the move whole in year 1.");
    return new Turn(c, new Reply.Text(String.join("\n", lines)));
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
