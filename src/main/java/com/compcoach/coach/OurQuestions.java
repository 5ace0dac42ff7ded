package com.compcoach.coach;

import com.compcoach.guide.Bands;
import com.compcoach.guide.Component;
import com.compcoach.guide.Money;
import com.compcoach.guide.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions only the company's side asks, answered from the guide and the thread instead of the card: the band's
 * midpoint and the offer's compa-ratio, a fair middle with her ask, "is that our best?", "and if she still says no?",
 * and the verbal offer script. Never stored; every figure is the band's, the offer's or her ask.
 */
final class OurQuestions {

  /** "what's the compa-ratio?", "the midpoint?": also read beside an offer told in the same message (Coach). */
  static final Pattern MIDPOINT = Pattern.compile("(?i)\\bmid-?point\\b|\\bcompa[- ]?ratio\\b|\\bcomp ratio\\b");
  /** "is that high for a new hire?" weighs the pay against the midpoint; "the script for the new hire" does not. */
  private static final Pattern HIGH_FOR_A_HIRE = Pattern.compile("\\b(?:high|low|much|fair|normal|a lot)\\b[^.?!]*"
      + "\\bfor (?:a|the|our) new hire\\b");
  private static final Pattern MIDDLE = Pattern.compile("\\bfair middle\\b|\\bmiddle ground\\b|\\bcompromise\\b"
      + "|\\bin the middle\\b|\\bsplit the difference\\b|\\bwhere (?:should|do|can|could) we (?:land|meet)\\b");
  private static final Pattern BEST = Pattern.compile("\\b(?:is|was) (?:that|this|it) our best\\b|\\bas high as we "
      + "(?:should|can) go\\b|\\bbest and final\\b|\\bis (?:that|this) the most we\\b");
  private static final Pattern STILL_NO = Pattern.compile("\\bstill (?:says? no|declines?|turns? it down|walks?|"
      + "passes)\\b|\\bwhat now\\b|\\bnow what\\b|\\bwhat do we do now\\b");
  /** "what could we have done?", "where did we go wrong?": a lost candidate looked back on, from our side. */
  private static final Pattern HINDSIGHT = Pattern.compile("\\bwhat (?:could|should|would|might) we have done\\b"
      + "|\\bwhere did we go wrong\\b|\\bwhat did we do wrong\\b|\\bwhat went wrong\\b"
      + "|\\bcould we have (?:done|offered|closed)\\b");
  private static final Pattern SCRIPT = Pattern.compile("\\bscript\\b|\\bverbal offer\\b|\\boffer call\\b");
  /** "what did we offer the last two at this level?": offers made in other threads, which no thread keeps. */
  private static final Pattern PAST_OFFERS = Pattern.compile("\\bwhat (?:did|have|had) we (?:offer|offered|pay|paid"
      + "|give|given)\\b[^?]*\\b(?:last|previous|past|before|other|others)\\b|\\bwhat did (?:the|our) (?:last|previous"
      + "|past) (?:hires?|candidates?|ones?|two|three|few|couple)\\b");

  /** "how do I word the final offer email?", "draft the offer letter email": the company's written offer. */
  private static final Pattern OFFER_EMAIL = Pattern.compile("\\b(?:final\\s+|written\\s+|formal\\s+)?offer\\s+"
      + "(?:email|e-mail|letter|note|message)\\b|\\bword (?:the|our) (?:final |written )?offer\\b|\\bput the offer in "
      + "writing\\b");
  /** "what lever is cheapest for us?", "what costs us the least?": the company's cheapest way to close. */
  private static final Pattern CHEAPEST = Pattern.compile("\\bcheapest\\b|\\bleast expensive\\b|\\bcosts? us (?:the )?"
      + "least\\b|\\bleast costly\\b");
  /** "how much to beat it on base?", "what would it take to beat her other offer?": topping the competing offer. */
  private static final Pattern BEAT = Pattern.compile("\\b(?:to|we)\\s+(?:beat|top|outbid)\\b|\\bbeat (?:it|that|them|their"
      + "|her|his)\\b");
  /** "what would that take approval-wise?", "approval wise, what do we need?": the approvals a move needs. */
  private static final Pattern APPROVAL_WISE = Pattern.compile("\\bapproval[- ]?wise\\b");

  /** "how do I tell her 170 is final?", "how do we say 185 is our best?": our final figure, to be worded. */
  // "let's say 195 is our max" sets our cap, never a figure to word as final: "let's" and "let's say" are no telling.
  private static final Pattern FINAL_FIGURE = Pattern.compile("\\b(?:tell|say to|explain to|let(?!['’]?s\\b)"
      + "|(?<!\\blet['’]s\\s)(?<!\\blets\\s)say|word|break it to)"
      + "\\b[^?.!\\d]*?\\$?(\\d{2,3}(?:,\\d{3})?)k?\\s+(?:base\\s+)?(?:is|was|as)\\s+(?:our\\s+|the\\s+)?"
      + "(?:final|best and final|best|max|ceiling|firm|top)\\b");

  /** "how much to beat 210 on base?", "what would it take to top her 205?": the figure to beat, asked about. */
  private static final Pattern BEAT_FIGURE = Pattern.compile("\\b(?:to|we|can we|could we)\\s+(?:beat|top|outbid)\\s+"
      + "(?:her |his |their |the |a )?\\$?(\\d{2,3}(?:,\\d{3})?)(k)?(?![\\d%])");
  /** "what's the risk if we go in that low?", "risk of lowballing her?": an offer under the band, from our side. */
  private static final Pattern RISK_LOW = Pattern.compile("\\brisks?\\b[^.?!]*\\b(?:low|lower|lowball|lowballing|under"
      + "|below)\\b|\\b(?:low|lowball|lowballing|under the band|below the band)\\b[^.?!]*\\brisks?\\b");

  /**
   * "can we get there?", "can we meet her number?", "can we do what she asked?": her ask on record, asked about whole,
   * with no figure of our own.
   */
  private static final Pattern MEET_ASK = Pattern.compile("\\b(?:can|could|should) we\\s+(?:get|go) there\\b"
      + "|\\b(?:can|could|should) we\\s+(?:meet|get to|reach|do|give (?:her|him|them))\\s+(?:it|that|her ask|his ask"
      + "|their ask|the ask|her number|his number|their number|what (?:she|he|they) (?:asked|wants?|asks?)"
      + "(?: for)?)(?=\\s*[?.!]|\\s*$)"
      // "how much would it cost us to do both?", "what would it cost to meet her?": meeting her ask, priced (s29).
      + "|\\b(?:how much|what)\\s+(?:would|will|does|do|might)\\s+(?:it|that|this|both)\\s+cost\\b(?:\\s+us)?"
      + "(?:\\s+to\\s+(?:do|meet|match|give|get|say yes to)\\b[^?.!]*)?(?=\\s*[?.!]|\\s*$)");

  private OurQuestions() {}

  /** The answer; null off the company's side, with figures in the message, or when it asks none of these. */
  static Turn answer(Conversation c, Scene s, String text, Reading reading) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (!c.companySide()) {
      return null;
    }
    Offer offer = Cards.usable(c.offer(), s.region());
    // "how much to beat 210 on base?": the figure is the one to beat (her other offer's base), never our offer.
    Matcher toBeat = lower.contains("beat") || lower.contains("top") || lower.contains("outbid")
        ? BEAT_FIGURE.matcher(lower) : null;
    if (toBeat != null && toBeat.find() && offer != null && offer.base() != null) {
      Competing theirs = toBeat(c, s, toBeat);
      if (theirs != null) {
        return new Turn(c, new Reply.Text(beat(s, offer, theirs)));
      }
    }
    // "how do I tell her 170 is final?": the figure is our final base, to be worded for her, never a base to ask about.
    Matcher finalWord = lower.contains("final") || lower.contains("best") || lower.contains("max")
        ? FINAL_FIGURE.matcher(lower) : null;
    if (finalWord != null && finalWord.find()) {
      long value = Long.parseLong(finalWord.group(1).replace(",", ""));
      String said = OurSideTopics.finalWord(s, c, value < 1000 ? value * 1000 : value, lower);
      if (said != null) {
        return new Turn(c, new Reply.Text(said));
      }
    }
    if (reading.hasNews() || !reading.loose().isEmpty()) {
      return null;
    }
    String currency = s.region().currency();
    List<String> lines = new ArrayList<>();
    if (lower.contains("what ") && PAST_OFFERS.matcher(lower).find()) {
      lines.add("I don't keep offers across threads: each thread holds only its own figures, and the guide holds the "
          + "band, not what was offered before, so I have no past offer to quote. Your ATS or comp team has them; tell "
          + "me one (\"our last hire at this level is at 180 base\") and I'll weigh it as internal equity.");
      Range band = s.region().bands().base();
      lines.add("The " + s.region().shortName() + " base band is " + Money.compact(band, currency)
          + (offer != null && offer.base() != null ? "; your offer's base is " + money(offer.base(), currency) : "")
          + ".");
    } else if (MIDPOINT.matcher(lower).find() || HIGH_FOR_A_HIRE.matcher(lower).find()) {
      lines.addAll(midpoint(s, offer));
    } else if (MIDDLE.matcher(lower).find() && offer != null && offer.base() != null && c.baseAsk() != null
        && c.baseAsk() > offer.base()) {
      lines.add(Landing.between(s, Component.BASE, offer.base(), c.baseAsk()));
    } else if (MEET_ASK.matcher(lower).find() && offer != null && offer.base() != null && c.baseAsk() != null
        && c.baseAsk() > offer.base()) {
      lines.addAll(meetAsk(s, c, offer));
    } else if (OFFER_EMAIL.matcher(lower).find() && offer != null && offer.base() != null) {
      lines.add(offerEmail(s, offer, lower.contains("final")));
    } else if (SCRIPT.matcher(lower).find() && offer != null) {
      lines.add(script(s, offer));
    } else if (lower.contains("cheap") || lower.contains("least")) {
      if (CHEAPEST.matcher(lower).find()) {
        lines.add(CompanySide.signOn(s));
        String gap = gapCosts(s, offer, c.baseAsk());
        if (gap != null) {
          lines.add(gap);
        }
      }
    } else if (lower.contains("risk") && RISK_LOW.matcher(lower).find() && offer != null && offer.base() != null) {
      lines.add(lowRisk(s, offer));
    } else if (lower.contains("beat") || lower.contains("top") || lower.contains("outbid")) {
      if (BEAT.matcher(lower).find() && offer != null && offer.base() != null && c.competing() != null
          && c.competing().base() != null && c.competing().currency().equals(currency)) {
        lines.add(beat(s, offer, c.competing()));
      }
    } else if (lower.contains("approval") && APPROVAL_WISE.matcher(lower).find()) {
      // "what would that take approval-wise?" after her ask: the guide's approval lines, and which her ask crosses.
      lines.add(Approvals.withoutApproval(s));
      Offer asked = offer != null && c.baseAsk() != null ? offer.with(Component.BASE, c.baseAsk()) : offer;
      lines.addAll(Approvals.crossed(s, asked));
    } else if (BEST.matcher(lower).find() && offer != null) {
      lines.add(room(s, offer) + " Call an offer best and final only if it is: saying so and moving later costs "
          + "the candidate's trust.");
    } else if ((lower.contains(" have ") || lower.contains("wrong")) && HINDSIGHT.matcher(lower).find()
        && offer != null) {
      // "she declined, said the equity was too low" then "what could we have done?": the room the bands left.
      lines.add(lookingBack(s, offer));
    } else if (STILL_NO.matcher(lower).find() && c.note() == Voice.Note.SIGNED) {
      // "offer accepted 🎉" then "what now?": the steps after her yes, never the ways left after a no.
      lines.add(offer == null ? Conduct.AFTER_HER_YES
          : Conduct.afterHerYes(TextRenderer.offer(offer, currency)));
    } else if (STILL_NO.matcher(lower).find() && offer != null) {
      lines.add("If the candidate still says no, the ways left are: " + (c.baseAsk() == null ? "a move on base"
          : "a move on base toward the " + money(c.baseAsk(), currency) + " asked") + ", a one-time sign-on (it covers "
          + "a gap for the first year only), more RSUs, a level if the ask is past the band, or letting the candidate "
          + "go. Ask what would make it work before you move, and move once.");
      lines.add(room(s, offer));
    }
    return lines.isEmpty() ? null : new Turn(c, new Reply.Text(String.join("\n", lines)));
  }

  /** The base band's midpoint, and the offer's base as a compa-ratio against it. */
  static List<String> midpoint(Scene s, Offer offer) {
    String currency = s.region().currency();
    Range band = s.region().bands().base();
    long mid = band.mid();
    List<String> lines = new ArrayList<>();
    lines.add("The " + s.region().shortName() + " base band is " + Money.compact(band, currency) + ": its midpoint is "
        + new Money(mid, currency).full() + ".");
    if (offer != null && offer.base() != null) {
      long ratio = Math.round(offer.base() * 100.0 / mid);
      lines.add("Your base of " + money(offer.base(), currency) + " is a compa-ratio of " + String.format(Locale.ROOT,
          "%.2f", ratio / 100.0) + " (" + ratio + "% of the midpoint)" + (ratio > 100 ? ": above the midpoint, "
          + "common for a strong hire; the guide sets no rule for new hires, so your pay policy decides."
          : ratio < 100 ? ": below the midpoint, room to move inside the band." : ": at the midpoint."));
    }
    return lines;
  }

  /** How far the bands go past the offer, part by part. */
  private static String room(Scene s, Offer offer) {
    List<String> left = left(s, offer, List.of(Component.BASE, Component.STOCK, Component.BONUS));
    return left.isEmpty() ? "Your offer is at the band's top on every part: past it is a level or one-time money."
        : "Not by the band: " + Cards.join(left) + ".";
  }

  /**
   * The room beside a base held where it is (at a cap): the stock and the bonus to their bands' tops, and a one-time
   * sign-on. With no offer, the tops alone.
   */
  static String besideBase(Scene s, Offer offer) {
    List<String> left = new ArrayList<>(left(s, offer, List.of(Component.STOCK, Component.BONUS)));
    Range signOn = Topics.signOnRange(s.guide());
    left.add("a one-time sign-on" + (signOn == null ? ""
        : " (the guide's range for this role is " + Money.compact(signOn, s.region().currency()) + ")"));
    return "Beside the base: " + Cards.join(left) + ".";
  }

  /** Each part's band top the offer is under, with the offer's figure beside it when there is an offer. */
  private static List<String> left(Scene s, Offer offer, List<Component> parts) {
    String currency = s.region().currency();
    Bands bands = s.region().bands();
    List<String> left = new ArrayList<>();
    for (Component part : parts) {
      Long at = offer == null ? null : offer.of(part);
      long top = part == Component.BASE ? bands.base().high() : part == Component.STOCK ? bands.stock().high()
          : bands.bonus().high();
      if (at == null || at < top) {
        left.add(part.label() + " up to " + money(top, currency) + (part == Component.STOCK ? " a year" : "")
            + (offer == null ? "" : at == null ? " (none offered)" : " (yours " + money(at, currency) + ")"));
      }
    }
    return left;
  }

  /** The offer in writing, in the company's voice: every figure is the offer on record; "final" only if it is. */
  private static String offerEmail(Scene s, Offer offer, boolean finalSaid) {
    String currency = s.region().currency();
    return "An offer email, in your voice:\n\"Subject: Your offer for the " + s.guide().role().title() + " role\n\nHi "
        + "[name],\n\nThank you for your time through the process. I'm happy to confirm our offer for the "
        + s.guide().role().title() + " role: " + TextRenderer.offer(offer, currency) + ". The attached letter has the "
        + "full details. Please let me know by [date] if you'd like to accept, and reach out with any questions; I'm "
        + "happy to walk through it on a call.\n\nWe'd love to have you on the team.\n\n[your name]\""
        + (finalSaid ? "\nI left out \"final\": call it final only if it is, since moving after it costs the "
        + "candidate's trust." : "");
  }

  /** With her base ask on record: what closing the gap costs on base every year against a one-time sign-on. */
  private static String gapCosts(Scene s, Offer offer, Long ask) {
    if (offer == null || offer.base() == null || ask == null || ask <= offer.base()) {
      return null;
    }
    String currency = s.region().currency();
    long gap = ask - offer.base();
    long bonus = offer.bonusPercent() == null ? 0 : Offer.percentOf(gap, offer.bonusPercent());
    long yearly = gap + bonus;
    return "Against the candidate's ask of " + money(ask, currency) + " base on your " + money(offer.base(), currency)
        + ": meeting it on base costs " + money(yearly, currency) + " a year" + (bonus > 0 ? " with the bonus at the "
        + "same percent" : "") + " (" + money(yearly * YearByYear.YEARS, currency) + " over 4 years); a sign-on of "
        + money(gap, currency) + " costs that once and covers the first year only, so expect her to weigh the years "
        + "after it.";
  }

  /**
   * "she sent: base 200, sign-on 25k" then "can we get there?": her ask against the base band and any approval kept,
   * what meeting it costs a year and once, and never a move stored.
   */
  private static List<String> meetAsk(Scene s, Conversation c, Offer offer) {
    String currency = s.region().currency();
    Range band = s.region().bands().base();
    long ask = c.baseAsk();
    List<String> lines = new ArrayList<>();
    lines.add("Her ask of " + money(ask, currency) + " base is " + (ask > band.high() ? money(ask - band.high(), currency)
        + " past the top of the " + s.region().shortName() + " base band (" + Money.compact(band, currency) + "): "
        + "meeting it is a question of level or an approved exception"
        : "inside the " + s.region().shortName() + " base band (" + Money.compact(band, currency) + "), at "
        + Math.round(band.position(ask) * 100) + "% of it, so the band lets you meet it")
        + (c.ceiling() == null ? "" : ask > c.ceiling() ? "; it is " + money(ask - c.ceiling(), currency)
        + " past the " + money(c.ceiling(), currency) + " you said is approved, so it needs that sign-off again"
        : "; it is within the " + money(c.ceiling(), currency) + " you said is approved") + ".");
    lines.add(gapCosts(s, offer, ask));
    Long signOnAsk = c.signOnAsk();
    if (signOnAsk != null) {
      long ours = offer.signOn() == null ? 0 : offer.signOn();
      Range range = Topics.signOnRange(s.guide());
      lines.add("Her sign-on ask of " + money(signOnAsk, currency) + (signOnAsk > ours ? " is " + money(signOnAsk - ours,
          currency) + " more than " + (ours == 0 ? "none in your offer" : "your " + money(ours, currency))
          + ", paid once" : " is no more than your offer's") + (range == null ? "" : signOnAsk > range.high()
          ? ", past the guide's sign-on range of " + Money.compact(range, currency)
          : ", within the guide's sign-on range of " + Money.compact(range, currency)) + ".");
    }
    lines.add("Nothing is stored: tell me what you decide (\"we'll do …\" with its figures) and I'll keep it as the "
        + "offer.");
    return lines;
  }

  /** "what's the risk if we go in that low?": the offer's base against the band's bottom and what usually follows. */
  private static String lowRisk(Scene s, Offer offer) {
    String currency = s.region().currency();
    Range band = s.region().bands().base();
    long base = offer.base();
    String where = base < band.low() ? "Your base of " + money(base, currency) + " is " + money(band.low() - base,
        currency) + " under the " + s.region().shortName() + " base band's bottom of " + money(band.low(), currency)
        + ": an offer under the band rarely closes as it stands. Expect a firm counter toward the band, or a no from "
        + "a candidate with other options, and it tells her how you value her."
        : "Your base of " + money(base, currency) + " sits at " + Math.round(band.position(base) * 100) + "% of the "
        + s.region().shortName() + " base band (" + Money.compact(band, currency) + "): low in the band invites a "
        + "counter toward the top, not a no.";
    return where + " Coming in low to leave room costs trust if you then move a lot; coming in where you mean to land "
        + "and moving once closes faster.";
  }

  /**
   * The offer a figure to beat names: the competing offer on record whose base it is, else one known by that base
   * alone (said back as "the competing offer's"); null when the figure is no base the bands could hold.
   */
  private static Competing toBeat(Conversation c, Scene s, Matcher m) {
    long value = Long.parseLong(m.group(1).replace(",", ""));
    long amount = value < 1000 ? value * 1000 : value;
    Range band = s.region().bands().base();
    if (amount * 2 < band.low() || amount > band.high() * 2) {
      return null;
    }
    if (c.competing() != null && c.competing().base() != null && c.competing().base() == amount
        && c.competing().currency().equals(s.region().currency())) {
      return c.competing();
    }
    return new Competing(amount, s.region().currency(), null, amount, null, null, null);
  }

  /** After the candidate's no: the room the offer left part by part, and the way back (one move, in writing). */
  static String lookingBack(Scene s, Offer offer) {
    return "Looking back from the bands, the room your offer left: " + room(s, offer).replaceFirst("^Not by the "
        + "band: ", "") + " The part she named as the reason is where one move would most likely have closed her: "
        + "that part toward its band's top, or a one-time sign-on where the band had no room.\nA no is not always "
        + "the last word: ask her what would have made it work, and if the gap is in one part, one move there (said "
        + "once, in writing) can reopen it.";
  }

  /** "how much to beat it on base?": the competing offer's base against ours and the band. */
  private static String beat(Scene s, Offer offer, Competing competing) {
    String currency = s.region().currency();
    Range band = s.region().bands().base();
    long theirs = competing.base();
    String who = competing.from() == null ? "the competing offer's" : competing.from() + "'s";
    if (offer.base() > theirs) {
      return "Your base of " + money(offer.base(), currency) + " already beats " + who + " " + money(theirs, currency)
          + " base.";
    }
    long more = theirs - offer.base();
    long bonus = offer.bonusPercent() == null ? 0 : Offer.percentOf(more, offer.bonusPercent());
    return "To beat " + who + " " + money(theirs, currency) + " base you need more than that: from your "
        + money(offer.base(), currency) + " it is " + money(more, currency) + " a year on base" + (bonus > 0 ? " ("
        + money(more + bonus, currency) + " with the bonus at the same percent)" : "") + " just to match. "
        + (theirs < band.high() ? money(theirs, currency) + " is inside the " + s.region().shortName() + " base band ("
        + Money.compact(band, currency) + "), so a base a little past it is open to you; a sign-on beats it for the "
        + "first year only." : money(theirs, currency) + " is at or past the " + s.region().shortName() + " base band's "
        + "top of " + money(band.high(), currency) + ": beating it on base is a level question; RSUs or a one-time "
        + "sign-on carry the rest.") + approval(s, offer.with(Component.BASE, theirs))
        + " Nothing is stored: tell me the offer you make.";
  }

  /** The guide's approval lines a figure crosses, each said, as a sentence to add; "" when none. */
  private static String approval(Scene s, Offer offer) {
    List<String> crossed = Approvals.crossed(s, offer);
    return crossed.isEmpty() ? "" : " " + String.join(" ", crossed);
  }

  /** The offer said on a call, in the company's voice: every figure is the offer on record. */
  private static String script(Scene s, Offer offer) {
    String currency = s.region().currency();
    return "A verbal offer script, in your voice:\n\"Hi [name], thank you for your time through the process. I'm "
        + "happy to tell you we'd like to offer you the " + s.guide().role().title() + " role: "
        + TextRenderer.offer(offer, currency) + ". We think it's a strong package and we'd love to have you on the "
        + "team. I'll send it in writing today; take a day or two to look it over, and tell me if anything would "
        + "make it work better for you.\"\nThen stop and listen. Don't call it final unless it is.";
  }

  private static String money(long amount, String currency) {
    return Cards.money(amount, currency);
  }
}
