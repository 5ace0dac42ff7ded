package com.compcoach.coach;

import com.compcoach.guide.Component;
import java.util.List;

/**
 * The candidate turning this offer down ("how do i turn them down nicely?") or taking it to the other company ("can
 * i use this offer to get more from stripe?"): wording with no counter in it, and what this guide can't say of the
 * other company's pay.
 */
final class Declining {

  /**
   * How to decline well: thanks, a plain no, the door left open; never an ask for more. The company turned down is
   * the other one where the message names it ("how do i turn down stripe nicely?"), else this one.
   */
  /** "what if they ask why" after declining: a short true reason, no figures owed, and the door left open. */
  /** A note asked for in someone else's voice: "from my partner's perspective", "as my wife". */
  static final java.util.regex.Pattern SOMEONE_ELSE = java.util.regex.Pattern.compile("(?i)\\b(?:partner|wife|husband"
      + "|spouse|girlfriend|boyfriend|fianc[ée]e?|family)(?:'s|s)?\\b");

  /** Why the note stays in the user's own voice when it is asked in someone else's. */
  static final String OWN_VOICE = "The note should come from you, since the offer is yours: a partner's reasons can "
      + "stay private, or be one line (\"for family reasons, the move doesn't work for us right now\"). ";

  static final String WHY = "Give a short, true reason and stop there: \"I've accepted a role that's a closer fit "
      + "for what I want to do next.\" You don't owe them the other company's name or figures. If they ask what it "
      + "would take, decide first whether anything would change your mind: if so, say it once, with the figure; if "
      + "not, thank them and keep the no.";

  /**
   * "never mind, I took another job", "she signed elsewhere", "accepted another offer": the other job is already
   * taken, not weighed. The taking must hold the other job itself: "going to decline and stay, not worth it for a
   * different title" takes nothing, and "we went with another candidate" is the company's own choice.
   */
  private static final java.util.regex.Pattern TOOK_ANOTHER = java.util.regex.Pattern.compile("(?i)\\b(?:took|taken"
      + "|take|taking|accepted|accepting|accept|signed|signing|went|going|gone|chose|joined|joining)\\s+"
      + "(?:(?:with|for|to|on\\s+with|on\\s+at|at)\\s+)?(?:(?:an?|the|her|his|their|my)\\s+)?"
      + "(?:(?:another|other|different|new)\\s+(?:\\w+\\s+)?(?:job|offer|role|position|company|firm|opportunity|one)"
      + "|(?:(?:job|offer|role|position)\\s+)?(?:elsewhere|somewhere\\s+else))\\b"
      // "took a job at stripe instead": a company named, and "instead" says it is not this one.
      + "|\\b(?:took|accepted|signed|went|going|go|joined|joining|decided)\\b[^.!?]{1,40}?\\binstead\\b(?!\\s+of)");

  /**
   * The company chose someone else ("they went with an internal candidate instead"): nothing to counter or decline,
   * and whether the offer is really gone is asked of them, not assumed.
   */
  static final String PASSED_OVER = "I'm sorry, that's hard to hear after getting this far. If they've gone with "
      + "someone else, there's nothing left to counter: reply briefly and graciously, thanking them for their time, "
      + "saying you enjoyed meeting the team and asking to be kept in mind for future roles; recruiters remember "
      + "who took a no well. If you're not sure your offer itself is withdrawn, ask plainly before you act on it: "
      + "\"Just to confirm, is the offer you made me no longer open?\"";

  /** The company's side when its candidate took another job: close well and learn what won, no figures. */
  static final String LOST = "Sorry to lose the candidate. Close it well: thank them, wish them luck, and ask what "
      + "decided it (the part or the figure that won is what your next offer for this role needs). Keep the door "
      + "open: a candidate who leaves on good terms may come back, and may send others.";

  /**
   * The company's side turning its candidate down ("how do i turn her down nicely? we went with another candidate"):
   * the candidate's own decline email would be in the wrong voice, so the company's note, with no figures.
   */
  static final String TURN_DOWN = "Tell the candidate soon, and yourself (a short call if you got on well, else an "
      + "email): thank them, say plainly the role went another way, and leave the door open; no figures and no "
      + "comparison with who you chose.\n\"Hi [name], thank you for your time and for the care you put into the "
      + "process. We've decided to move forward with another candidate for this role, and I wanted you to hear it "
      + "from me. I enjoyed getting to know you, and I'd be glad to stay in touch for future roles.\"\nIf they ask "
      + "why, give one honest, general reason and stop there.";

  static String decline(Scene s, Conversation c, String text) {
    boolean tookAnother = TOOK_ANOTHER.matcher(text).find();
    if (tookAnother && c.companySide()) {
      return LOST;
    }
    if (c.companySide()) {
      return TURN_DOWN;
    }
    String company = s.guide().company().name();
    Competing rival = c.competing() != null && c.competing().from() != null ? c.competing() : null;
    boolean rivalDeclined = rival != null && declines(text, rival.from());
    String declined = rivalDeclined ? rival.from() : company;
    String role = rivalDeclined ? "the role" : "the " + s.guide().role().title() + " role";
    // "I've decided to accept another offer" only where there is one: else the reason is left to the candidate.
    String reason = rivalDeclined || rival != null || tookAnother ? "I've decided to accept another offer"
        : "I've decided it isn't the right move for me now";
    String lead = rivalDeclined ? "Noted: you're turning down " + rival.from() + "'s offer. "
        : rival != null ? "Noted: you're taking " + rival.from() + "'s offer. To decline " + company + "'s: "
        : tookAnother ? "Congratulations on the new job! To decline " + company + "'s offer well: " : "";
    return lead + "Thank them, say no plainly, and leave the door open; no counter now, since an ask after a no reads "
        + "as a bluff. Send it soon, by email (a short call first if you got on well with the recruiter):\n\"Hi "
        + "[name], thank you again for the offer and for your time through the process. After a lot of thought "
        + reason + ", so I'll have to decline " + role + " at " + declined + ". I really enjoyed meeting the team, "
        + "and I hope our paths cross again.\"\n" + (rival != null && !rivalDeclined || tookAnother ? "You needn't name the other "
        + "company or its figures. " : "") + "If you might still join " + declined + " for more, say so before you "
        + "decline, not after.";
  }

  /** Whether the message turns {@code name} down: "turn down stripe", "turn stripe down", "decline stripe's offer". */
  private static boolean declines(String text, String name) {
    String n = java.util.regex.Pattern.quote(name.toLowerCase(java.util.Locale.ROOT));
    return java.util.regex.Pattern.compile("\\b(?:(?:turn(?:ing)?\\s+down|decline|declining|say(?:ing)?\\s+no\\s+to|reject"
        + "|rejecting)\\s+(?:the\\s+)?" + n + "|turn(?:ing)?\\s+" + n + "(?:['’]s\\s+offer)?\\s+down)\\b")
        .matcher(text.toLowerCase(java.util.Locale.ROOT)).find();
  }

  /** This offer as leverage with the other company: where it pays more, from the figures the thread holds. */
  static String elsewhere(Scene s, Conversation c) {
    String company = s.guide().company().name();
    String currency = s.region().currency();
    Competing rival = c.competing() != null && c.competing().currency().equals(currency) ? c.competing() : null;
    String other = rival == null || rival.from() == null ? "the other company" : rival.from();
    String head = "This guide is for " + s.guide().role().title() + " at " + company + ", so it holds no band for "
        + other + ": I can't tell you what " + other + " can pay.";
    Offer offer = Cards.usable(c.offer(), s.region());
    Long ours = offer == null ? null : offer.recurringTotal();
    if (rival == null || ours == null) {
      return head + " You can tell " + other + " about " + company + "'s offer where it pays more; tell me both "
          + "offers' figures and I'll say on which parts.";
    }
    if (!rival.partial() && ours < rival.total()) {
      String better = betterParts(offer, rival, currency);
      return head + " " + company + "'s " + Cards.money(ours, currency) + " a year is under " + other + "'s "
          + Cards.money(rival.total(), currency) + ", so on the whole year it is no lever: "
          + (better != null ? "name it only where it pays more (" + better + ")."
              : "name it only on a part where it pays more; tell me " + other + "'s base, RSUs and bonus and "
                  + "I'll say which.")
          + " Ask " + other + " on what you know of its market instead, and keep it honest: never claim a figure "
          + company + " didn't offer.";
    }
    String better = betterParts(offer, rival, currency);
    return head + (better != null ? " " + company + "'s offer pays more on " + better + ": say \"I have an offer "
        + "from " + company + " at " + Cards.money(ours, currency) + " a year; can you match it there?\""
        : " Say \"I have an offer from " + company + " at " + Cards.money(ours, currency) + " a year; can you "
            + "match it?\"");
  }

  /** The parts this offer pays more on than the other, each with both figures; null when none is known to. */
  private static String betterParts(Offer offer, Competing rival, String currency) {
    List<String> better = new java.util.ArrayList<>();
    for (Component part : List.of(Component.BASE, Component.STOCK, Component.BONUS)) {
      Long ours = offer.of(part);
      Long theirs = rival.part(part);
      if (ours != null && theirs != null && ours > theirs) {
        better.add(part.label() + ", " + Cards.money(ours, currency) + " against " + Cards.money(theirs, currency));
      }
    }
    return better.isEmpty() ? null : Cards.join(better);
  }

  private Declining() {}
}
