package com.compcoach.coach;

/**
 * The state of one thread, as a plain value that round-trips through {@link ConversationJson}; null means unknown.
 *
 * @param company   company slug of the guide in use, e.g. "ally-financial"
 * @param role      role slug, e.g. "ml-ai-engineer"
 * @param region    the pay-table row's name, e.g. "Charlotte, NC"
 * @param offer     the offer as it stands now (revisions applied)
 * @param competing a competing offer the user named
 * @param walkAway  the user's walk-away yearly total: used always, repeated only in direct messages
 * @param forfeited unvested equity or bonus the user leaves behind, which a sign-on may bridge
 * @param counter   the last figures the coach told the user to ask for
 * @param countered the offer that counter answered, so their next answer can be measured against the gap
 * @param subject   what "why?" would explain now
 * @param lever     the lever number "why?" refers to when {@code subject} is {@link Subject#LEVER}
 * @param employer  the user's current employer, once they say it, for the levers' "[current company]"
 * @param pending   a figure the coach just asked about ("Is 210 the base?"), as typed, so "yes" or "base" completes
 *                  it; null once any other message comes
 * @param terms     relocation, refresh grants, deadline and cliff read from an offer letter, or null
 * @param practice  the negotiation role-play under way ("practice"), or null: while it runs, messages are answers
 *                  to the recruiter, never the offer
 * @param reminders the deadline reminders wanted and scheduled, or null before any are asked for
 */
public record Conversation(String company, String role, String region, Offer offer, Competing competing,
                           Long walkAway, Long forfeited, Counteroffer counter, Offer countered, Subject subject,
                           int lever, String employer, String pending, OfferTerms terms, Practice practice,
                           Reminders reminders) {

  /** A thread nothing was said in yet. */
  public static final Conversation EMPTY =
      new Conversation(null, null, null, null, null, null, null, null, null, Subject.NONE, 0, null, null, null, null,
          null);

  public Conversation {
    subject = subject == null ? Subject.NONE : subject;
  }

  /** A conversation with no figure waiting for its word. */
  public Conversation(String company, String role, String region, Offer offer, Competing competing, Long walkAway,
                      Long forfeited, Counteroffer counter, Offer countered, Subject subject, int lever,
                      String employer) {
    this(company, role, region, offer, competing, walkAway, forfeited, counter, countered, subject, lever, employer,
        null, null, null, null);
  }

  /** A conversation with no role-play under way, as states saved before practice existed read. */
  public Conversation(String company, String role, String region, Offer offer, Competing competing, Long walkAway,
                      Long forfeited, Counteroffer counter, Offer countered, Subject subject, int lever,
                      String employer, String pending, OfferTerms terms) {
    this(company, role, region, offer, competing, walkAway, forfeited, counter, countered, subject, lever, employer,
        pending, terms, null, null);
  }

  /** The same as {@link #EMPTY}. */
  public static Conversation empty() {
    return EMPTY;
  }

  /** Whether a role and region are chosen. */
  public boolean started() {
    return company != null && role != null && region != null;
  }

  /** What the last figure was, so "why?" can explain it. */
  public enum Subject { NONE, AIM, COUNTER, NEXT_STEP, LEVER, COMPARISON }

  Conversation withGuide(String companySlug, String roleSlug, String regionName) {
    return new Conversation(companySlug, roleSlug, regionName, offer, competing, walkAway, forfeited, counter,
        countered, subject, lever, employer, pending, terms, practice, reminders);
  }

  Conversation withRegion(String regionName) {
    return new Conversation(company, role, regionName, offer, competing, walkAway, forfeited, counter, countered,
        subject, lever, employer, pending, terms, practice, reminders);
  }

  Conversation withOffer(Offer newOffer) {
    return new Conversation(company, role, region, newOffer, competing, walkAway, forfeited, counter, countered,
        subject, lever, employer, pending, terms, practice, reminders);
  }

  Conversation withCompeting(Competing newCompeting) {
    return new Conversation(company, role, region, offer, newCompeting, walkAway, forfeited, counter, countered,
        subject, lever, employer, pending, terms, practice, reminders);
  }

  Conversation withWalkAway(Long amount) {
    return new Conversation(company, role, region, offer, competing, amount, forfeited, counter, countered,
        subject, lever, employer, pending, terms, practice, reminders);
  }

  Conversation withForfeited(Long amount) {
    return new Conversation(company, role, region, offer, competing, walkAway, amount, counter, countered,
        subject, lever, employer, pending, terms, practice, reminders);
  }

  Conversation withCounter(Counteroffer newCounter, Offer answered) {
    return new Conversation(company, role, region, offer, competing, walkAway, forfeited, newCounter, answered,
        subject, lever, employer, pending, terms, practice, reminders);
  }

  Conversation withEmployer(String name) {
    return new Conversation(company, role, region, offer, competing, walkAway, forfeited, counter, countered,
        subject, lever, name, pending, terms, practice, reminders);
  }

  Conversation withPending(String figure) {
    return new Conversation(company, role, region, offer, competing, walkAway, forfeited, counter, countered,
        subject, lever, employer, figure, terms, practice, reminders);
  }

  Conversation withTerms(OfferTerms newTerms) {
    return new Conversation(company, role, region, offer, competing, walkAway, forfeited, counter, countered,
        subject, lever, employer, pending, newTerms, practice, reminders);
  }

  Conversation about(Subject newSubject, int leverNumber) {
    return new Conversation(company, role, region, offer, competing, walkAway, forfeited, counter, countered,
        newSubject, leverNumber, employer, pending, terms, practice, reminders);
  }

  Conversation withPractice(Practice newPractice) {
    return new Conversation(company, role, region, offer, competing, walkAway, forfeited, counter, countered,
        subject, lever, employer, pending, terms, newPractice, reminders);
  }

  /** The same conversation with its reminders as they now stand. */
  public Conversation withReminders(Reminders newReminders) {
    return new Conversation(company, role, region, offer, competing, walkAway, forfeited, counter, countered,
        subject, lever, employer, pending, terms, practice, newReminders);
  }

  /** The reminders as they stand; {@link Reminders#NONE} when none were asked for. */
  public Reminders remindersOrNone() {
    return reminders == null ? Reminders.NONE : reminders;
  }
}
