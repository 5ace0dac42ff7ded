package com.compcoach.coach;

import com.compcoach.letter.Equity;
import com.compcoach.letter.LetterFields;
import com.compcoach.letter.LetterReader;
import com.compcoach.letter.OfferLetter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An offer letter pasted into a thread (or its form field, or a shared file's text) turned into the thread's offer:
 * the figures in the letter's currency, its terms, and the lines that show each field with its sentence. The letter's
 * text goes no further than the reply.
 */
final class LetterIntake {

  /** Shorter messages are chat, not a letter: "they offered 180k base" is read by the offer reader. */
  static final int SHORTEST_LETTER = 160;

  /** A message this long is a letter whatever its words. */
  static final int LONGEST_CHAT = 600;

  /** Words a letter or a recruiter's email uses and chat does not. */
  private static final List<String> LETTER_WORDS = List.of("dear ", "pleased to", "delighted to", "happy to offer",
      "excited to offer", "extend an offer", "extend you", "offer you", "offer of employment", "sincerely", "regards",
      "congratulations", "position of", "subject:", "the company", "your start date");

  /** The heading of the fields read from a letter. */
  private static final String FROM_LETTER = "From the letter";

  /** The heading of the questions a letter leaves open. */
  private static final String TO_ASK = "To ask them:";

  /** Said on every letter read: what is kept of it. */
  static final String KEPT = "I don't keep the letter's text, only the figures read from it.";

  /**
   * A letter read.
   *
   * @param offer    its figures as the thread's offer, or null when it gives none the bands compare with
   * @param lines    each field as read with the sentence it came from, then the questions for what it leaves out
   * @param title    the job title the letter gives, or null, to find the guide by
   * @param location the work location, or null
   */
  record Read(Offer offer, OfferTerms terms, List<String> lines, String title, String location) {
    Read {
      lines = List.copyOf(lines);
    }
  }

  /**
   * Made for the first letter, not with the coach: its patterns took a tenth of a second of a restart's time to its
   * first answer, which reads no letter. Two threads may make one each at first; either reads the same.
   */
  private volatile LetterReader reader;

  private LetterReader reader() {
    LetterReader made = reader;
    if (made == null) {
      made = new LetterReader();
      reader = made;
    }
    return made;
  }

  /**
   * The letter in a message, if the message is one: written as a letter (long, or in a letter's words), and with at
   * least two of an offer's fields in it.
   */
  Optional<Read> read(String text, LocalDate today) {
    if (!writtenAsLetter(text)) {
      return Optional.empty();
    }
    OfferLetter letter = reader().read(text, today);
    int fields = (letter.base() == null ? 0 : 1) + (letter.bonus() == null ? 0 : 1)
        + (letter.signOn() == null ? 0 : 1) + (letter.equity() == null ? 0 : 1)
        + (letter.startDate() == null ? 0 : 1) + (letter.deadline() == null ? 0 : 1);
    if (!letter.hasFigures() || fields < 2) {
      return Optional.empty();
    }
    Read read = of(letter);
    return Optional.of(summary(text) ? withoutLetterQuestions(read, letter) : read);
  }

  /**
   * Whether a pasted text is a summary typed or copied into chat ("- Base: 185k", "- Bonus: 15%") rather than a letter:
   * no letter's words and chat's length. It is read as a letter is, but it is an offer, not a letter, so what only a
   * letter would say (a start date, a deadline) is not asked for.
   */
  static boolean summary(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return text.length() < LONGEST_CHAT && LETTER_WORDS.stream().noneMatch(lower::contains);
  }

  /** The read without the questions for a start date and a deadline the summary never meant to give. */
  private static Read withoutLetterQuestions(Read read, OfferLetter letter) {
    List<String> lines = new ArrayList<>();
    for (String line : read.lines()) {
      if (!line.startsWith(TO_ASK)) {
        lines.add(line.startsWith(FROM_LETTER) ? "From the summary" + line.substring(FROM_LETTER.length()) : line);
        continue;
      }
      List<String> kept = line.lines().skip(1).filter(q -> !(letter.startDate() == null && q.contains("start date")
          || letter.deadline() == null && (q.contains("deadline") || q.contains("need your answer")))).toList();
      if (!kept.isEmpty()) {
        lines.add(TO_ASK + "\n" + String.join("\n", kept));
      }
    }
    return new Read(read.offer(), read.terms(), lines, read.title(), read.location());
  }

  /**
   * Whether a message is a pasted letter or email rather than chat: a recruiter's long chat line ("candidate for our
   * req just got an offer from us: 165k base, …, BofA is at 175 base") is read by the offer reader, which tells the
   * offer from a competing one; a letter says so in its words, its lines or its length.
   */
  static boolean writtenAsLetter(String text) {
    if (text.length() < SHORTEST_LETTER) {
      return false;
    }
    if (text.length() >= LONGEST_CHAT || text.lines().filter(l -> !l.isBlank()).count() >= 4) {
      return true;
    }
    if (quotedInChat(text)) {
      // 'recruiter just sent this on linkedin: "Hi Sam! … $192,000 base, 10% … and 160,000 in RSUs over 4 years"': a
      // recruiter's message quoted inside the user's own line is chat, read whole by the offer reader.
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    return LETTER_WORDS.stream().anyMatch(lower::contains);
  }

  /**
   * Whether a line of chat quotes someone else's message ('recruiter sent this: "Hi Sam! … extend an offer …"'): its
   * words are theirs, never the user's voice.
   */
  static boolean quotedInChat(String text) {
    return text.lines().filter(l -> !l.isBlank()).count() == 1 && QUOTE_IN_CHAT.matcher(text).find();
  }

  /**
   * The user's own words, then a colon or "said", then a quote: a message quoted in a line of chat ("Recruiter: 'We
   * can offer…'" in single quotes too).
   */
  private static final java.util.regex.Pattern QUOTE_IN_CHAT = java.util.regex.Pattern.compile(
      "^[^\"“”]{3,120}?(?::|\\bsaid|\\bwrote|\\bsent)\\s*[\"“'‘]");

  /** A text given as a letter (the form's letter field, a shared file): read whatever its length; empty if no figure. */
  Optional<Read> readGiven(String text, LocalDate today) {
    OfferLetter letter = reader().read(text, today);
    return letter.hasFigures() ? Optional.of(of(letter)) : Optional.empty();
  }

  static Read of(OfferLetter letter) {
    // Two notes, each a few lines: a card's notes share one context block of at most ten elements.
    List<String> lines = new ArrayList<>();
    StringBuilder read = new StringBuilder(FROM_LETTER + " (").append(KEPT, 0, KEPT.length() - 1).append("):");
    for (LetterFields.Field f : LetterFields.of(letter)) {
      read.append("\n").append(f.label()).append(": ").append(f.shown()).append(" (\"").append(f.sentence())
          .append("\")");
    }
    for (String note : letter.notes()) {
      read.append("\n").append(note);
    }
    lines.add(read.toString());
    // The recruiter is never asked whose offer it is: in a thread the user has named the guide to weigh it against.
    List<String> toAsk = letter.questions().stream().filter(q -> !q.equals(OfferLetter.NO_COMPANY)).toList();
    if (!toAsk.isEmpty()) {
      lines.add(TO_ASK + "\n" + String.join("\n", toAsk));
    }
    String currency = letter.currencyCode();
    Offer offer = null;
    if (currency != null && (letter.base() != null || letter.equity() != null)) {
      // The coach works in whole units, as the bands do; the card above shows the letter's cents.
      Long base = letter.base() == null ? null : whole(letter.base().value());
      Long bonus = bonus(letter, base);
      Equity equity = letter.equity() == null ? null : letter.equity().value();
      Long stock = null;
      Vesting vesting = null;
      if (equity != null && equity.value() != null && currency.equals(equity.currency()) && equity.years() > 0) {
        stock = equity.value() / equity.years();
        vesting = vesting(equity.schedule(), equity.cliffMonths() != null && equity.cliffMonths() >= 12);
      } else if (equity != null && equity.value() != null && !currency.equals(equity.currency())) {
        lines.add("The grant is in " + equity.currency() + " and the rest in " + currency
            + ": I don't convert, so the stock is left out of the figures below.");
      }
      if (letter.bonus() != null && letter.bonus().value().cap()) {
        lines.add("The bonus is a cap (\"up to\"), not a target: I leave it out of the figures below and coach "
            + "toward a target bonus instead.");
      }
      Long signOn = letter.signOn() == null ? null : whole(letter.signOn().value().amount());
      offer = new Offer(currency, base, stock, bonus, signOn, null, vesting);
    }
    Long refresh = letter.refresh() == null ? null : letter.refresh().value();
    OfferTerms terms = new OfferTerms(letter.relocation() == null ? null : whole(letter.relocation().value()), refresh,
        letter.deadline() == null ? null : letter.deadline().value().toString(),
        letter.equity() == null ? null : letter.equity().value().cliffMonths(),
        LetterFields.of(letter).stream().filter(f -> f.key().equals("timeOff")).map(f -> f.label() + ": " + f.shown())
            .toList());
    return new Read(offer, terms, lines, letter.title() == null ? null : letter.title().value(),
        letter.location() == null ? null : letter.location().value());
  }

  /** The bonus as an amount: the letter's, or its percent of the base; none for a cap, which is no target. */
  private static Long bonus(OfferLetter letter, Long base) {
    if (letter.bonus() == null || letter.bonus().value().cap()) {
      return null;
    }
    if (letter.bonus().value().amount() != null) {
      return whole(letter.bonus().value().amount());
    }
    BigDecimal percent = letter.bonus().value().percent();
    return base == null || percent == null ? null
        : percent.multiply(BigDecimal.valueOf(base)).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
            .longValueExact();
  }

  private static long whole(BigDecimal amount) {
    return amount.setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  /** Whole percents summing to 100 for the coach's schedule: 33.33/33.33/33.34 is 33/33/34. */
  static Vesting vesting(List<BigDecimal> schedule, boolean cliff) {
    if (schedule.isEmpty()) {
      return null;
    }
    List<Integer> whole = new ArrayList<>();
    int sum = 0;
    for (int i = 0; i < schedule.size(); i++) {
      int p = i == schedule.size() - 1 ? 100 - sum : schedule.get(i).setScale(0, RoundingMode.HALF_UP).intValue();
      whole.add(p);
      sum += p;
    }
    return whole.stream().allMatch(p -> p >= 0) ? new Vesting(whole, cliff) : null;
  }
}
