package com.compcoach.coach;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The coach's side of a deadline: a typed one is kept in the terms with reminders offered, "remind me" asks for them
 * and "cancel reminders" drops them. Only the wish is recorded here; scheduling and deleting them in Slack is the
 * Slack side's job, driven by {@link Reminders#toSchedule()} and {@link Reminders#toDelete()}.
 */
final class DeadlineTalk {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
  static final String OFFER = "Say \"remind me\" and I'll remind you in this thread the day before the deadline and "
      + "the morning of, at 9:00 your time.";
  /** How a kept deadline is said: "Noted: they need an answer by Friday 11 December." */
  static final String KEPT = "Noted: they need an answer by ";

  /** How the question about a date passed this year opens: said beside an answer, never dropped with it. */
  static final String PASSED_OR_NEXT_YEAR = "About the deadline: ";
  /** Days ahead past which a date rolled into next year is asked about rather than kept. */
  private static final int FAR_DAYS = 90;

  static final String NO_DEADLINE = "When do they need an answer by? Tell me, e.g. \"they need an answer by "
      + "Friday\", and I'll remind you here the day before and the morning of.";

  /** A deadline talked of without a date read ("they want an answer in 24 hours, is that normal?"). */
  static final String UNDATED = "A deadline is normal; a day or two to decide is an exploding offer: pressure, not a "
      + "rule. Ask for a few more days before it runs out (say \"more time\" and I'll draft the note); companies "
      + "rarely pull an offer for a polite request. Tell me the date (\"they need an answer by Friday\") and I'll keep "
      + "it and offer reminders.";

  /** "how long do I usually have to respond?": how long is usual, then the same advice. */
  static final String HOW_LONG = "Most offers give a few working days to a week to decide, and asking for a few more "
      + "days is normal: say \"more time\" and I'll draft the note. ";

  /**
   * Who sets the date, as the message opens: "rocket wants an answer by wednesday", "google's offer expires friday".
   * Read only at the start, before the words of wanting an answer, so "they need an answer" stays theirs.
   */
  private static final Pattern WHOSE = Pattern.compile("(?i)^\\s*(?:(?:and|but|also|oh|fyi|btw|so|plus)[,:]?\\s+)?"
      + "(?:the\\s+)?([a-z][\\w&.-]*)(?:['’]s\\s+(?:offer|deadline|recruiter)\\b|\\s+(?:wants|needs|want|need|expects|gave me"
      + "|is giving me|asked for|asked me for)\\b)");
  /** Words that name this offer's side or no one: the date they set is this offer's. */
  private static final List<String> THEIRS = List.of("they", "theyre", "them", "recruiter", "recruiters", "hr",
      "company", "hiring", "manager", "she", "he", "i", "we", "you", "offer", "it", "this", "that", "their", "my",
      "employer", "team", "letter", "deadline", "everyone");

  /**
   * The name of another company whose deadline the message gives ("Rocket"), or null when it is this offer's:
   * a competitor's date is a lever on this company, never "they need an answer".
   */
  static String whose(String text, List<String> home) {
    Matcher m = WHOSE.matcher(text);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1);
    String lower = name.toLowerCase(Locale.ROOT);
    if (THEIRS.contains(lower) || home.stream().anyMatch(h -> h.equalsIgnoreCase(name))) {
      return null;
    }
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** Whether a name is that of another offer the thread holds ("Rocket" for "Rocket Mortgage"). */
  private static boolean competitor(Conversation c, String name) {
    List<Competing> offers = new java.util.ArrayList<>(c.others() == null ? List.of() : c.others());
    if (c.competing() != null) {
      offers.add(c.competing());
    }
    String lower = name.toLowerCase(Locale.ROOT);
    return offers.stream().map(Competing::from).filter(java.util.Objects::nonNull)
        .map(from -> from.toLowerCase(Locale.ROOT))
        .anyMatch(from -> from.equals(lower) || from.startsWith(lower + " "));
  }

  /** The answer to a deadline question with no date in it; {@code howLong} when it asks how long is usual. */
  static String undated(boolean howLong) {
    return howLong
        ? HOW_LONG + "A day or two is an exploding offer: pressure, not a rule. Tell me their date (\"they need an "
            + "answer by Friday\") and I'll keep it and offer reminders."
        : UNDATED;
  }

  /** A deadline typed in the thread, read against today; null when the message names no date. */
  Turn typed(Conversation c, String text, LocalDate today) {
    return typed(c, text, today, List.of());
  }

  /**
   * As {@link #typed(Conversation, String, LocalDate)}, with the names of this offer's company ({@code home}): a date
   * another company set is said as theirs, with what to do with it here.
   */
  Turn typed(Conversation c, String text, LocalDate today, List<String> home) {
    LocalDate date = TypedDeadline.read(text, today).orElse(null);
    if (date == null) {
      return null;
    }
    if (date.isBefore(today)) {
      return new Turn(c, new Reply.Question("That date has already passed. When do they need an answer by now?"));
    }
    LocalDate thisYear = date.withYear(today.getYear());
    if (date.getYear() > today.getYear() && thisYear.isBefore(today) && date.isAfter(today.plusDays(FAR_DAYS))
        && !text.contains(String.valueOf(date.getYear()))) {
      // "Oct 15 deadline" typed on 7 December: passed this year, so a slip or next year's; a deadline that far off is
      // rare, so it is asked, never kept ten months away in silence. The year typed settles it.
      return new Turn(c, new Reply.Question(PASSED_OR_NEXT_YEAR + DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH)
          .format(date) + " has passed this year. Did you mean " + DAY.format(date) + " " + date.getYear()
          + ", or a nearer date? Tell me the date with its year (\"" + DateTimeFormatter.ofPattern("MMM d yyyy",
          Locale.ENGLISH).format(date) + "\") and I'll keep it."));
    }
    OfferTerms t = c.terms() == null ? OfferTerms.NONE : c.terms();
    Conversation now = c.withTerms(t.withDeadline(date.toString()));
    Reminders before = c.remindersOrNone();
    String offer = offer(date, today);
    if (before.wanted()) {
      // The reminders set were for the old date: they go, and the user asks again for the new one.
      now = now.withReminders(before.cancelled());
      offer = "I've cancelled the reminders for the old date. " + offer;
    }
    // A day or two to decide is an exploding offer: pressure, not a rule, and asking for more time is usual.
    String shortNotice = date.isAfter(today.plusDays(2)) ? "" : " That's short for a decision this size: ask for a few "
        + "more days before it runs out (say \"more time\" and I'll draft the note). Companies rarely pull an offer "
        + "for a polite request.";
    String rival = whose(text, home);
    if (rival != null && !competitor(c, rival)) {
      // "Sarah wants an answer by friday", "google needs an answer by friday": a recruiter or another company, which
      // the words don't tell; asked, with nothing stored.
      return new Turn(c, new Reply.Question("Whose deadline is " + DAY.format(date) + ": is " + rival + " another "
          + "company with an offer, or someone at " + (home.isEmpty() ? "this company" : home.get(0)) + "? If it's "
          + "this offer's, say \"they need an answer by " + DAY.format(date) + "\" and I'll keep it and offer "
          + "reminders; if it's another offer's, tell me its figures (\"" + rival.toLowerCase(Locale.ROOT)
          + " offered 190k base\")."));
    }
    if (rival != null) {
      // Their date is no pressure from this company: it is a reason for this one to answer sooner. This offer's own
      // deadline and its reminders stay as they were: no reminders are offered for another company's date.
      return new Turn(c, new Reply.Text("Noted: " + rival + " needs an answer by " + DAY.format(date) + ". That's "
          + rival + "'s deadline, not this offer's: tell " + (home.isEmpty() ? "this company" : home.get(0))
          + " you have another offer with a deadline of "
          + DAY.format(date) + " and ask whether they can come back to you before then."
          + (shortNotice.isEmpty() ? "" : " If you need longer with " + rival + ", ask them for a few more days "
              + "(say \"more time\" and I'll draft the note).")));
    }
    return new Turn(now, new Reply.Text(KEPT + DAY.format(date) + ". " + offer + shortNotice));
  }

  /**
   * After a letter: with a deadline still to come, reminders are offered in a note; reminders set for another date
   * are cancelled, as for a typed deadline.
   */
  Turn afterLetter(Conversation before, Turn turn, LocalDate today) {
    Conversation now = turn.conversation();
    LocalDate deadline = now.terms() == null ? null : now.terms().deadlineDate();
    // Before a role is chosen the reply ends on that question; "remind me" still works then.
    if (deadline == null || deadline.isBefore(today) || !now.started()) {
      return turn;
    }
    Reminders r = before.remindersOrNone();
    String old = before.terms() == null ? null : before.terms().deadline();
    if (r.wanted() && deadline.toString().equals(old)) {
      return turn; // the same date: the reminders set stand
    }
    String note = offer(deadline, today);
    if (r.wanted()) {
      now = now.withReminders(r.cancelled());
      note = "I've cancelled the reminders for the old date. " + note;
    }
    return new Turn(now, Notes.add(turn.reply(), note));
  }

  /** "remind me": wanted from now on, if there is a deadline still to come. */
  Turn remind(Conversation c, LocalDate today) {
    LocalDate deadline = c.terms() == null ? null : c.terms().deadlineDate();
    if (deadline == null) {
      return new Turn(c, new Reply.Question(NO_DEADLINE));
    }
    if (deadline.isBefore(today)) {
      return new Turn(c, new Reply.Text("The deadline (" + DAY.format(deadline) + ") has passed, so there is "
          + "nothing to remind you of. If they gave you a new date, tell me."));
    }
    if (c.remindersOrNone().wanted()) {
      return new Turn(c, new Reply.Text("Reminders are already set for " + DAY.format(deadline) + "."));
    }
    if (deadline.isAfter(ReminderPlan.lastReachable(today))) {
      // Said now, not after Slack refuses with time_too_far: a promise the Slack side then breaks would be worse.
      return new Turn(c, new Reply.Text("Slack schedules messages at most " + ReminderPlan.REACH.toDays()
          + " days ahead, and " + DAY.format(deadline) + " is further off than that, so I can't set the reminders "
          + "yet. Say \"remind me\" again on or after " + DAY.format(firstReachableFor(deadline)) + "."));
    }
    return new Turn(c.withReminders(c.remindersOrNone().asked()),
        new Reply.Text("I'll remind you in this thread at 9:00 your time the day before " + DAY.format(deadline)
            + " and that morning (any time already past is skipped). Say \"cancel reminders\" to stop them."));
  }

  /** The offer of reminders for a deadline: now, or from the day Slack can schedule them. */
  private static String offer(LocalDate deadline, LocalDate today) {
    if (!deadline.isAfter(ReminderPlan.lastReachable(today))) {
      return OFFER;
    }
    return "Slack schedules reminders at most " + ReminderPlan.REACH.toDays() + " days ahead: from "
        + DAY.format(firstReachableFor(deadline)) + ", say \"remind me\" and I'll remind you in this thread the day "
        + "before the deadline and the morning of, at 9:00 your time.";
  }

  /** The first day whose {@link ReminderPlan#lastReachable} reaches {@code deadline}. */
  private static LocalDate firstReachableFor(LocalDate deadline) {
    return deadline.minusDays(ReminderPlan.REACH.toDays() - 1);
  }

  /** "cancel reminders": not wanted; the ids stay until the Slack side has deleted them. */
  Turn cancel(Conversation c) {
    Reminders r = c.remindersOrNone();
    if (!r.wanted() && !r.toDelete()) {
      return new Turn(c, new Reply.Text("There are no reminders to cancel."));
    }
    // Said also while earlier deletes are outstanding: the Slack side tries them again after this turn.
    return new Turn(c.withReminders(r.cancelled()),
        new Reply.Text("Reminders cancelled. Say \"remind me\" if you want them back."));
  }
}
