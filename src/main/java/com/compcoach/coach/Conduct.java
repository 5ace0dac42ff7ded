package com.compcoach.coach;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Answers about how the negotiation is conducted rather than its figures: the law, reopening a yes, a verbal offer,
 * silence after a counter, how an ask sounds, and a pressed deadline. No figure appears in them, so each reads the
 * same in a shared channel.
 */
final class Conduct {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

  /** The law is not the guide's: say so, say where it is, and what the user can do whatever it says. */
  static final String LAW = "I can't tell you what the law says where you are: the guide holds nothing on it, and I "
      + "won't guess at law. Rules on asking about current or past pay, and on posting pay ranges, differ by country, "
      + "state and city; your state or city labor department's website says which apply to you, and an employment "
      + "lawyer can say how they fit your case. Whatever the rule, you can decline to share your current pay: \"I'd "
      + "rather focus on what this role pays.\"";

  /** Reopening a yes: when it is fair, and how to ask without losing the goodwill. */
  /** "ok send it": the coach writes the note, the candidate sends it. */
  static final String SEND_FOR_ME = "I can't send it for you: I only write here. Copy the email into your own mail "
      + "to the recruiter, fill in the [name], check every figure, and send it yourself. Then let them answer: a few "
      + "quiet days are normal, and when their figures come, tell me them here.";

  /** Who gets the ask: the recruiter runs the offer; the hiring manager is an ally, not a second front. */
  static final String COUNTERPART = "Send the ask to whoever sent you the offer, usually the recruiter: they run the "
      + "numbers and the approvals. Don't cc the hiring manager or go around the recruiter; it reads as pressure. The "
      + "manager is an ally: if you talk, say how much you want the role and that you've sent the recruiter your "
      + "figures, and leave the numbers there. If the hiring manager made the offer themself, reply to them.";

  /** What follows the candidate's yes on the hiring side: the written offer, the checks, and keeping her warm. */
  static final String AFTER_HER_YES = "Congratulations on closing the hire! Next steps on your side: 1. Send the "
      + "written offer with every figure as agreed (base, stock and its vesting, bonus target, sign-on and its terms, "
      + "start date) for signature. 2. Start the background check and references. 3. Confirm the start date and "
      + "onboarding, and stay in touch until day one: an accepted candidate can still get a counteroffer from the "
      + "current employer.";

  /** On the hiring side after a yes: figures reopened or a yes gone back on, and the company's choices either way. */
  static final String AFTER_HER_YES_REOPENED = "After a yes the figures are settled on your side too: reopen them "
      + "only for a real new fact (a counteroffer, a changed level or start date), once, with something new rather "
      + "than a bidding round on base. If the candidate has gone back on the yes, going back to them is your call: "
      + "ask once what would make the move work; otherwise thank them, keep the door open, and go to your next "
      + "finalist or reopen the req soon.";

  /** The steps after her yes, with the offer she said yes to on record. */
  static String afterHerYes(String accepted) {
    String opening = "Congratulations on closing the hire! ";
    // A move only asked about ("can we close at 188?") was never kept, so the yes may be to other figures: said so.
    return opening + "The offer on record: " + accepted + " (if the yes was to other figures, tell me them, so the "
        + "written offer matches). " + AFTER_HER_YES.substring(opening.length());
  }

  /** What follows a signed yes: the paper, the dates, the old job, and nothing more to negotiate. */
  static final String AFTER_SIGNING = "Next steps, now that it's signed: 1. Keep the countersigned letter and check "
      + "it holds every figure agreed (base, stock and its vesting, bonus target, sign-on and its terms, start date). "
      + "2. Finish what the offer depends on (background check, references, right-to-work papers) promptly. 3. Give "
      + "notice at your current job in writing, as your contract asks, and leave on good terms; decline any "
      + "counteroffer there politely. 4. Confirm the start date and what to bring on day one. 5. Check your first "
      + "payslip against the letter. No more asks now: the next one is your first review.";

  static final String AFTER_ACCEPTING = "Once you've said yes, reopening the figures is the one ask that does cost "
      + "goodwill: they closed the search on your word. It's fair only with a real new fact: an offer that came "
      + "after, a changed role, level or location, or a start date that now costs you a bonus or vesting at your "
      + "current job. Then ask once, say what changed, ask for one-time money (a sign-on) or the start date rather "
      + "than a new base, and take a no gracefully. Without a new fact, keep the goodwill and ask for a compensation "
      + "review at six months instead: \"Could we put a compensation review at six months in writing?\"";

  /** "what if they refuse to extend?": decide inside the date, with the ask kept. */
  static final String NO_EXTENSION = "If they won't move the date, decide inside it, and don't let the clock lower "
      + "your ask: send your counter now (say \"email\" for it) and ask for their answer before the deadline, then "
      + "decide the moment it comes, against your walk-away and any other offer. An offer pulled over a polite "
      + "request for time is rare, and would itself tell you something about the place.";

  /** "what do i write" after the reopening advice: one ask, with the new fact, for one-time money, the yes kept. */
  static final String REOPEN_NOTE = "Short, warm, and with the yes kept:\n\"Hi [name], I'm looking forward to "
      + "starting on [date]. Since I accepted, [the new fact: an offer that came after, a bonus or vesting my start "
      + "date now costs me]. Would there be room for a one-time sign-on to cover it, or a compensation review at six "
      + "months in writing? Either way, I'm committed to joining.\"\nOne ask, once; if the answer is no, thank them "
      + "and let it go. Someone else's pay is no new fact: it isn't yours to cite, and their level and timing differ.";

  /** "they want to see the other offer letter as proof": no duty to show it; what to share instead; never a bluff. */
  static final String PROOF = "You don't have to show it: the other company's letter is private, and declining to "
      + "forward it is common. What works: name the company and the figures you're relying on, honestly, and offer "
      + "to confirm them, or share the page with the figures and anything personal blacked out if you're comfortable. "
      + "Never round it up: a figure they can check and find inflated costs more than it gains. Say: \"I'd rather "
      + "keep the other letter private, but I'm glad to confirm its figures: [base, bonus, equity].\"";

  /** A verbal offer: negotiate on it, accept only on paper. */
  static final String VERBAL = "Negotiate now, on the verbal: that's when figures move most easily, before the letter "
      + "is drafted. But don't accept, or resign, until it's in writing: ask for the written offer with every figure "
      + "(base, stock and its vesting, bonus target, sign-on and its terms, start date) and check it against what "
      + "they said. Say: \"Thank you, I'm excited. Could you send the offer in writing so I can review the details?\" "
      + "When it comes, paste it here and I'll read it against the counter.";

  /**
   * "should I wait for the equity before countering?": you counter once, so on the whole offer; the part still missing
   * is asked for now, not waited on in silence.
   */
  static final String WAIT_TO_COUNTER = "Don't counter yet, but don't wait in silence either: ask for the missing part "
      + "now. You counter once, on the whole offer, and a counter on half of it lets them make up the other half "
      + "lower. Say: \"Thank you, I'm excited about the offer. Could you share the equity part (the grant, its vesting "
      + "and any refreshers) so I can review the full package?\" When it comes, tell me its figures and I'll plan one "
      + "counter on all of it.";

  /** "Ally is my first choice though": true and worth knowing, and worth keeping to yourself while the figures move. */
  static String firstChoice(Conversation c) {
    String company = c.competing() != null && c.competing().from() != null ? c.competing().from() + "'s offer"
        : c.competing() != null ? "the other offer" : null;
    return "Good to know, and keep it to yourself until the figures are settled: telling them they're your first "
        + "choice tells them they needn't move. Say you're excited about the role, which is true and helps, not that "
        + "you'd sign anyway." + (company == null ? "" : " " + company.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
        + company.substring(1) + " stays your leverage: name it as a real alternative you're weighing.")
        + " Once the figures are where you want them, \"with that, I'm ready to sign\" gives them the yes they're "
        + "hoping for.";
  }

  /** "?", "wait what" after an answer: the part to explain, asked, with the ways to hear it again. */
  static final String UNCLEAR = "Sorry, that was a lot. Which part should I explain? Say \"why?\" for where a figure "
      + "comes from, \"explain the counter like I'm 5\" for the ask in plain words, or ask me again in your own words.";

  /** "should i get anything in writing?": the whole offer and every promise, before a yes or after one. */
  static final String IN_WRITING = "Yes: get the whole offer in writing before you accept or resign, and keep it "
      + "once signed. Check that it holds every figure (base, stock and its vesting schedule, bonus target, sign-on "
      + "and its repayment terms, start date) and anything promised on a call: a review date, remote days, a "
      + "title. A promise that isn't in the letter is easy to forget later, so ask for it in the letter or in an "
      + "email from the recruiter: \"Could you add the [review at six months] we discussed to the offer letter?\" "
      + "Paste the letter here and I'll read it against what you agreed.";

  /** How an ask sounds warm and firm, with the base to ask for where the thread has one. */
  static String tone(String baseAsk) {
    return "Warm and specific never reads as difficult. Thank them and say you're excited, give one reason, and put "
        + "the ask as a question, not a condition: \"I'm really excited to join. Is there flexibility to bring the "
        + "base to " + (baseAsk == null ? "[figure]" : baseAsk) + "?\" or \"Would a start date of [date] work? I want "
        + "to hand over my current work properly.\" Then stop: don't apologise, don't over-explain, and let them "
        + "answer. Recruiters hear asks like this every week; what sounds difficult is an ultimatum or many rounds, "
        + "not one polite question.";
  }

  private Conduct() {}

  /**
   * "candidate ghosted after the offer" on the hiring side: the candidate's silence, answered for the company (one warm
   * check-in that asks what is in the way, a date to answer by, no raise bid against silence), never the candidate's
   * follow-up note.
   */
  static final String CANDIDATE_SILENT = "A few quiet days after an offer are common: candidates weigh it, talk it "
      + "over at home or wait on another process. Check in once, warmly, and ask what is in the way rather than "
      + "raising the offer to end the silence (a raise sent into silence teaches her to wait): \"Hi [name], I wanted to "
      + "check in on the offer. Is there anything you'd like to talk through, or anything we could clarify? Happy to "
      + "set up a quick call.\" If the offer has no answer date, give one politely in that note (a week is usual). "
      + "If she comes back with a concern or an ask, tell me it and I'll weigh it against the band; if the date "
      + "passes with no word, it is fair to close the offer and go to your next finalist.";

  /** "I haven't heard back": silence is normal; one follow-up, with its note, inside any deadline. */
  static String followUp(Conversation c, LocalDate today) {
    LocalDate deadline = c.terms() == null ? null : c.terms().deadlineDate();
    String due = deadline == null || deadline.isBefore(today) ? ""
        : " Their deadline, " + DAY.format(deadline) + ", still stands: answer by then whatever happens.";
    return "Silence after a counter is normal: an ask above the first offer usually needs an approval, which takes a "
        + "few days. Follow up once after three to five working days, short and warm, and don't lower your ask to "
        + "end the silence: \"Hi [name], I wanted to check in on my note from [day]. I'm still very excited about "
        + "the role, and happy to talk it through by phone if that's easier. Is there anything else you need from "
        + "me?\"" + due + " If a week more passes with nothing, a call to the recruiter is fair.";
  }

  /** "sent the counter yesterday": now the wait, how long before one follow-up, and what to tell me when they answer. */
  static String sent(Conversation c, LocalDate today) {
    LocalDate deadline = c.terms() == null ? null : c.terms().deadlineDate();
    Counteroffer ask = c.counter();
    String against = ask == null ? "" : " against your ask of " + Cards.money(ask.total(), ask.currency()) + " a year";
    String due = deadline == null || deadline.isBefore(today) ? ""
        : " Their deadline, " + DAY.format(deadline) + ", still stands.";
    return "Good: now let them answer. A counter above the first offer usually needs an approval, so a few quiet days "
        + "are normal; don't add to it or lower it while you wait. If nothing comes in three to five working days, "
        + "follow up once (say \"follow up\" and I'll give you the note)." + due + " When they answer, tell me their "
        + "figures (\"they came back with 190k base\") and I'll weigh them" + against + ".";
  }

  /** "is it better to negotiate over email or phone?": both, each for what it does best. */
  static final String ENGLISH_ONLY = "I can only answer in English, sorry: the guides and my wording are in "
      + "English. I do read offer letters in Spanish, French, German, Portuguese, Italian and Dutch, and figures "
      + "however you type them. If you want the email in Spanish, say \"email\" and have it translated, keeping "
      + "every figure exactly as it is.";

  static final String MENTION_FIRST = "Early: after the thanks and before your figures, as the reason for them. Said "
      + "first, it makes the number read as the market's answer, not a demand; kept for last, it sounds like a threat "
      + "added after a no.";

  static final String BOTH_ASKS = "Ask both in one message; it won't cost you on pay. Recruiters expect a few "
      + "questions together; what wears on them is many rounds, one ask at a time. Put the figures first and the "
      + "other ask after them: \"I'd also like to ask about a start date of [date], so I can hand over my "
      + "current work properly.\" Say \"email\" for the counter's note and add that line to it.";

  static final String MEDIUM = "Either works; use each for what it does best. Put the figures in writing: an email "
      + "is read by whoever approves the budget exactly as you wrote it, and nothing gets lost or rounded down. A "
      + "call carries warmth and lets you hear where they have room, so if they call, say the ask on the call, "
      + "then follow with an email that repeats the figures (\"Thanks for the call today. As discussed, I'd like to "
      + "ask for …\"). If talking money live makes you nervous, it's fine to say \"Let me put my thoughts in "
      + "writing\" and send the email. Say \"email\" for the note, or \"call script\" for the words on the call.";

  /** "how long should I wait before I reply?": thank them now, answer within a day or two, inside any deadline. */
  static String replyWhen(Conversation c, LocalDate today) {
    LocalDate deadline = c.terms() == null ? null : c.terms().deadlineDate();
    String due = deadline == null || deadline.isBefore(today) ? " If they gave you a deadline, answer well inside "
        + "it (tell me the date and I'll keep it)."
        : " Their deadline is " + DAY.format(deadline) + ": send it well before then.";
    return "Don't wait to be polite, and don't rush the figures. Thank them today, the same day if you can: \"Thank "
        + "you, I'm excited about the offer. I'll review the details and come back to you by [day].\" Then send "
        + "your counter within a day or two, once you've checked every figure." + due + " Waiting a week reads as "
        + "lukewarm; answering within minutes leaves no time to check the numbers. Playing it cool by going silent "
        + "gains nothing. Say \"email\" for the counter to send.";
  }

  /** "is that a red flag?": pressure to decide at once, and how to ask for time. */
  static String pressure(Conversation c, LocalDate today) {
    LocalDate deadline = c.terms() == null ? null : c.terms().deadlineDate();
    String due = deadline == null || deadline.isBefore(today) ? ""
        : " You told me they want an answer by " + DAY.format(deadline) + ".";
    return "Pressing for an answer the same day or the next is a tactic, not a rule: a decision this size deserves a "
        + "few days, and asking for them is normal." + due + " On its own it isn't a reason to walk away; how they "
        + "answer a polite request for time tells you more. Say: \"I'm excited about this and want to give it the "
        + "attention it deserves. Could I have until [day] to get back to you?\" (say \"more time\" and I'll draft "
        + "the note). Don't sign on the spot: nothing good in an offer disappears in two days.";
  }
}
