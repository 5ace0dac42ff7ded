package com.compcoach.coach;

/**
 * One recruiter line in a practice role-play: a fixed sentence per kind, its figure from the guide's bands or the
 * offer. Lines are chosen by rules ({@link Recruiter}), never generated, so every figure said is one the user can
 * find on the card.
 */
sealed interface Pushback {

  /** What the recruiter says, in the band's currency. */
  String line();

  /** "What are your expectations?": the recruiter fishing for the first number. */
  record Expectations(String role) implements Pushback {
    @Override
    public String line() {
      return "Thanks for your time today. Before I share numbers for the " + role + " role: what are your salary "
          + "expectations?";
    }
  }

  /** "The band is fixed": said of the offer's base when there is one, else of the band. */
  record BandFixed(String offered) implements Pushback {
    @Override
    public String line() {
      return offered == null ? "The band for this role is fixed, so there isn't much room on base."
          : "Our base of " + offered + " is where the band puts this role; the band is fixed.";
    }
  }

  /** "We can't go above X": X is the base band's top in the region, the most a recruiter can truthfully claim. */
  record Ceiling(String top) implements Pushback {
    @Override
    public String line() {
      return "We can't go above " + top + " on base for this level.";
    }
  }

  /** "What are your other offers?": the competing-offer probe. */
  record OtherOffers() implements Pushback {
    @Override
    public String line() {
      return "What are your other offers? Where else are you interviewing?";
    }
  }

  /** "We need an answer by Friday": the exploding deadline. */
  record Deadline(String when) implements Pushback {
    @Override
    public String line() {
      return "We need an answer by " + when + ", we have other candidates we'd like to move forward with.";
    }
  }
}
