package com.compcoach.coach;

/**
 * The one sentence a card or thread reply gives when its counter asks less a year than the aim: the band tops stop
 * it, and where they stop it under the candidate's best alternative, what would close the gap.
 */
final class AimNote {

  private AimNote() {}

  /** Why the counter's yearly total is under the aim; in a shared channel it never repeats the walk-away. */
  static String whyShort(Scene scene, Situation s, Counteroffer counter, BestAlternative alternative, Venue venue) {
    String currency = s.currency();
    String place = scene.region().shortName();
    String tops = "the " + place + " band tops (" + money(counter.total(), currency) + " a year)";
    long floor = alternative.floor();
    if (floor > counter.total()) {
      boolean competingLeads = alternative.competing() != null && alternative.competing() == floor;
      boolean direct = venue == Venue.DIRECT_MESSAGE;
      String what = competingLeads ? "Your competing offer of " + money(floor, currency) + " a year"
          : direct ? "Your walk-away of " + money(floor, currency) : "Your walk-away";
      String less = competingLeads || direct ? money(floor - counter.total(), currency) + " a year less"
          : "less than your walk-away";
      String signOn = counter.signOn() > 0 ? "the " + money(counter.signOn(), currency) + " sign-on for year 1"
          : "a sign-on for year 1";
      // An aim above the walk-away is not the walk-away: safe to name even in a channel.
      String aim = counter.aim() > floor
          ? ", and so is the aim of " + money(counter.aim(), currency) + competingAim(s, counter) : "";
      return what + " is more than " + tops + " can pay" + aim + ", so yearly pay here cannot match it. What would "
          + "close the gap: " + signOn + ", a compensation review date in writing, or your decision whether the role is worth "
          + less + ".";
    }
    String why = competingAim(s, counter);
    return "The aim is " + money(counter.aim(), currency) + " a year" + why + ", but " + tops + " stop under it: "
        + "the counter asks the tops" + (counter.signOn() > 0 ? " and a " + money(counter.signOn(), currency)
        + " sign-on for year 1." : ".");
  }

  private static String competingAim(Situation s, Counteroffer counter) {
    return s.competing() != null && counter.aim() == Precise.ceil(s.competing() + s.competing() / 20)
        ? " (5% past your competing offer)" : "";
  }

  /**
   * The aim a reply shows: what the counter asks a year, or the aim where the band tops hold the counter under it
   * (the note above says why); in a shared channel an aim that is the walk-away is not shown.
   */
  static long shown(Situation s, long aim, Counteroffer counter, Venue venue) {
    if (counter == null) {
      return aim;
    }
    if (counter.total() >= aim) {
      return counter.total();
    }
    boolean walkAwayAim = s.walkAway() != null && aim == s.walkAway()
        && (s.competing() == null || Precise.ceil(s.competing() + s.competing() / 20) < aim);
    return venue == Venue.SHARED_CHANNEL && walkAwayAim ? counter.total() : aim;
  }

  private static String money(long amount, String currency) {
    return Cards.money(amount, currency);
  }
}
