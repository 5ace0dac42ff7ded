package com.compcoach.coach;

/**
 * "is it better as sign-on or more rsus?": what covers pay left behind, cash once or stock that vests, with the
 * thread's figure left behind and the counter's sign-on where they are known.
 */
final class MakeWhole {

  private MakeWhole() {}

  static String answer(Scene s, Conversation c) {
    String currency = s.region().currency();
    StringBuilder out = new StringBuilder("Either can cover what you leave behind; choose by when you'd have had it:\n"
        + "• A sign-on is cash at the start: it fits what would have vested or paid out at your job in the next year, "
        + "is certain, and usually comes with a clawback if you leave within 12 months (ask for it pro-rated).\n"
        + "• More RSUs fit what would have vested later: they come on the new schedule (a cliff included) and move "
        + "with the share price, so they may be worth more or less when they vest.\n"
        + "Many companies pay it part cash, part RSUs. Ask for cash first: a sign-on is the recruiter's most "
        + "flexible lever and touches no band.");
    if (c.forfeited() != null && c.forfeited() > 0) {
      out.append("\nYou leave ").append(Cards.money(c.forfeited(), currency)).append(" behind");
      Counteroffer counter = c.counter();
      if (counter == null || counter.signOn() <= 0) {
        out.append(".");
      } else if (counter.signOn() >= c.forfeited()) {
        out.append("; the counter's sign-on of ").append(new com.compcoach.guide.Money(counter.signOn(), currency)
            .full()).append(" covers it.");
      } else {
        // "leaving 80k behind" against a 20k sign-on: say what is still left, never that it is covered.
        out.append("; the counter's sign-on of ").append(new com.compcoach.guide.Money(counter.signOn(), currency)
            .full()).append(" covers ").append(Cards.money(counter.signOn(), currency)).append(" of it, leaving ")
            .append(Cards.money(c.forfeited() - counter.signOn(), currency))
            .append(" to ask for as more sign-on or RSUs.");
      }
    }
    return out.toString();
  }
}
