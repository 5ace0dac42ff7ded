package com.compcoach.coach;

import com.compcoach.guide.Architecture;
import com.compcoach.guide.Money;
import com.compcoach.guide.Range;
import com.compcoach.guide.Region;
import com.compcoach.money.MoneyGrammar;
import com.compcoach.money.Token;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Answers to what a candidate asks beside the offer's figures: a sign-on's clawback, relocation, a colleague's pay,
 * and the recruiter's range before an offer. Every figure named comes from the guide, the thread or the message.
 */
final class SideQuestions {

  /** Why a friend's pay makes a weak argument, and what to cite instead. */
  static final String PEER_PAY = "I wouldn't cite a friend's or colleague's pay: it's second-hand, it came at "
      + "another level, time and negotiation, and it can put the recruiter on the defensive (or get your friend in "
      + "trouble). Cite the market instead, which is what the guide's bands and the Negotiate-Up target are: say "
      + "\"levers\" for wording that does, or \"what should I ask for\" for the figures.";

  /** Relocation: one-time, from another budget, so it moves easily; never weighed as pay. */
  static final String RELOCATION = "Relocation is one of the easier things to move: it's one-time and usually comes "
      + "from a separate budget, so it doesn't touch the band. Ask for what the move really costs (movers, travel, "
      + "temporary housing, a lease you break), whether it's paid gross or net of tax, and whether they'll pay the "
      + "movers directly instead. I leave relocation out of the pay the counter weighs, so asking for more doesn't "
      + "cost you anything on base, stock or bonus.";

  /**
   * "will they rescind if I negotiate?": how rare that is and how to ask safely, with the thread's alternative named
   * but no figure (the same words are safe in a shared channel).
   */
  static String rescind(Conversation c) {
    String fallback = c.competing() != null ? " And if it did fall through, you have your competing offer."
        : c.walkAway() != null ? " You know your walk-away, so you know when to stop." : "";
    return "A polite, researched counter almost never costs an offer: they chose you after weeks of interviews, and "
        + "recruiters expect you to negotiate. What raises the risk is an ultimatum, many rounds, reopening after "
        + "you've said yes, or going silent past their deadline. To keep it safe: thank them and say you're excited, "
        + "ask once with precise figures, put it as a question (\"is there flexibility on the base?\"), and answer "
        + "within their deadline. An exploding offer (a day or two to decide) is pressure, not a rule: ask for a few "
        + "more days (say \"more time\" and I'll draft the note)." + fallback + " An employer that pulls an offer "
        + "over a polite ask is showing you how it would treat you once you work there.";
  }

  /**
   * "rescind or hold?" on the company's side: hold and ask for a decision, since a negotiating candidate has done
   * nothing to lose the offer over; a deadline set plainly, never a threat.
   */
  static String rescindOurs(Conversation c, String message) {
    if (DECIDED_RESCIND.matcher(message).find()) {
      return rescindKindly();
    }
    String ask = c.baseAsk() == null || c.offer() == null ? "" : " The candidate's ask on record is "
        + Cards.money(c.baseAsk(), c.offer().currency()) + " base: answer it with a yes, a move or a clear no, so "
        + "there is something to decide on.";
    return "Hold. A candidate who negotiates, or takes a while, has done nothing to lose the offer over, and pulling "
        + "it as a tactic costs you the hire and your name with the people they talk to. If the silence is the "
        + "problem, ask for a decision by a date, plainly: \"We'd love to have you on the team. Could you let us know "
        + "where you are by [date]? After that we'll need to move on with the role.\" Only say the offer ends on that "
        + "date if it truly does." + ask + " Rescind only for a real reason (the role closed, a failed check), said "
        + "as it is.";
  }

  /**
   * The company has already decided to pull the offer, for its own reason ("req got frozen, we're rescinding — how do
   * we say it kindly?", "we have to rescind, budget got cut"): the question is how to tell the candidate, not whether.
   */
  private static final Pattern DECIDED_RESCIND = Pattern.compile("(?i)\\b(?:we(?:['’]re|re|\\s+are)\\s+rescinding"
      + "|we\\s+(?:need|have|had)\\s+to\\s+rescind|(?:req|role|position|headcount)\\s+(?:got|was|is|has\\s+been)\\s+"
      + "(?:frozen|closed|cut|cancell?ed|pulled)|hiring\\s+freeze|budget\\s+(?:got|was|has\\s+been)\\s+cut)\\b");

  /** A rescind already decided, said kindly: a call first, the reason as it is, the apology, and what is still owed. */
  private static String rescindKindly() {
    return "Tell the candidate by phone first, as soon as it is decided, then in writing the same day: the reason as it "
        + "is (the role was frozen, not anything about them), an apology, and nothing that sounds like it might come "
        + "back unless it truly might. Say: \"I'm sorry to be calling with bad news. The role has been put on hold "
        + "and we have to withdraw the offer we made you. This is about our headcount, not about you: everyone here "
        + "wanted you on the team. I know this may affect other plans you made, and I'm sorry for that.\" Then, if "
        + "it is true: offer to keep them first in line if the role reopens, to introduce them to other teams hiring, "
        + "and to cover costs already incurred for the move or notice. If they have resigned from their current job "
        + "already, involve legal and HR before the call.";
  }

  private static final MoneyGrammar GRAMMAR = MoneyGrammar.standard();

  private SideQuestions() {}

  /** "is the relo negotiable?": the guide's relocation range where it gives one, then how relocation moves. */
  static String relocation(Optional<Scene> scene) {
    Range range = scene.map(s -> s.guide().architecture()).map(Architecture::relocation).orElse(null);
    if (range == null) {
      return RELOCATION;
    }
    Scene s = scene.get();
    return "The guide gives a relocation package of " + Money.compact(range, s.region().currency()) + " for this role ("
        + s.guide().path() + "): ask near its top, e.g. " + new Money(Precise.floor(range.high()),
            s.region().currency()).full() + ". " + RELOCATION;
  }

  /**
   * "can we give relo instead of more base?" on the company's side: relocation is one-time money from another budget,
   * so it closes a first year but never a yearly gap on base; the guide's relocation range where it gives one, the
   * relocation the thread holds, and never the candidate's advice to ask for more.
   */
  static String relocationForUs(Conversation c, Optional<Scene> scene) {
    Range range = scene.map(s -> s.guide().architecture()).map(Architecture::relocation).orElse(null);
    String currency = scene.map(s -> s.region().currency()).orElse(null);
    Long asked = c.terms() == null ? null : c.terms().relocation();
    String held = asked == null || currency == null ? "" : " The " + new Money(asked, currency).full()
        + " relocation in this thread is paid once and is left out of the year's pay.";
    String guide = range == null ? " The guide gives no relocation figure for this role: the amount is your "
        + "relocation policy's." : " The guide gives a relocation package of " + Money.compact(range, currency)
        + " for this role (" + scene.get().guide().path() + ").";
    return "Relocation is one-time money, usually from a separate budget, so it doesn't touch the band: it can close "
        + "a move's costs, not a gap on base, which comes back every year." + held + guide + " If the candidate asks for "
        + "more base, say plainly what relocation covers and what the base is; paid on receipts it costs less than the "
        + "same cash grossed up as pay.";
  }

  /**
   * "turn the relocation into sign-on": relocation paid on receipts or grossed up can be worth more than the same
   * cash as a sign-on, taxed as pay; when the move costs little, folding it in is a fair ask, with the thread's
   * figures where it has them.
   */
  static String relocationAsSignOn(Conversation c, Optional<Scene> scene) {
    String currency = scene.map(s -> s.region().currency()).orElse(null);
    Long relocation = c.terms() == null ? null : c.terms().relocation();
    Long signOn = c.offer() == null ? null : c.offer().signOn();
    String amount = relocation != null && currency != null ? "the " + new Money(relocation, currency).full()
        + " relocation" : "the relocation";
    String together = relocation != null && currency != null
        ? " That would make " + (signOn != null && signOn > 0 ? "the sign-on " + new Money(signOn + relocation,
            currency).full() + " (their " + new Money(signOn, currency).full() + " and the relocation)"
            : "a sign-on of " + new Money(relocation, currency).full()) + "."
        : "";
    return "You can ask, but weigh it first: relocation is often paid against receipts, to the movers directly or "
        + "grossed up for tax, while a sign-on is cash taxed as pay, so the same figure as a sign-on usually puts "
        + "less in your pocket. If the move will cost you little, folding it in is a fair ask that costs them "
        + "nothing more: \"If it's simpler, could " + amount + " be paid as part of the sign-on bonus instead?\""
        + together + " Check the repayment terms of both: each is usually repaid if you leave within a year.";
  }

  /**
   * A sign-on's repayment terms, coached: pro-rated, and no longer than 12 months. {@code lower} is the message in
   * lower case; null when it gives no repayment terms.
   */
  static String clawbackNote(String lower) {
    if (!mentionsClawback(lower)) {
      return null;
    }
    Integer months = months(lower);
    boolean prorated = lower.contains("pro rata") || lower.contains("pro-rata") || lower.contains("prorat")
        || lower.contains("pro-rat");
    if (prorated && months != null && months <= 12) {
      return "The sign-on is repaid pro rata if you leave within " + months + " months: that's the usual, fair term, "
          + "so spend your asks on the figures.";
    }
    String period = months == null ? "" : " within " + (months % 12 == 0 ? months / 12 + (months == 12 ? " year"
        : " years") : months + " months");
    return "A sign-on repaid if you leave" + period + " is common, but ask for the gentler terms: "
        + (prorated ? "" : "pro-rated, so you repay only the part of the period you didn't stay, ")
        + (months == null || months > 12 ? "over 12 months rather than " + (months == null ? "longer" : months
        + " months") + ", " : "") + "and never for a layoff or termination without cause. Say: \"Could the sign-on "
        + "repayment be pro-rated monthly" + (months == null || months > 12 ? " over the first 12 months" : "")
        + ", and waived if the company ends my employment?\"";
  }

  /** Whether a message talks of paying a sign-on back. */
  static boolean mentionsClawback(String lower) {
    return CLAWBACK.stream().anyMatch(lower::contains);
  }

  /** How people say a sign-on is paid back. */
  private static final List<String> CLAWBACK = List.of("clawback", "claw back", "claw-back", "pay it back", "pay back",
      "paid back", "repay", "repaid", "give it back", "return it if", "owe it back",
      // "25k signing bonus but I pay it all back if I leave before 18 months" (s30).
      "pay it all back", "pay all of it back", "pay the whole thing back", "give it all back", "pay the full amount back");

  /**
   * "can i split the sign-on", "half now half after 6 months": yes, ask, with the thread's sign-on (their offer's, else
   * the counter's) in two halves, and what a later half can carry.
   */
  static String signOnSplit(Conversation c, Region region) {
    String currency = region.currency();
    Long offered = c.offer() == null || !c.offer().currency().equals(currency) ? null : c.offer().signOn();
    Long asked = c.counter() == null || !c.counter().currency().equals(currency) || c.counter().signOn() <= 0 ? null
        : c.counter().signOn();
    // "no sign-on" is a sign-on of 0: nothing to split, so the counter's (if any) is the one halved.
    Long signOn = offered != null && offered > 0 ? offered : asked;
    String halves = signOn == null ? "" : " Your " + (offered != null && offered > 0 ? "" : "counter's ") + "sign-on of "
        + new Money(signOn, currency).full() + " would be " + new Money(signOn / 2, currency).full() + " in your first "
        + "paycheck and " + new Money(signOn - signOn / 2, currency).full() + " after six months.";
    return "Yes, you can ask: a sign-on paid in two parts is common, and easy for them to grant." + halves + " Mind "
        + "what a later half can carry: it's often paid only if you're still there, and each half may have its own "
        + "repayment terms, so ask that any repayment is pro-rated. Say: \"Could the sign-on be paid in two parts, "
        + "half with my first paycheck and half at six months, with any repayment pro-rated?\" I hold no tax "
        + "figures: if the reason is tax, a split across two calendar years is a question for a tax adviser.";
  }

  /**
   * "hm asks if we can split the sign-on over two years" on the company's side: what each part pays and when, what the
   * candidate's first year loses, and the terms to write down; the offer on record is not changed by the question.
   */
  static String signOnSplitForUs(Conversation c, Region region) {
    String currency = region.currency();
    Long signOn = c.offer() == null || !c.offer().currency().equals(currency) || c.offer().signOn() <= 0 ? null
        : c.offer().signOn();
    String halves = signOn == null ? " Tell me the sign-on (\"sign-on 20k\") and I'll say what each part pays."
        : " Your sign-on of " + new Money(signOn, currency).full() + " would be " + new Money(signOn / 2, currency)
        .full() + " with the first paycheck and " + new Money(signOn - signOn / 2, currency).full() + " a year later: "
        + "the candidate's first year is " + new Money(signOn - signOn / 2, currency).full() + " lower than the offer "
        + "said, so tell them plainly and expect a question about it.";
    return "Yes, a sign-on paid in two parts is common, and it costs you the same in all." + halves + " A second "
        + "part works as a retention payment: write down that it is paid only if they are still employed on its "
        + "date, and give each part its own repayment terms, pro-rated. If the sign-on was meant to make up for a "
        + "bonus or unvested stock they leave behind, a split weakens that, so keep the first part at least that "
        + "large.";
  }

  /** "is that clawback normal?": the coaching, with the thread's sign-on when it has one. */
  static String clawback(Conversation c, String message, Region region) {
    String lower = message.toLowerCase(Locale.ROOT);
    String note = clawbackNote(mentionsClawback(lower) ? lower : "clawback " + lower);
    Long signOn = c.offer() == null || !c.offer().currency().equals(region.currency()) ? null : c.offer().signOn();
    return (signOn == null ? "" : "Your sign-on is " + new Money(signOn, region.currency()).full() + ". ") + note;
  }

  /** The months a repayment period gives: "within 2 years" is 24, "12 months" is 12, "first year" is 12. */
  private static Integer months(String lower) {
    // "equity over 4yr | sign on 20k (repayable if i leave < 12mo)": the period said with the repayment is its own.
    int at = -1;
    for (String word : CLAWBACK) {
      int found = lower.indexOf(word);
      at = found >= 0 && (at < 0 || found < at) ? found : at;
    }
    Integer near = at > 0 ? monthsIn(lower.substring(at)) : null;
    return near != null ? near : monthsIn(lower);
  }

  private static Integer monthsIn(String lower) {
    if (lower.contains("first year") || lower.contains("one year") || lower.contains("1 year")
        || lower.contains("a year")) {
      return 12;
    }
    for (int at = 0; at < lower.length(); at++) {
      if (!Character.isDigit(lower.charAt(at)) || at > 0 && Character.isDigit(lower.charAt(at - 1))) {
        continue;
      }
      int end = at;
      while (end < lower.length() && Character.isDigit(lower.charAt(end))) {
        end++;
      }
      String unit = lower.substring(end, Math.min(lower.length(), end + 8)).stripLeading().replace("-", "");
      int n = end - at > 3 ? 0 : Integer.parseInt(lower.substring(at, end));
      if (n > 0 && (unit.startsWith("year") || unit.startsWith("yr"))) {
        return n * 12;
      }
      if (n > 0 && (unit.startsWith("month") || unit.startsWith("mo"))) {
        return n;
      }
    }
    return lower.contains("two years") ? 24 : null;
  }

  /**
   * "their range is 170-200k, should I give a number?": anchor at or above its top, from the band and the aim; asks
   * which part the range is for when its size says neither. Null when the message holds no range.
   */
  static String theirRange(String message, Region region, long aim) {
    return theirRange(message, region, aim, null);
  }

  /**
   * Their range placed against the band and what to say; with their offer's base already in the thread
   * ({@code offeredBase}), where that base sits in their own range and that the ask may go past its top.
   */
  static String theirRange(String message, Region region, long aim, Long offeredBase) {
    Placed p = placed(message, region);
    if (p == null) {
      return null;
    }
    String currency = region.currency();
    if (p.part() == null) {
      return "Is " + new Money(p.low(), currency).compact() + "–" + new Money(p.high(), currency).compact()
          + " their range for the base or the whole package? Ask them, then tell me (\"their base range is …\"): "
          + "the answer changes the number to give.";
    }
    boolean forBase = p.part().equals("base");
    Range base = region.bands().base();
    long anchor = forBase ? Math.max(Precise.floor(base.high()), Precise.ceil(p.high()))
        : Math.max(aim, Precise.ceil(p.high()));
    if (offeredBase != null && forBase) {
      return p.said() + " Their offer's base of " + new Money(offeredBase, currency).compact() + topOfTheirs(
          offeredBase, p.high(), currency) + ": a range is what they budgeted, not the market, so the counter may ask past it, up "
          + "to " + new Money(anchor, currency).full() + " on base. Say \"email\" for the counter to send.";
    }
    return p.said() + " They named a range first, which helps you: don't answer with a number inside it, since "
        + "whatever you say becomes the ceiling. First try: \"I'd rather see the whole offer; if the base is at the "
        + "top of your range or above, I'm sure we can make it work.\" If they press, anchor at or above their top, "
        + "from the market: \"From what I see for this role in " + region.shortName() + ", I'm looking at "
        + (forBase ? "a base around " + new Money(anchor, currency).full() + " and a total around "
        + new Money(aim, currency).full() + " a year" : "a total around " + new Money(anchor, currency).full()
        + " a year") + ".\" When the offer comes, tell me its figures and I'll turn that into a counter.";
  }

  /** Where their offer's base sits against the top of their own range: under it, at it or past it. */
  private static String topOfTheirs(long offeredBase, long top, String currency) {
    if (offeredBase < top) {
      return " is " + new Money(top - offeredBase, currency).compact() + " under their own top";
    }
    return offeredBase == top ? " is at their top"
        : " is already " + new Money(offeredBase - top, currency).compact() + " past their own top";
  }

  /** Their range said back against the band ("Their range tops out at $205K base, inside …"), or null. */
  static String rangeSaidBack(String message, Region region) {
    Placed p = placed(message, region);
    return p == null || p.part() == null ? null : p.said();
  }

  /** A range read from a message, sized to base or total ({@code part} null when neither or both fit). */
  private record Placed(long low, long high, String part, String said) {}

  private static Placed placed(String message, Region region) {
    Token.Range range = null;
    for (Token t : GRAMMAR.read(message, Token.Context.PLAIN)) {
      if (t instanceof Token.Money m && m.range() != null && (m.currency() == null || m.currency().equals(
          region.currency()) || m.mark() != null && Money.mark(region.currency()).endsWith(m.mark()))) {
        range = m.range();
        break;
      }
    }
    if (range == null) {
      return null;
    }
    String currency = region.currency();
    long low = whole(range.low());
    long high = whole(range.high());
    if (high < 1_000 && region.bands().total().low() >= 10_000) {
      low *= 1_000;
      high *= 1_000;
    }
    Range base = region.bands().base();
    Range total = region.bands().total();
    // By size: a base range starts inside the base band, a total range reaches the total band; both or neither: ask.
    // "the sign-on could be 10-20K": a range whose top is far under the base band is no base range.
    boolean forBase = low <= base.high() && high <= base.high() * 5 / 4 && high >= base.low() * 3 / 4;
    boolean forTotal = high >= total.low() && high <= total.high() * 5 / 4;
    if (forBase == forTotal) {
      return new Placed(low, high, null, null);
    }
    Range band = forBase ? base : total;
    String part = forBase ? "base" : "total";
    String where = high >= band.high() ? "at or above the top of the " + region.shortName() + " " + part + " band ("
        + Money.compact(band, currency) + ")" : "inside the " + region.shortName() + " " + part + " band ("
        + Money.compact(band, currency) + "), which goes up to " + new Money(band.high(), currency).compact();
    return new Placed(low, high, part, "Their range tops out at " + new Money(high, currency).compact() + " " + part
        + ", " + where + ".");
  }

  private static long whole(BigDecimal amount) {
    return amount.setScale(0, RoundingMode.HALF_UP).longValue();
  }
}
