package com.compcoach.coach;

import com.compcoach.guide.Money;
import com.compcoach.guide.Range;
import com.compcoach.letter.BusinessDays;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Composes what the user sends or says from the computed counter, the guide's levers and what the thread knows (the
 * company, a competing offer, the letter's deadline): the year-by-year tables, the counteroffer email and the call
 * script. The walk-away is never in them. Rules in docs/coaching.md ("Ready to send").
 */
final class ReadyToSend {

  /** Where a draft's figures come from when they are the card's own counter. */
  static final String COMPUTED = "the counter computed from your offer and the guide";


  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
  /** A lever sentence fit to give as a reason: no placeholder to fill and no figure of its own to contradict ours. */
  private static final Pattern FIGURE = Pattern.compile("[\\[\\]$£€¥₹%]|\\b\\d+[kKmM]\\b|\\bTC\\b");

  /**
   * The counter as sent: the card's counter, with the sign-on lifted by what a back-loaded schedule leaves out of
   * year 1 (within the guide's sign-on range), and the sentence that says so.
   */
  record Ask(Counteroffer counter, long signOn, long yearOneGap, String gapSentence) {
    long yearOne(Offer offer) {
      Vesting vesting = offer.vesting();
      long stockYearOne = vesting == null ? counter.stock() : vesting.firstYear(counter.stock());
      return counter.base() + stockYearOne + counter.bonus() + offer.signOnYearOne(signOn);
    }
  }

  static Ask ask(Scene scene, Counteroffer counter, Vesting vesting) {
    String currency = counter.currency();
    long gap = YearByYear.yearOneGap(counter.stock(), vesting);
    if (gap <= 0) {
      return new Ask(counter, counter.signOn(), 0, null);
    }
    Range range = scene.guide().architecture() == null ? null : scene.guide().architecture().signOn();
    long lifted = Precise.ceil(counter.signOn() + gap);
    long signOn = range == null ? lifted : Math.max(counter.signOn(), Math.min(lifted, Precise.floor(range.high())));
    String sentence = "Year 1 pays " + full(gap, currency) + " less than an average year under the "
        + vesting.written() + " vesting, so the counter asks for a sign-on of " + full(signOn, currency)
        + (signOn < lifted ? " (the top of the guide's sign-on range)" : "") + " to close that gap.";
    return new Ask(counter, signOn, gap, sentence);
  }

  /** The offer's years and the counter's, side by side in two tables. */
  Reply.Draft years(Scene scene, Conversation c, Offer offer, Counteroffer counter) {
    String currency = counter.currency();
    Vesting vesting = offer.vesting();
    OfferTerms terms = c.terms();
    long later = zero(offer.signOnLater());
    List<YearByYear.Year> offered = YearByYear.years(zero(offer.base()), zero(offer.stock()), zero(offer.bonus()),
        zero(offer.signOn()), later, vesting, offer.grantYears(), terms);
    Ask ask = ask(scene, counter, vesting);
    List<YearByYear.Year> countered = YearByYear.years(counter.base(), counter.stock(), counter.bonus(), ask.signOn(),
        later, vesting, offer.grantYears(), terms);
    int ends = YearByYear.grantEnds(vesting, offer.grantYears());
    String body = YearByYear.table("Offer", offered, currency) + "\n"
        + YearByYear.table("Counter", countered, currency);
    List<String> notes = new ArrayList<>();
    if (ask.gapSentence() != null) {
      notes.add(ask.gapSentence());
    }
    notes.add("Stock is the grant vesting each year under " + (vesting != null ? "the " + vesting.written()
        + " schedule" : ends > 0 ? "even vesting over its " + ends + " years (no schedule given)"
        : "even 25/25/25/25 vesting (no schedule given)")
        + (ends > 0 ? "; the grant is fully vested after year " + ends + ", so year " + YearByYear.YEARS
        + " holds no stock from it" : "")
        + (later > 0 ? "; the sign-on's later part is paid in year 2, the rest and relocation in year 1"
        : "; sign-on and relocation are paid in year 1")
        + (terms != null && terms.refresh() != null ? "; a refresh grant each anniversary vests over four years" : "")
        + ".");
    if (offer.base() == null || offer.stock() == null || offer.bonus() == null) {
      notes.add("Parts of the offer not given count as none in its table: " + missing(offer) + ".");
    }
    return new Reply.Draft("years", "Year by year: " + scene.guide().role().title() + " in "
        + scene.region().shortName(), body, notes);
  }

  /** The counteroffer email: subject, greeting, thanks, the ask with precise figures, one or two reasons, a close. */
  Reply.Draft email(Scene scene, Conversation c, Offer offer, Reply.Card card) {
    return new Frame(scene, offer, card).email(scene, c, offer, card);
  }

  /** The call: the opening ask, then the likely pushbacks with an answer to each. */
  Reply.Draft call(Scene scene, Conversation c, Offer offer, Reply.Card card) {
    return new Frame(scene, offer, card).call(scene, c, offer, card);
  }

  /** "make it shorter": the email's ask in three sentences, the same figures. */
  Reply.Draft shortEmail(Scene scene, Conversation c, Offer offer, Reply.Card card) {
    return new Frame(scene, offer, card).shortEmail(c, offer);
  }

  /** The ask as bullet points: each part asked beside what they offered, then the year. */
  Reply.Draft list(Scene scene, Offer offer, Reply.Card card) {
    return new Frame(scene, offer, card).list(offer);
  }

  /**
   * The email and the call, written from what they share: the card's counter as asked, its currency, and whose role
   * it is.
   */
  private record Frame(Counteroffer counter, Ask ask, String role, String company, String currency) {
    Frame(Scene scene, Offer offer, Reply.Card card) {
      this(card.counter(), ReadyToSend.ask(scene, card.counter(), offer.vesting()), scene.guide().role().title(),
          scene.guide().company().name(), card.counter().currency());
    }

    /** The counteroffer email: subject, greeting, thanks, the ask with precise figures, one or two reasons, a close. */
    Reply.Draft email(Scene scene, Conversation c, Offer offer, Reply.Card card) {
      StringBuilder body = new StringBuilder();
      body.append("Subject: ").append(role).append(" offer: my counterproposal\n\n");
      body.append("Hi,\n\n");
      body.append(answered(c, offer)
          ? "Thank you for coming back to me on the " + role + " offer, and for moving to "
              + NextSteps.describe(offer, currency) + ". I'm still excited about the work and the team, and I'd "
              + "like to find figures that let me say yes.\n\n"
          : "Thank you for the offer for the " + role + " role at " + company + ", and for your time through the "
              + "process. I'm excited about the work and the team, and I'd like to find figures that let me say "
              + "yes.\n\n");
      body.append("Based on the ").append(scene.region().shortName()).append(" market for ").append(role)
          .append(" roles, I'd like to ask for ").append(figures(ask, offer)).append(". That comes to ")
          .append(full(counter.total(), currency)).append(" a year");
      if (ask.signOn() > 0) {
        body.append(", and ").append(full(ask.yearOne(offer), currency)).append(" in the first year");
      }
      body.append(".");
      if (ask.gapSentence() != null) {
        body.append(" The grant vests ").append(offer.vesting().written()).append(", so year 1 would pay ")
            .append(full(ask.yearOneGap(), currency))
            .append(" less than an average year; the sign-on closes that gap.");
      }
      body.append("\n\n");
      List<String> reasons = reasons(card, c, offer, currency);
      if (!reasons.isEmpty()) {
        body.append(reasons.size() == 1 ? "The reason behind these figures: " : "The reasons behind these figures: ")
            .append(String.join(" ", reasons)).append("\n\n");
      }
      LocalDate deadline = c.terms() == null ? null : c.terms().deadlineDate();
      // "Ready to sign" only where the candidate would: at or above the walk-away and any competing offer.
      if (BestAlternative.wouldSign(c, counter)) {
        body.append("With these figures I'm ready to sign")
            .append(deadline == null ? "" : " by " + DAY.format(deadline))
            .append(". Could we find a time to talk this week?\n\n");
      } else {
        body.append("I know this may be the top of your range, so a compensation review after six months, in writing, "
            + "would help me make the move. Could we find a time to talk this week?\n\n");
      }
      body.append("Best regards,");
      return new Reply.Draft("email", "Counteroffer email for " + role + " at " + company, body.toString(),
          List.of("Every figure is " + COMPUTED + ", in " + currency
              + ". Your walk-away is not in it: keep it to yourself."));
    }

    /**
     * Whether they have answered a counter: the last figures weighed were their answer, or their figures moved since
     * the ask was made (the test {@code Answers} plans by), so an email thanks them for moving, never "for the offer" as if it were the first round.
     */
    private static boolean answered(Conversation c, Offer offer) {
      return c.subject() == Conversation.Subject.NEXT_STEP
          || c.countered() != null && offer != null && !c.countered().equals(offer);
    }

    /** Thanks, the ask as a question with its yearly total, and the close: nothing a reader has to skim. */
    Reply.Draft shortEmail(Conversation c, Offer offer) {
      boolean wouldSign = BestAlternative.wouldSign(c, counter);
      String thanks = answered(c, offer)
          ? "Thank you for moving to " + NextSteps.describe(offer, currency) + ": I'm still excited about the role. "
          : "Thank you for the offer: I'm excited about the role. ";
      String body = "Subject: " + role + " offer\n\nHi,\n\n" + thanks
          + "Could we get to " + figures(ask, offer) + " (" + full(counter.total(), currency) + " a year)?"
          + (wouldSign ? " With that, I'm ready to sign." : " I'd love to make this work.")
          + "\n\nBest regards,";
      return new Reply.Draft("email", "A shorter counteroffer email for " + role + " at " + company, body,
          List.of("The same figures as the full email, in " + currency + ". Your walk-away is not in it."));
    }

    /** The ask part by part, as a list to paste or read from, each beside what they offered. */
    Reply.Draft list(Offer offer) {
      StringBuilder body = new StringBuilder();
      bullet(body, "Base", counter.base(), offer.base(), "");
      bullet(body, "RSUs", counter.stock(), offer.stock(), " a year");
      bullet(body, "Bonus", counter.bonus(), offer.bonus(), "");
      if (counter.signOn() > 0) {
        bullet(body, "Sign-on (once)", counter.signOn(), offer.signOn(), "");
      }
      bullet(body, "Total", counter.total(), offer.recurringTotal(), " a year");
      return new Reply.Draft("list", "The ask in bullet points, " + role + " at " + company, body.toString().strip(),
          List.of("The same figures as the email, in " + currency + ". Your walk-away is not in it."));
    }

    private void bullet(StringBuilder body, String label, long asked, Long offered, String cadence) {
      body.append("• ").append(label).append(": ").append(full(asked, currency)).append(cadence)
          .append(offered == null ? "" : offered == asked ? " (as offered)" : " (offered "
              + full(offered, currency) + ")").append('\n');
    }

    /** The call: the opening ask, then the likely pushbacks with an answer to each. */
    Reply.Draft call(Scene scene, Conversation c, Offer offer, Reply.Card card) {
      String region = scene.region().shortName();
      String total = full(counter.total(), currency);
      StringBuilder body = new StringBuilder();
      body.append("Open with the ask:\n\"Thank you again for the offer. I've compared it with the ").append(region)
          .append(" market for ").append(role).append(" roles, and I'd like to ask for ")
          .append(figures(ask, offer)).append(". That's ").append(total)
          .append(" a year.").append(BestAlternative.wouldSign(c, counter)
              ? " With that, I'm ready to sign." : " Can we get there?")
          .append("\"\nThen stop and wait for their answer.\n\n");
      long baseGap = offer.base() == null ? 0 : Math.max(0, counter.base() - offer.base());
      // The base gap moved to a sign-on stays within the guide's sign-on range, as the fallback plan and "they won't
      // move on base" keep it; a sign-on the counter already asks (a competing offer, equity left behind) stands.
      com.compcoach.guide.Range range = Topics.signOnRange(scene.guide());
      long wanted = Precise.ceil(ask.signOn() + baseGap);
      long bridge = range == null ? wanted : Math.max(ask.signOn(), Math.min(wanted, Precise.floor(range.high())));
      body.append("If they say \"the band is fixed\":\n\"I understand base has a ceiling. ")
          .append("Then let's close the gap with the parts that aren't: ").append(stock(counter, offer.vesting(), offer.grantYears()))
          .append(" and a sign-on of ")
          .append(full(bridge, currency)).append(". Can we do that?\"\n\n");
      body.append("If they say \"we can't go above X\":\n\"Thank you for telling me. Is that figure the base or the ")
          .append("yearly total? If it's the base, I'd ask to meet the rest with ")
          .append(stock(counter, offer.vesting(), offer.grantYears()))
          .append(" and a one-time sign-on of ").append(full(bridge, currency)).append(", so the first year still ")
          .append("reaches what I've asked.\"\n\n");
      LocalDate deadline = c.terms() == null ? null : c.terms().deadlineDate();
      body.append("If they say \"we need an answer by Friday\":\n\"I want to move quickly too. I can give you my ")
          .append("answer within a day of getting the revised figures in writing.");
      if (deadline != null) {
        body.append(" If the figures need more time on your side, could the ").append(DAY.format(deadline))
            .append(" deadline move to ").append(DAY.format(BusinessDays.after(deadline, 3))).append("?");
      }
      body.append("\"\n\n");
      // A weaker competing offer said out loud argues against the ask: only a stronger one is named.
      Competing competing = c.competing() != null && currency.equals(c.competing().currency())
          && c.competing().strongerThan(offer) ? c.competing() : null;
      body.append("If they ask \"what are your other offers?\":\n\"");
      if (competing != null) {
        body.append("I have an offer of ").append(competing.named(v -> full(v, currency)))
            .append(competing.from() == null ? "" : " from " + competing.from()).append(". I'd rather join ")
            .append(company).append(", which is why I'm asking for ").append(total).append(".\"\n\n");
      } else {
        body.append("I'm in other conversations and I'd rather keep their details private. What matters here is that ")
            .append(total).append(" a year is where the ").append(region).append(" market is for this role.\"\n\n");
      }
      body.append("If they ask \"what's the lowest you'd accept?\":\n\"I'm asking for ").append(total)
          .append(" a year, and I'd like us to work from that figure.\"");
      return new Reply.Draft("call", "Call script for " + role + " at " + company, body.toString(),
          List.of("Say the figures exactly; a precise number reads as researched. Never name your walk-away on the "
              + "call."));
    }
  }

  /**
   * Asking for more time: a short note asking three working days past the deadline (or five from today when the
   * thread knows none), and what is usually still negotiable by when.
   */
  Reply.Draft extension(Scene scene, Conversation c, LocalDate today) {
    LocalDate deadline = c.terms() == null ? null : c.terms().deadlineDate();
    LocalDate asked = BusinessDays.after(deadline == null || deadline.isBefore(today) ? today : deadline,
        deadline == null ? 5 : 3);
    String role = scene.guide().role().title();
    String body = "Hi,\n\nThank you again for the offer for the " + role + " role at " + scene.guide().company().name()
        + ". I'm taking it seriously and I want to give you a considered answer. Could I have until "
        + DAY.format(asked) + " to respond? If I can decide sooner, I will.\n\nBest regards,";
    return new Reply.Draft("extension", "Asking for more time: " + role + " at " + scene.guide().company().name(),
        body, List.of(
        "Ask before the deadline" + (deadline == null ? "" : " (" + DAY.format(deadline) + ")")
            + ", not on the day; a few working days is a usual ask and rarely refused.",
        "Still negotiable: until you say yes, every figure (base, equity, bonus target, sign-on) and the start date; "
            + "after a verbal yes, usually only the start date and when the sign-on is paid; after you sign, nothing."));
  }

  /** The one follow-up after a counter met with silence: short and warm, the ask unchanged, inside any deadline. */
  Reply.Draft followUp(Scene scene, Conversation c, LocalDate today) {
    LocalDate deadline = c.terms() == null ? null : c.terms().deadlineDate();
    String role = scene.guide().role().title();
    String body = "Hi [name],\n\nI wanted to check in on my note from [day] about the " + role + " offer. I'm still "
        + "very excited about the role, and happy to talk it through by phone if that's easier. Is there anything "
        + "else you need from me?\n\nBest regards,";
    List<String> notes = new ArrayList<>();
    notes.add("Send it once, three to five working days after your counter, and don't lower your ask in it: the "
        + "silence is usually an approval taking its time.");
    if (deadline != null && !deadline.isBefore(today)) {
      notes.add("Their deadline, " + DAY.format(deadline) + ", still stands: answer by then whatever happens.");
    }
    return new Reply.Draft("follow-up", "Following up: " + role + " at " + scene.guide().company().name(), body,
        notes);
  }

  /**
   * Before an offer, the email asks for their range and the whole offer in writing, naming no number; the note says
   * what to answer if pressed, with the aim the card shows ({@code aim} null where the card shows none).
   */
  Reply.Draft rangeAsk(Scene scene, Long aim) {
    String role = scene.guide().role().title();
    String company = scene.guide().company().name();
    String body = "Hi,\n\nThank you for your time through the process; I'm excited about the " + role + " role at "
        + company + ". Before we talk figures, could you share the range you have budgeted for this role, and the "
        + "whole offer in writing when it's ready (base, equity and its vesting, bonus target, sign-on)? That will "
        + "help me give you a considered answer.\n\nBest regards,";
    List<String> notes = new ArrayList<>();
    notes.add("Don't name a number first: whoever names one anchors the range." + (aim == null ? ""
        : " If they press: \"From my research on " + role + " pay in " + scene.region().shortName() + ", I'm looking "
            + "at a total of around " + new Money(aim, scene.region().currency()).compact() + " a year.\""));
    notes.add("When the offer comes, tell me its figures and I'll write the counteroffer email from them.");
    return new Reply.Draft("email", "Asking for their range: " + role + " at " + company, body, notes);
  }

  /** "a base salary of $233,000, equity of $71,000 a year ($284,000 over 4 years), a bonus of $53,000 and …". */
  private static String figures(Ask ask, Offer offer) {
    Vesting vesting = offer.vesting();
    Counteroffer counter = ask.counter();
    List<String> parts = new ArrayList<>();
    parts.add("a base salary of " + full(counter.base(), counter.currency()));
    if (counter.stock() > 0) {
      parts.add(stock(counter, vesting, offer.grantYears()));
    }
    if (counter.bonus() > 0) {
      parts.add("a bonus of " + full(counter.bonus(), counter.currency()) + (Cards.bonusFollowsBase(offer, counter)
          ? " (the " + OfferUpdate.percent(offer.bonusPercent()) + " target on that base)" : ""));
    }
    if (ask.signOn() > 0) {
      parts.add("a sign-on bonus of " + full(ask.signOn(), counter.currency()));
    }
    return Cards.join(parts);
  }

  private static String stock(Counteroffer counter, Vesting vesting, Integer grantYears) {
    // The grant in the company's own terms: "90k rsu over 3 yrs" is asked back over 3 years, not the usual 4.
    int years = vesting != null ? vesting.years() : grantYears != null ? grantYears : 4;
    return "equity of " + full(counter.stock(), counter.currency()) + " a year ("
        + full(counter.stock() * years, counter.currency()) + " over " + years + " years)";
  }

  /** One or two reasons: a stronger competing offer the user named, then the first lever sentences with nothing to fill. */
  private static List<String> reasons(Reply.Card card, Conversation c, Offer offer, String currency) {
    List<String> reasons = new ArrayList<>();
    // A weaker competing offer is never named: it would argue for less, not more.
    if (c.competing() != null && currency.equals(c.competing().currency()) && c.competing().strongerThan(offer)) {
      reasons.add("I have an offer of " + c.competing().named(v -> full(v, currency))
          + (c.competing().from() == null ? "" : " from " + c.competing().from()) + ", and I'd rather join you.");
    }
    for (LocalizedLever lever : card.levers()) {
      if (reasons.size() >= 2) {
        break;
      }
      if (lever.condition() != null) {
        continue;
      }
      String sentence = firstPlainSentence(lever.text());
      if (sentence != null) {
        reasons.add(sentence);
      }
    }
    return reasons;
  }

  /**
   * A lever's first sentence that can stand as a reason: long enough to say something, no figure to fill, and a
   * statement; a question is an ask of its own ("Could we add five days of PTO…?"), and talk of another offer is
   * for the competing-offer reason to make.
   */
  private static String firstPlainSentence(String text) {
    String unquoted = text.replace("\"", "").replace("“", "").replace("”", "").strip();
    for (String sentence : unquoted.split("(?<=[.!?])\\s+")) {
      String lower = sentence.toLowerCase(Locale.ROOT);
      if (sentence.length() > 30 && !FIGURE.matcher(sentence).find() && !sentence.endsWith("?")
          && !lower.contains("other offer") && !lower.contains("other option") && !lower.contains("competing")) {
        return sentence;
      }
    }
    return null;
  }

  private static String missing(Offer offer) {
    List<String> parts = new ArrayList<>();
    if (offer.base() == null) {
      parts.add("base");
    }
    if (offer.stock() == null) {
      parts.add("stock");
    }
    if (offer.bonus() == null) {
      parts.add("bonus");
    }
    return Cards.join(parts);
  }

  private static long zero(Long value) {
    return value == null ? 0 : value;
  }

  private static String full(long amount, String currency) {
    return new Money(amount, currency).full();
  }
}
