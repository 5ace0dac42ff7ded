package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.guide.Money;
import com.compcoach.guide.Range;
import com.compcoach.guide.Region;
import com.compcoach.guide.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "what if i ask for 400 total", "what about 250 total", "what if i ask for 250": the user's own yearly ask weighed
 * against the total band, the Negotiate-Up target, their offer and the counter the guide plans, and never stored. A
 * bare figure the base and the year could both mean is weighed both ways, each said, so neither is guessed.
 */
final class YearAsk {

  /** The user asking, in the what-if's words: "i ask for", "asking for", "i counter with". */
  private static final Pattern ASKING = Pattern.compile(
      "\\b(?:i|we)\\s+(?:ask|asked|counter|countered|push|go back|went back|come back|(?:just\\s+)?tell\\s+them"
      + "|(?:just\\s+)?say)\\b|\\bask(?:ing)?\\s+(?:for|them)\\b",
      Pattern.CASE_INSENSITIVE);

  /** A figure to be told to them, which may be the user's pay today rather than an ask. */
  private static final Pattern TELLING = Pattern.compile("(?i)\\btell\\s+them\\b");

  private final OfferReader reader;
  private final OwnAsk ownAsk;

  YearAsk(OfferReader reader, OwnAsk ownAsk) {
    this.reader = reader;
    this.ownAsk = ownAsk;
  }

  /** The yearly ask weighed; null when the message is no what-if of the user's own total, or there is no offer. */
  Turn weigh(Conversation c, Scene scene, String text, Venue venue) {
    String rest = WhatIfWords.supposed(text);
    Region region = scene.region();
    Turn ownPay = payToday(c, scene, text, rest);
    if (ownPay != null) {
      return ownPay;
    }
    Offer offer = Cards.usable(c.offer(), region);
    if (rest == null || c.companySide() || offer == null || offer.recurringTotal() == null
        || WhatIfWords.theirMove(rest)) {
      return null;
    }
    Reading read = reader.read(rest, TheirCompany.names(scene.guide()));
    if (!read.unclear().isEmpty() || !read.asks().isEmpty() || read.competitor() != null) {
      return null;
    }
    // The opener may itself be the asking ("how about i ask for 240?").
    boolean asking = ASKING.matcher(text).find();
    if (read.figures().size() == 1 && read.loose().isEmpty()) {
      Figure f = read.figures().get(0);
      Placing.Placed placed = Placing.place(f.written(), region);
      // "what about 400 total" with no one moving: past their year it is an ask; a lower year could be theirs.
      if (f.component() != Component.TOTAL || f.percent() || f.purpose() != Figure.Purpose.OFFER || placed == null
          || !asking && placed.value() <= offer.recurringTotal()) {
        return null;
      }
      List<String> lines = new ArrayList<>(year(scene, c, offer, placed.value(), venue));
      lines.add(asking ? UNCHANGED : UNCHANGED + " If they offered it, tell me so (\"they offered "
          + f.written() + " total\").");
      return new Turn(c, new Reply.Text(String.join("\n", lines)));
    }
    if (read.figures().isEmpty() && read.loose().size() == 1 && asking) {
      Placing.Placed placed = Placing.place(read.loose().get(0), region);
      if (placed == null) {
        return null;
      }
      String written = read.loose().get(0);
      // "how about i ask for 240?" on a 195 base and a 274K year: a figure over their base and under their year is
      // no yearly ask (it gives back what they offer), so it is the base, even past the base band's top.
      boolean overBaseUnderYear = offer.base() != null && offer.recurringTotal() != null
          && placed.value() > offer.base() && placed.value() < offer.recurringTotal()
          && placed.value() <= region.bands().base().high() * 3 / 2;
      if ((placed.fits().equals(List.of(Component.BASE)) || overBaseUnderYear) && offer.base() != null) {
        // Only the base band holds it: the base, said so, with the rest as offered; a percent bonus moves with it.
        Offer moved = offer.with(Component.BASE, placed.value());
        long year = moved.recurringTotal();
        Counteroffer planned = ownAsk.planned(scene, c, venue);
        // "should i just tell them 160?": under the counter's base it gives away what the guide says to ask for, and
        // a figure told to them may be pay today, which needn't be shared at all.
        String under = planned != null && planned.base() > placed.value() ? "\nIt's "
            + money(planned.base() - placed.value(), region.currency()) + " under the counter's base of "
            + new Money(planned.base(), region.currency()).full() + ": you won't get more than you ask for." : "";
        String told = TELLING.matcher(text).find() ? "\nIf " + written + " is what you make now, you needn't say it at"
            + " all: the offer is about this role, not your last one." : "";
        String bonus = offer.bonusPercent() != null && moved.bonus() != null && !moved.bonus().equals(offer.bonus())
            ? " (the " + OfferUpdate.percent(offer.bonusPercent()) + " bonus moves with the base: "
                + new Money(moved.bonus(), region.currency()).full() + ")" : "";
        return new Turn(c.withWhatIf(OwnAsk.counter(moved, region.currency())), new Reply.Text("Took " + written
            + " as the base: " + (placed.fits().equals(
            List.of(Component.BASE)) ? "only the " + region.shortName() + " base band holds it."
            : "over their base and under their year, it can only be the base.")
            + "\n" + OwnAsk.againstBand(scene, Component.BASE, placed.value())
            + "\nWith the rest as offered" + bonus + ", that asks " + money(year, region.currency()) + " a year, "
            + money(year - offer.recurringTotal(), region.currency()) + " over their "
            + money(offer.recurringTotal(), region.currency()) + "." + under + told + "\nNothing is changed: say \"I'll ask for "
            + written + " base\" to make it your ask."));
      }
      List<String> lines = new ArrayList<>();
      lines.add("Is " + written + " the base or the year in total? Both ways:");
      lines.add("- As a base: " + OwnAsk.againstBand(scene, Component.BASE, placed.value()));
      lines.add("- As a year: " + String.join(" ", year(scene, c, offer, placed.value(), venue)));
      lines.add(UNCHANGED + " Say which (\"" + written + " base\" or \"" + written + " total\").");
      return new Turn(c, new Reply.Text(String.join("\n", lines)));
    }
    return null;
  }

  /**
   * "should i tell them 160" where 160 is the pay today the thread holds: whether to share it, never a what-if of
   * their offer nor an ask.
   */
  private Turn payToday(Conversation c, Scene scene, String text, String rest) {
    if (rest == null || c.payToday() == null || c.companySide() || !TELLING.matcher(text).find()) {
      return null;
    }
    Reading read = reader.read(rest, TheirCompany.names(scene.guide()));
    String written = read.loose().size() == 1 && read.figures().isEmpty() ? read.loose().get(0) : null;
    Placing.Placed placed = written == null ? null : Placing.place(written, scene.region());
    if (placed == null || placed.value() != c.payToday()) {
      return null;
    }
    return new Turn(c, new Reply.Text(written + " is your pay today as you gave it, and you don't have to tell them: "
        + "what you earn now is about your old job, and once said it anchors their offer to it. Say: \"I'd rather "
        + "focus on what this role pays; I'm looking for a package in line with the " + scene.region().shortName()
        + " market.\" Nothing is changed."));
  }

  private static final String UNCHANGED = "Nothing is changed: a yearly total is asked as its parts, so say a part "
      + "(\"I'll ask for 220 base\") to make it your ask.";

  /** A yearly ask against the total band, the target, their offer and the counter the guide plans. */
  private List<String> year(Scene scene, Conversation c, Offer offer, long asked, Venue venue) {
    Region region = scene.region();
    String currency = region.currency();
    Range band = region.bands().total();
    List<String> lines = new ArrayList<>();
    String what = "A total of " + money(asked, currency) + " a year";
    if (asked > band.high()) {
      lines.add(what + " is past the top of the " + region.shortName() + " total band (" + Money.compact(band, currency)
          + ") by " + money(asked - band.high(), currency) + ": above what the guide says this role pays there. "
          + "Expect a no, or a question of level; an ask past the band costs you the credibility a researched figure "
          + "gives.");
    } else if (asked < band.low()) {
      lines.add(what + " is below the " + region.shortName() + " total band (" + Money.compact(band, currency)
          + "): the market pays more, so ask higher.");
    } else {
      Target target = scene.target().orElse(null);
      lines.add(what + " is inside the " + region.shortName() + " total band (" + Money.compact(band, currency)
          + "), at " + Math.round(band.position(asked) * 100) + "%" + (target == null ? "." : asked < target.total().low()
              ? ", under the Negotiate-Up target of " + Money.compact(target.total(), currency) + "."
              : ", in the Negotiate-Up target of " + Money.compact(target.total(), currency) + "."));
    }
    long theirs = offer.recurringTotal();
    lines.add(asked > theirs ? "It's " + money(asked - theirs, currency) + " over their " + money(theirs, currency) + "."
        : "It's not over their " + money(theirs, currency) + ": asking that gives back what they already offer.");
    Counteroffer planned = ownAsk.planned(scene, c, venue);
    if (planned != null && planned.total() > asked) {
      lines.add("It's " + money(planned.total() - asked, currency) + " a year under the counter I'd plan from the "
          + "guide (" + money(planned.total(), currency) + " a year): too low an ask, since you won't get more "
          + "than you ask for.");
    } else if (planned != null && asked > band.high()) {
      lines.add("The counter I'd plan from the guide asks " + money(planned.total(), currency) + " a year, each part "
          + "at most its band's top: ask that, with precise figures.");
    }
    return lines;
  }

  private static String money(long amount, String currency) {
    return new Money(amount, currency).compact();
  }
}
