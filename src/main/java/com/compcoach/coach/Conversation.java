package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The state of one thread, as a plain value that round-trips through {@link ConversationJson}; null means unknown.
 *
 * @param company   company slug of the guide in use, e.g. "ally-financial"
 * @param role      role slug, e.g. "ml-ai-engineer"
 * @param region    the pay-table row's name, e.g. "Charlotte, NC"
 * @param offer     the offer as it stands now (revisions applied)
 * @param competing a competing offer the user named
 * @param floor     the walk-away as typed ("175 base" is 175,000 on base), stored as "walkAway"; see
 *                  {@link #walkAway()}: used always, repeated only in direct messages
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
 * @param floorPart the part the walk-away is on ("her floor is 175 base"), or null for a yearly total
 * @param floorWhose whose walk-away it is when not the user's ("her", "your candidate's"), or null for the user's
 * @param voice     who the coach speaks to and the note it last offered to write, or null: the candidate's side,
 *                  no note
 * @param others    the other companies' competing offers, kept beside {@code competing} (the one that pays the most a
 *                  year), in the order named; empty for states saved before several were kept
 * @param payToday  the user's own pay today a year ("I make 175 now", "last year i made 152k"), so "is it worth
 *                  switching?" weighs the offer against it; never an offer, null when not given
 * @param acceptedAnswer true when the last reply said to accept their answer, which a later walk-away or name does
 *                  not undo, nor anything the accept was not weighed on (a deadline, pay today, an employer, a
 *                  question); a new offer, competing offer, counter or guide does. Null otherwise (a field, not a
 *                  {@link Subject}, so older versions load the state)
 * @param earlier   their offer before its last change, so "what was the base before?" is said from the thread
 * @param editNoted true once the thread was told that an edited message is not read, so it is told once whatever
 *                  instance takes the next edit; null before
 */
public record Conversation(String company, String role, String region, Offer offer, Competing competing,
                           @JsonProperty("walkAway") Long floor, Long forfeited, Counteroffer counter,
                           Offer countered, Subject subject, int lever, String employer, String pending,
                           OfferTerms terms, Practice practice, Reminders reminders, Component floorPart,
                           String floorWhose, Voice voice,
                           @JsonProperty("otherOffers") @JsonInclude(JsonInclude.Include.NON_EMPTY)
                           List<Competing> others, Long payToday, Boolean acceptedAnswer, Offer earlier,
                           Boolean editNoted) {

  /** A thread nothing was said in yet. */
  public static final Conversation EMPTY =
      new Conversation(null, null, null, null, null, null, null, null, null, Subject.NONE, 0, null, null, null, null,
          null);

  public Conversation {
    subject = subject == null ? Subject.NONE : subject;
    floorPart = floorPart == Component.TOTAL ? null : floorPart;
    others = others == null ? List.of() : List.copyOf(others);
  }

  /** A conversation whose walk-away, if any, is the user's own yearly total. */
  public Conversation(String company, String role, String region, Offer offer, Competing competing, Long walkAway,
                      Long forfeited, Counteroffer counter, Offer countered, Subject subject, int lever,
                      String employer, String pending, OfferTerms terms, Practice practice, Reminders reminders) {
    this(company, role, region, offer, competing, walkAway, forfeited, counter, countered, subject, lever, employer,
        pending, terms, practice, reminders, null, null, null, List.of(), null, null, null);
  }

  /**
   * The walk-away as a yearly total, which every counter and verdict compares with: a floor on one part ("her floor
   * is 175 base") is this offer with that part raised to the floor, so the rest of the offer counts as offered.
   */
  public Long walkAway() {
    if (floor == null || floorPart == null || offer == null) {
      return floor;
    }
    Long part = offer.of(floorPart);
    Offer floored = part != null && part >= floor ? offer : offer.with(floorPart, floor);
    Long total = floored.recurringTotal();
    return total == null ? floor : total;
  }

  /**
   * How far an offer falls under the walk-away: on its part where the walk-away is on one ("$10K under your walk-away
   * of $230K on base"), else a year for a year; 0 when it clears it or there is none.
   */
  long walkAwayGap(Offer offer) {
    Long total = offer == null ? null : offer.recurringTotal();
    Long line = walkAway();
    if (total == null || line == null || total >= line) {
      return 0;
    }
    Long part = floorPart == null ? null : offer.of(floorPart);
    return part != null && part < floor ? floor - part : line - total;
  }

  /** The walk-away's figure as a candidate says it: "$230K on base", "$300K a year". */
  String walkAwayFigure(java.util.function.LongFunction<String> money) {
    return floor == null ? "" : money.apply(floor) + (floorPart == null ? " a year" : " on " + floorPart.label());
  }

  /** How replies name the walk-away's owner: "your" for the user's own, else "her", "your candidate's", … */
  public String walkAwayOwner() {
    return floorWhose == null ? "your" : floorWhose;
  }

  /**
   * The walk-away as replies say it: "your walk-away of $240K", "her walk-away of $175K on base" in a direct message,
   * "her walk-away" where others read along (a walk-away is never repeated in a shared channel).
   */
  String walkAwayName(boolean direct, java.util.function.LongFunction<String> money) {
    return walkAwayOwner() + " walk-away" + (direct && floor != null ? " of " + money.apply(floor)
        + (floorPart == null ? "" : " on " + floorPart.label()) : "");
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

  /** Whether the last answer of theirs was close enough to accept. */
  boolean accepted() {
    return Boolean.TRUE.equals(acceptedAnswer);
  }

  /** The same thread after a reply that said to accept their answer. */
  Conversation withAccepted() {
    return new Conversation(company, role, region, offer, competing, floor, forfeited, counter, countered,
        subject, lever, employer, pending, terms, practice, reminders, floorPart, floorWhose, voice, others, payToday,
        true, null, editNoted);
  }

  Conversation withGuide(String companySlug, String roleSlug, String regionName) {
    return new Conversation(companySlug, roleSlug, regionName, offer, competing, floor, forfeited, counter,
        countered, subject, lever, employer, pending, terms, practice, reminders, floorPart, floorWhose, voice, others,
        payToday, null, earlier, editNoted);
  }

  Conversation withRegion(String regionName) {
    return new Conversation(company, role, regionName, offer, competing, floor, forfeited, counter, countered,
        subject, lever, employer, pending, terms, practice, reminders, floorPart, floorWhose, voice, others,
        payToday, null, earlier, editNoted);
  }

  Conversation withOffer(Offer newOffer) {
    // The offer it replaces is kept, so "what was the base before?" has its answer from the thread.
    Offer replaced = offer != null && !offer.isEmpty() && !offer.equals(newOffer) ? offer : earlier;
    return new Conversation(company, role, region, newOffer, competing, floor, forfeited, counter, countered,
        subject, lever, employer, pending, terms, practice, reminders, floorPart, floorWhose, voice, others,
        payToday, null, replaced, editNoted);
  }

  /** A conversation as states saved before an edit's note was remembered read. */
  public Conversation(String company, String role, String region, Offer offer, Competing competing, Long walkAway,
                      Long forfeited, Counteroffer counter, Offer countered, Subject subject, int lever,
                      String employer, String pending, OfferTerms terms, Practice practice, Reminders reminders,
                      Component floorPart, String floorWhose, Voice voice, List<Competing> others, Long payToday,
                      Boolean acceptedAnswer, Offer earlier) {
    this(company, role, region, offer, competing, walkAway, forfeited, counter, countered, subject, lever, employer,
        pending, terms, practice, reminders, floorPart, floorWhose, voice, others, payToday, acceptedAnswer, earlier,
        null);
  }

  /** Whether the thread was already told that edited messages are not read. */
  public boolean toldEditsNotRead() {
    return Boolean.TRUE.equals(editNoted);
  }

  /** The same thread, told that edited messages are not read. */
  public Conversation withEditsNotRead() {
    return new Conversation(company, role, region, offer, competing, floor, forfeited, counter, countered,
        subject, lever, employer, pending, terms, practice, reminders, floorPart, floorWhose, voice, others,
        payToday, acceptedAnswer, earlier, true);
  }

  /** A conversation as states saved before the earlier offer was kept read. */
  public Conversation(String company, String role, String region, Offer offer, Competing competing, Long walkAway,
                      Long forfeited, Counteroffer counter, Offer countered, Subject subject, int lever,
                      String employer, String pending, OfferTerms terms, Practice practice, Reminders reminders,
                      Component floorPart, String floorWhose, Voice voice, List<Competing> others, Long payToday,
                      Boolean acceptedAnswer) {
    this(company, role, region, offer, competing, walkAway, forfeited, counter, countered, subject, lever, employer,
        pending, terms, practice, reminders, floorPart, floorWhose, voice, others, payToday, acceptedAnswer, null);
  }

  Conversation withCompeting(Competing newCompeting) {
    return new Conversation(company, role, region, offer, newCompeting, floor, forfeited, counter, countered,
        subject, lever, employer, pending, terms, practice, reminders, floorPart, floorWhose, voice, others,
        payToday, null, earlier, editNoted);
  }

  /** The competing offer weighed (the one that pays the most a year) and the other companies' offers kept beside it. */
  Conversation withCompeting(Competing weighed, List<Competing> kept) {
    return new Conversation(company, role, region, offer, weighed, floor, forfeited, counter, countered, subject,
        lever, employer, pending, terms, practice, reminders, floorPart, floorWhose, voice, kept, payToday, null, earlier, editNoted);
  }

  /** The weighed competing offer when it is in {@code currency} (the band's), else null: no other is weighed. */
  Competing competingIn(String currency) {
    return competing != null && competing.currency().equals(currency) ? competing : null;
  }

  /** Every competing offer on record, the weighed one first. */
  List<Competing> competingOffers() {
    if (competing == null) {
      return others;
    }
    List<Competing> all = new java.util.ArrayList<>();
    all.add(competing);
    all.addAll(others);
    return all;
  }

  /**
   * The weighed competing offer with each yearly part raised to the most any other competing offer in its currency
   * pays for it: no counter asks a part below the same part of an offer the candidate holds. Null with none.
   */
  Competing partsFloor(Competing weighed) {
    return weighed == null ? null : weighed.atLeast(others);
  }

  Conversation withWalkAway(Long amount) {
    return withWalkAway(amount, null, null);
  }

  /** The walk-away on one part (null: the yearly total), and whose it is (null: the user's). */
  Conversation withWalkAway(Long amount, Component part, String whose) {
    return new Conversation(company, role, region, offer, competing, amount, forfeited, counter, countered,
        subject, lever, employer, pending, terms, practice, reminders, part, whose, voice, others, payToday, null, earlier, editNoted);
  }

  Conversation withForfeited(Long amount) {
    return new Conversation(company, role, region, offer, competing, floor, amount, counter, countered,
        subject, lever, employer, pending, terms, practice, reminders, floorPart, floorWhose, voice, others,
        payToday, null, earlier, editNoted);
  }

  Conversation withCounter(Counteroffer newCounter, Offer answered) {
    return new Conversation(company, role, region, offer, competing, floor, forfeited, newCounter, answered,
        subject, lever, employer, pending, terms, practice, reminders, floorPart, floorWhose, voice, others,
        payToday, null, earlier, editNoted);
  }

  Conversation withEmployer(String name) {
    return new Conversation(company, role, region, offer, competing, floor, forfeited, counter, countered,
        subject, lever, name, pending, terms, practice, reminders, floorPart, floorWhose, voice, others,
        payToday, acceptedAnswer, earlier, editNoted);
  }

  Conversation withPending(String figure) {
    return new Conversation(company, role, region, offer, competing, floor, forfeited, counter, countered,
        subject, lever, employer, figure, terms, practice, reminders, floorPart, floorWhose, voice, others,
        payToday, acceptedAnswer, earlier, editNoted);
  }

  Conversation withTerms(OfferTerms newTerms) {
    return new Conversation(company, role, region, offer, competing, floor, forfeited, counter, countered,
        subject, lever, employer, pending, newTerms, practice, reminders, floorPart, floorWhose, voice, others,
        payToday, acceptedAnswer, earlier, editNoted);
  }

  Conversation about(Subject newSubject, int leverNumber) {
    return new Conversation(company, role, region, offer, competing, floor, forfeited, counter, countered,
        newSubject, leverNumber, employer, pending, terms, practice, reminders, floorPart, floorWhose, voice, others,
        payToday, acceptedAnswer, earlier, editNoted);
  }

  Conversation withPractice(Practice newPractice) {
    return new Conversation(company, role, region, offer, competing, floor, forfeited, counter, countered,
        subject, lever, employer, pending, terms, newPractice, reminders, floorPart, floorWhose, voice, others,
        payToday, acceptedAnswer, earlier, editNoted);
  }

  /** The same conversation with its reminders as they now stand. */
  public Conversation withReminders(Reminders newReminders) {
    return new Conversation(company, role, region, offer, competing, floor, forfeited, counter, countered,
        subject, lever, employer, pending, terms, practice, newReminders, floorPart, floorWhose, voice, others,
        payToday, acceptedAnswer, earlier, editNoted);
  }

  /** The same thread with the user's pay today a year as they last gave it. */
  Conversation withPayToday(Long yearly) {
    return new Conversation(company, role, region, offer, competing, floor, forfeited, counter, countered,
        subject, lever, employer, pending, terms, practice, reminders, floorPart, floorWhose, voice, others, yearly, acceptedAnswer, earlier, editNoted);
  }

  /** Whether the thread speaks for the company (a recruiter or a hiring manager preparing an offer). */
  boolean companySide() {
    return voice != null && voice.company();
  }

  /** The candidate's ask on base as the company's side told it, a year's amount; null when none was told. */
  Long baseAsk() {
    return voice == null ? null : voice.baseAsk();
  }

  /** The candidate's sign-on ask told beside the base ask, or null. */
  Long signOnAsk() {
    return voice == null ? null : voice.signOnAsk();
  }

  /** The most the company's side said it may pay on base, or null. */
  Long ceiling() {
    return voice == null ? null : voice.ceiling();
  }

  /** The same thread with the candidate's base ask (and any sign-on asked beside it) the company's side told. */
  Conversation withBaseAsk(Long ask, Long signOn) {
    return voice == null ? this : withVoice(voice.withAsk(ask, signOn));
  }

  /** The same thread with the most the company's side said it may pay on base. */
  Conversation withCeiling(Long most) {
    return voice == null ? this : withVoice(voice.withCeiling(most));
  }

  /** The same thread remembering the ask just weighed ("what if i ask for 215?") for one message. */
  Conversation withWhatIf(Counteroffer ask) {
    return withVoice((voice == null ? new Voice(false, null) : voice).withWhatIf(ask));
  }

  /** The same thread remembering, for one message, the base one of the company's side just proposed. */
  Conversation withProposed(long base) {
    return voice == null ? this : withVoice(voice.withProposed(base));
  }

  /** The base one of the company's side just proposed ("I'd go 185"), while its note lasts; else null. */
  Long proposed() {
    return voice == null || voice.note() != Voice.Note.PROPOSED ? null : voice.proposed();
  }

  /** The ask just weighed as a what-if, while its note lasts; else null. */
  Counteroffer whatIf() {
    return voice == null || voice.note() != Voice.Note.WHAT_IF ? null : voice.whatIf();
  }

  /** The note the last answer offered to write, or null. */
  Voice.Note note() {
    return voice == null ? null : voice.note();
  }

  Conversation withVoice(Voice newVoice) {
    return new Conversation(company, role, region, offer, competing, floor, forfeited, counter, countered,
        subject, lever, employer, pending, terms, practice, reminders, floorPart, floorWhose, newVoice, others, payToday, acceptedAnswer, earlier, editNoted);
  }

  /** The same thread with the note its answer offers to write (null: none), the side kept. */
  Conversation withNote(Voice.Note next) {
    if (next == note()) {
      return this;
    }
    return withVoice(voice == null ? new Voice(false, next) : voice.withNote(next));
  }

  /** The reminders as they stand; {@link Reminders#NONE} when none were asked for. */
  public Reminders remindersOrNone() {
    return reminders == null ? Reminders.NONE : reminders;
  }
}
